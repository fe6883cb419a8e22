import { expect, test } from '../support/guarded';
import { parse, type HTMLElement } from 'node-html-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseStatText } from '../../src/lib/statistics/format';
import { builtHtml, rel } from '../support/built-pages';
import { contrastRatio } from '../support/contrast';
import { csvRecords } from '../support/csv';

/**
 * The page "Statistik över tid" / "Statistics over time" against its data. The series files are
 * read here directly (and a `from:` is followed into the programme or statistics file by hand), not
 * through the site's code, so a mistake in the site's resolution shows up as a mismatch.
 */
interface YamlValue { year: number; value?: number; source?: { key: string; section: string }; from?: string; definition: string }
interface YamlSeries {
  counter: string;
  title: { sv: string; en: string };
  unit: string;
  span: { first: number; last: number };
  definitions: { id: string; label: { sv: string; en: string } }[];
  values: YamlValue[];
}
const paths = { sv: '/statistik/over-tid/', en: '/en/statistics/over-time/' } as const;
const series = readdirSync('content/series')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(`content/series/${f}`, 'utf8')) as YamlSeries }));

/** The stated figure a `from:` names, straight from its YAML file. */
function fromFigure(ref: string): { value: number; source: { key: string; section: string } } {
  const [dataset, path] = ref.split(':') as [string, string];
  const nsp = /^nsp-(\d{4})$/.exec(dataset);
  const doc = parseYaml(readFileSync(nsp ? `content/programme/${nsp[1]}.yaml` : `content/statistics/${dataset}.yaml`, 'utf8'));
  if (!nsp) {
    const [m, f] = path.split('.');
    return doc.measures.find((x: { id: string }) => x.id === m).figures.find((x: { id: string }) => x.id === f);
  }
  let node: any = doc;
  for (const seg of path.split('.')) node = Array.isArray(node) ? node.find((x: { id: string }) => x.id === seg) : node[seg];
  return node;
}
function stated(v: YamlValue): { value: number; source: { key: string; section: string } } {
  const f = v.from ? fromFigure(v.from) : { value: v.value!, source: v.source! };
  return { value: f.value, source: f.source };
}

/** Years whose definition differs from the previous value's. */
function changeYears(s: YamlSeries): number[] {
  const sorted = [...s.values].sort((a, b) => a.year - b.year);
  return sorted.filter((v, i) => i > 0 && sorted[i - 1]!.definition !== v.definition).map((v) => v.year);
}

test('the series cover the three counters the issue asks for, with gaps and definition changes to show', () => {
  expect(new Set(series.map((s) => s.data.counter))).toEqual(new Set(['civil-society', 'coordinators', 'programme']));
  expect(series.length).toBeGreaterThanOrEqual(9);
  const gaps = series.filter((s) => s.data.values.length < s.data.span.last - s.data.span.first + 1);
  expect(gaps.length).toBeGreaterThan(0);
  expect(series.filter((s) => changeYears(s.data).length > 0).length).toBeGreaterThan(0);
});

for (const lang of ['sv', 'en'] as const) {
  const path = paths[lang];
  const doc = () => parse(builtHtml(path));

  test(`${path}: every value is in the table as its source states it, with its definition and citation`, () => {
    const page = doc();
    for (const { id, data } of series) {
      const figure = page.querySelector(`figure[data-series="${id}"]`);
      expect(figure, `${id} has no chart`).not.toBeNull();
      expect(figure!.querySelector('figcaption')!.text).toBe(data.title[lang]);
      for (let year = data.span.first; year <= data.span.last; year++) {
        const row = figure!.querySelector(`tr[data-row-year="${year}"]`);
        expect(row, `${id} ${year}: no table row`).not.toBeNull();
        const v = data.values.find((x) => x.year === year);
        if (!v) {
          expect(row!.hasAttribute('data-gap-row'), `${id} ${year}: a year without a source must be a gap row`).toBe(true);
          expect(row!.querySelector('data'), `${id} ${year}: a gap row holds no value`).toBeNull();
          continue;
        }
        const { value, source } = stated(v);
        const cell = row!.querySelector(`data[data-series-value="${id}:${year}"]`);
        expect(Number(cell?.getAttribute('value')), `${id} ${year}`).toBe(value);
        expect(parseStatText(cell!.text, lang), `${id} ${year} as shown: "${cell!.text}"`).toBe(value);
        const label = data.definitions.find((d) => d.id === v.definition)!.label[lang];
        expect(row!.text, `${id} ${year}: definition`).toContain(label);
        const cite = row!.querySelectorAll('.cite a').find((a) => (a.getAttribute('href') ?? '').endsWith(`#${source.key}`) && a.text.includes(source.section));
        expect(cite, `${id} ${year}: no citation to ${source.key}, ${source.section}`).toBeTruthy();
      }
    }
  });

  test(`${path}: a year without a source is a gap in the SVG, never a point or a line through it`, () => {
    const page = doc();
    for (const { id, data } of series) {
      const svg = page.querySelector(`figure[data-series="${id}"] svg[data-chart="${id}"]`)!;
      expect(svg.closest('[aria-hidden="true"]'), `${id}: the drawn chart is hidden, its table says the same`).not.toBeNull();
      const lines = svg.querySelectorAll('polyline').map((l) => l.getAttribute('points')!.split(' ').map((p) => Number(p.split(',')[0])));
      for (let year = data.span.first; year <= data.span.last; year++) {
        const has = data.values.some((v) => v.year === year);
        const gap = svg.querySelector(`[data-gap="${year}"]`);
        const point = svg.querySelector(`.series-point[data-year="${year}"]`);
        if (has) {
          expect(gap, `${id} ${year} has a value but is drawn as a gap`).toBeNull();
          expect(Number(point?.getAttribute('data-value')), `${id} ${year}: the point is not the table's value`).toBe(stated(data.values.find((v) => v.year === year)!).value);
          continue;
        }
        expect(point, `${id} ${year}: a point without a source`).toBeNull();
        const rect = gap?.querySelector('rect');
        expect(rect, `${id} ${year}: no gap band`).toBeTruthy();
        const [x0, x1] = [Number(rect!.getAttribute('x')), Number(rect!.getAttribute('x')) + Number(rect!.getAttribute('width'))];
        for (const xs of lines) {
          for (let i = 1; i < xs.length; i++) {
            expect(xs[i - 1]! < x0 && xs[i]! > x1, `${id}: a line runs through the gap in ${year}`).toBe(false);
          }
        }
      }
    }
  });

  test(`${path}: every definition change is marked on the chart and explained in words`, () => {
    const page = doc();
    let total = 0;
    for (const { id, data } of series) {
      const figure = page.querySelector(`figure[data-series="${id}"]`)!;
      const years = changeYears(data);
      total += years.length;
      expect(figure.querySelectorAll('svg [data-change]').map((m) => Number(m.getAttribute('data-change')))).toEqual(years);
      const notes = figure.querySelectorAll('li[data-change-note]');
      expect(notes.map((n) => Number(n.getAttribute('data-change-note')))).toEqual(years);
      const sorted = [...data.values].sort((a, b) => a.year - b.year);
      years.forEach((year, i) => {
        const after = sorted.find((v) => v.year === year)!;
        const before = sorted[sorted.indexOf(after) - 1]!;
        const label = (d: string) => data.definitions.find((x) => x.id === d)!.label[lang];
        expect(notes[i]!.text, `${id} ${year}`).toContain(String(year));
        expect(notes[i]!.text).toContain(label(before.definition));
        expect(notes[i]!.text).toContain(label(after.definition));
        const marker = figure.querySelector(`svg [data-change="${year}"]`)!;
        expect(marker.text.trim(), `${id} ${year}: the marker's number matches its explanation`).toBe(String(i + 1));
      });
    }
    expect(total).toBeGreaterThan(0);
  });

  test(`${path}: links back to the year pages and to both downloads`, () => {
    const hrefs = doc().querySelectorAll('main a[href]').map((a: HTMLElement) => a.getAttribute('href') ?? '');
    const years = lang === 'sv'
      ? ['/statistik/2022/', '/statistik/2024/', '/statistik/civilsamhallet-2024/', '/statistik/']
      : ['/en/statistics/2022/', '/en/statistics/2024/', '/en/statistics/civil-society-2024/', '/en/statistics/'];
    for (const y of years) expect(hrefs.some((h) => h.endsWith(y)), `links to ${y}`).toBe(true);
    for (const f of ['csv', 'json']) expect(hrefs.some((h) => h.endsWith(`/statistik/data/over-tid.${f}`)), `links the ${f}`).toBe(true);
  });
}

test('every year page links to the page over time', () => {
  for (const p of ['/statistik/', '/statistik/2022/', '/statistik/2024/', '/statistik/civilsamhallet-2024/']) {
    expect(parse(builtHtml(p)).querySelectorAll('main a[href]').some((a) => a.getAttribute('href')!.endsWith('/statistik/over-tid/')), p).toBe(true);
  }
  for (const p of ['/en/statistics/', '/en/statistics/2022/', '/en/statistics/2024/', '/en/statistics/civil-society-2024/']) {
    expect(parse(builtHtml(p)).querySelectorAll('main a[href]').some((a) => a.getAttribute('href')!.endsWith('/en/statistics/over-time/')), p).toBe(true);
  }
});

test('the downloads parse as CSV and JSON, and each row carries year, value, unit, definition and source', async ({ request }) => {
  const csvResponse = await request.get(rel('/statistik/data/over-tid.csv'));
  expect(csvResponse.status()).toBe(200);
  expect(csvResponse.headers()['content-type']).toMatch(/^text\/csv/);
  const csv = csvRecords(await csvResponse.text());
  const jsonResponse = await request.get(rel('/statistik/data/over-tid.json'));
  expect(jsonResponse.status()).toBe(200);
  const json = JSON.parse(await jsonResponse.text()) as { rows: Array<{ series: string; year: number; value: number; unit: string; definition: { id: string; en: string }; source: { key: string; section: string; url?: string } }> };
  const expected = series.flatMap(({ id, data }) => data.values.map((v) => ({ id, year: v.year, unit: data.unit, definition: v.definition, ...stated(v) })));
  expect(csv.length).toBe(expected.length);
  expect(json.rows.length).toBe(expected.length);
  for (const e of expected) {
    const row = csv.find((r) => r.series === e.id && Number(r.year) === e.year);
    expect(row, `CSV lacks ${e.id} ${e.year}`).toBeDefined();
    expect(Number(row!.value)).toBe(e.value);
    expect(row!.unit).toBe(e.unit);
    expect(row!.definition).toBe(e.definition);
    expect(row!.definition_en ?? '').toMatch(/\w{3}/);
    expect([row!.source_key, row!.source_section]).toEqual([e.source.key, e.source.section]);
    const j = json.rows.find((r) => r.series === e.id && r.year === e.year);
    expect(j, `JSON lacks ${e.id} ${e.year}`).toBeDefined();
    expect([j!.value, j!.unit, j!.definition.id, j!.source.key, j!.source.section]).toEqual([e.value, e.unit, e.definition, e.source.key, e.source.section]);
  }
  // A web page as source carries its address in every row, so a row read alone can be checked.
  for (const r of csv.filter((x) => !/^(nsp|plattformen)-20\d\d$/.test(x.source_key ?? ''))) expect(r.source_url, `${r.series} ${r.year}`).toMatch(/^https:\/\//);
});

test('the page over time fits a 320 px screen; the table scrolls in its own region', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of Object.values(paths)) {
    await page.goto(rel(path));
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, `${path} is wider than the screen`).toBeLessThanOrEqual(client);
  }
  const region = page.getByRole('region', { name: 'Table: People in the authorities\' cases of suspected trafficking' });
  await expect(region.getByRole('rowheader', { name: '2020' })).toBeVisible();
});

test.describe('the drawn series in the browser', () => {
  const ratio = contrastRatio;
  for (const forced of [false, true]) {
    test(`line, points, gap hatching and change rules keep 3:1 against the background${forced ? ' in forced-colors mode' : ''}`, async ({ page }) => {
      if (forced) await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(rel('/statistik/over-tid/'));
      const colours = await page.evaluate(() => {
        const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const bg = rgb(getComputedStyle(document.body).backgroundColor);
        const chart = document.querySelector('[data-series="regionkoordinatorer-totalt"]')!;
        const stroke = (sel: string) => rgb(getComputedStyle(chart.querySelector(sel)!).stroke);
        const fill = (sel: string) => rgb(getComputedStyle(chart.querySelector(sel)!).fill);
        return { bg, line: stroke('polyline.series-line'), point: fill('.series-point circle'), hatch: stroke('.series-hatch'), change: stroke('[data-change] line') };
      });
      for (const [what, colour] of Object.entries(colours)) {
        if (what !== 'bg') expect(ratio(colour, colours.bg), what).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

test('the downloads carry each value with its definition, how the site derived it and the note on the source\u2019s wording', async ({ request }) => {
  const csv = csvRecords(await (await request.get(rel('/statistik/data/over-tid.csv'))).text());
  const json = JSON.parse(await (await request.get(rel('/statistik/data/over-tid.json'))).text()) as {
    rows: Array<{ series: string; year: number; definition: { id: string; description: { sv: string; en: string } }; derived?: { en: string }; note?: { en: string } }>;
  };
  type Full = YamlValue & { derived?: { how: { en: string } }; note?: { en: string } };
  let derived = 0;
  for (const { id, data } of series) {
    for (const v of data.values as Full[]) {
      const row = csv.find((r) => r.series === id && Number(r.year) === v.year)!;
      const j = json.rows.find((r) => r.series === id && r.year === v.year)!;
      expect(j.definition.description.en, `${id} ${v.year}: the JSON row does not say what the definition counts`).toMatch(/\w{3}/);
      expect(row.derived_how_en ?? '', `${id} ${v.year}: derived`).toBe(v.derived?.how.en ?? '');
      expect(row.note_en ?? '', `${id} ${v.year}: note`).toBe(v.note?.en ?? '');
      if (v.derived) {
        derived++;
        expect(j.derived?.en).toBe(v.derived.how.en);
      }
    }
  }
  expect(derived, 'no derived value to check').toBeGreaterThan(0);
});

test('a secondary source named for a missing year stays beside the gap, never becomes a value, and is in the JSON', async ({ request }) => {
  type WithNotUsed = YamlSeries & { notUsed?: Array<{ year: number; source: { key: string; section: string }; why: { sv: string; en: string } }> };
  const named = series.flatMap(({ id, data }) => ((data as WithNotUsed).notUsed ?? []).map((n) => ({ id, ...n })));
  expect(named.length, 'no secondary source to check').toBeGreaterThan(0);
  const csv = csvRecords(await (await request.get(rel('/statistik/data/over-tid.csv'))).text());
  const json = JSON.parse(await (await request.get(rel('/statistik/data/over-tid.json'))).text()) as { series: Array<{ id: string; missingYears: number[]; notUsed: Array<{ year: number; source: { key: string } }> }> };
  for (const n of named) {
    expect(csv.some((r) => r.series === n.id && Number(r.year) === n.year), `${n.id} ${n.year}: a secondary figure became a CSV row`).toBe(false);
    const s = json.series.find((x) => x.id === n.id)!;
    expect(s.missingYears).toContain(n.year);
    expect(s.notUsed.some((x) => x.year === n.year && x.source.key === n.source.key), `${n.id} ${n.year}: not in the JSON`).toBe(true);
    for (const lang of ['sv', 'en'] as const) {
      const row = parse(builtHtml(paths[lang])).querySelector(`figure[data-series="${n.id}"] tr[data-row-year="${n.year}"]`)!;
      expect(row.hasAttribute('data-gap-row'), `${n.id} ${n.year}`).toBe(true);
      const note = row.querySelector(`[data-not-used="${n.id}:${n.year}:${n.source.key}"]`);
      expect(note, `${lang} ${n.id} ${n.year}: the secondary source is not named`).not.toBeNull();
      expect(note!.text).toContain(n.why[lang].slice(0, 25));
      expect(note!.querySelectorAll('.cite a').some((a) => (a.getAttribute('href') ?? '').endsWith(`#${n.source.key}`))).toBe(true);
    }
  }
});
