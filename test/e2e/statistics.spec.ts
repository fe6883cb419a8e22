import { expect, test } from '../support/guarded';
import { parse, type HTMLElement } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseStatText } from '../../src/lib/statistics/format';
import { builtHtml, builtPages, outDir, rel } from '../support/built-pages';
import { contrastRatio } from '../support/contrast';
import { csvRecords } from '../support/csv';

/**
 * The statistics pages against their data: every figure a page shows is read back from the built
 * HTML and compared with the YAML file it comes from (read here directly, not through the site's
 * code), every figure is cited to an existing bibliography entry, the downloads hold the same
 * figures, and every chart has its text alternatives.
 */
const allPages = builtPages().filter((p) => /^\/(en\/statistics|statistik)\//.test(p));
// The pages over time show series, not one dataset's figures: statistics-over-time.spec.ts checks them.
const overTime = ['/statistik/over-tid/', '/en/statistics/over-time/'];
const pages = allPages.filter((p) => !overTime.includes(p));
const langOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'sv') as 'sv' | 'en';
const sources = parseYaml(readFileSync('content/sources.yaml', 'utf8')) as Array<{ key: string; title: string }>;
const datasetPages: Record<string, string[]> = {
  'nsp-2022': ['/statistik/2022/', '/en/statistics/2022/'],
  'nsp-2024': ['/statistik/2024/', '/en/statistics/2024/'],
  'civilsamhallet-2024': ['/statistik/civilsamhallet-2024/', '/en/statistics/civil-society-2024/'],
};

interface YamlFigure { value: number; unit: string; source: { key: string; section: string }; share?: { value: number; source: { key: string; section: string } } }

/** The figure a `dataset:path` reference names, straight from its YAML file. */
function yamlFigure(ref: string): YamlFigure {
  const [dataset, path] = ref.split(':') as [string, string];
  const nsp = /^nsp-(\d{4})$/.exec(dataset);
  const doc = parseYaml(readFileSync(nsp ? `content/programme/${nsp[1]}.yaml` : `content/statistics/${dataset}.yaml`, 'utf8'));
  if (!nsp) {
    const [m, f] = path.split('.');
    const fig = doc.measures.find((x: { id: string }) => x.id === m)?.figures.find((x: { id: string }) => x.id === f);
    if (!fig) throw new Error(`no ${ref} in the YAML`);
    return fig;
  }
  let node: any = doc;
  for (const seg of path.split('.')) {
    node = Array.isArray(node) ? node.find((x: { id: string }) => x.id === seg) : node?.[seg];
    if (node === undefined) throw new Error(`no ${ref} in the YAML (at ${seg})`);
  }
  return node;
}

/** A computed cell's value, recomputed from the YAML. */
function recompute(kind: string, of: string[]): number {
  const value = (ref: string): number => {
    const pp = /^per-person:([^:]+)(?::(.+))?$/.exec(ref);
    if (pp) return Math.round(yamlFigure(`${pp[1]}:${pp[2] ?? 'spend.directInterventions'}`).value / yamlFigure(`${pp[1]}:people.total`).value);
    return yamlFigure(ref).value;
  };
  if (kind === 'difference') return value(of[1]!) - value(of[0]!);
  if (kind === 'per-person') return Math.round(value(of[0]!) / value(of[1]!));
  throw new Error(`unknown computation ${kind}`);
}

function expectCited(el: HTMLElement, source: { key: string; section: string }, lang: 'sv' | 'en', where: string) {
  const scope = el.closest('[data-cite-scope]');
  expect(scope, `${where}: no citation scope`).not.toBeNull();
  const cites = scope!.querySelectorAll('.cite a');
  const page = lang === 'sv' ? '/kallor/' : '/en/sources/';
  const match = cites.find((a) => (a.getAttribute('href') ?? '').endsWith(`${page}#${source.key}`) && a.text.includes(source.section));
  expect(match, `${where}: no citation to ${source.key}, ${source.section}`).toBeTruthy();
  expect(sources.map((s) => s.key), `${where}: ${source.key} is not in content/sources.yaml`).toContain(source.key);
}

test('there are ten statistics pages, five per language', () => {
  expect([...allPages].sort()).toEqual(['/en/statistics/', '/en/statistics/2022/', '/en/statistics/2024/', '/en/statistics/civil-society-2024/', '/en/statistics/over-time/', '/statistik/', '/statistik/2022/', '/statistik/2024/', '/statistik/civilsamhallet-2024/', '/statistik/over-tid/'].sort());
});

for (const path of pages) {
  test(`${path}: every figure matches its data file and cites an existing source`, () => {
    const lang = langOf(path);
    const doc = parse(builtHtml(path));
    const figures = doc.querySelectorAll('data[data-figure]');
    expect(figures.length).toBeGreaterThan(5);
    for (const el of figures) {
      const ref = el.getAttribute('data-figure')!;
      const y = yamlFigure(ref);
      expect(Number(el.getAttribute('value')), ref).toBe(y.value);
      expect(parseStatText(el.text, lang), `${ref} as shown: "${el.text}"`).toBe(y.value);
      expectCited(el, y.source, lang, `${path} ${ref}`);
    }
    for (const el of doc.querySelectorAll('data[data-share]')) {
      const ref = el.getAttribute('data-share')!;
      const y = yamlFigure(ref);
      expect(y.share, `${ref} has no share in the YAML`).toBeDefined();
      expect(Number(el.getAttribute('value'))).toBe(y.share!.value);
      expect(parseStatText(el.text, lang)).toBe(y.share!.value);
      expectCited(el, y.share!.source, lang, `${path} share of ${ref}`);
    }
    for (const el of doc.querySelectorAll('data[data-derived]')) {
      const expected = recompute(el.getAttribute('data-derived')!, el.getAttribute('data-of')!.split(' '));
      expect(Number(el.getAttribute('value'))).toBe(expected);
      expect(parseStatText(el.text, lang)).toBe(expected);
    }
    // No number in a statistics table without its data: each value cell holds a traced <data>.
    for (const td of doc.querySelectorAll('.stat-table td.num')) {
      if (td.text.trim() === '') continue;
      expect(td.querySelector('data[data-figure], data[data-share], data[data-derived]'), `${path}: untraced cell "${td.text.trim()}"`).not.toBeNull();
    }
    expect(doc.querySelectorAll('[style]'), 'inline style attributes break the CSP').toHaveLength(0);
  });
}

for (const [dataset, [sv, en]] of Object.entries(datasetPages)) {
  test(`${dataset}: every stated figure is on its page, and the downloads match the page`, () => {
    const json = JSON.parse(readFileSync(join(outDir, 'statistik/data', `${dataset}.json`), 'utf8'));
    const csv = csvRecords(readFileSync(join(outDir, 'statistik/data', `${dataset}.csv`), 'utf8'));
    const jsonFigures = json.measures.flatMap((m: { figures: unknown[] }) => m.figures) as Array<{ id: string; value: number; source: { key: string; section: string } }>;
    expect(csv.length).toBe(jsonFigures.length);
    for (const key of new Set(jsonFigures.map((f) => f.source.key))) {
      expect(json.sources.find((s: { key: string }) => s.key === key)?.title).toBe(sources.find((s) => s.key === key)?.title);
    }
    for (const path of [sv!, en!]) {
      const doc = parse(builtHtml(path));
      const hrefs = doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href'));
      for (const format of ['csv', 'json']) {
        expect(hrefs.some((h) => h?.endsWith(`/statistik/data/${dataset}.${format}`)), `${path} links the ${format}`).toBe(true);
      }
      const shown = new Map(doc.querySelectorAll('data[data-figure]').map((el) => [el.getAttribute('data-figure')!, Number(el.getAttribute('value'))]));
      for (const f of jsonFigures) {
        expect(shown.get(`${dataset}:${f.id}`), `${path} does not show ${f.id}`).toBe(f.value);
        const row = csv.find((r) => r.figure === f.id)!;
        expect(Number(row.value)).toBe(f.value);
        expect([row.source_key, row.source_section]).toEqual([f.source.key, f.source.section]);
      }
    }
  });
}

test('the NSP 2024 page shows both counts of reflection periods and flags them', () => {
  const doc = parse(builtHtml('/statistik/2024/'));
  const cell = (ref: string) => doc.querySelector(`data[data-figure="${ref}"]`);
  expect(cell('nsp-2024:interventions.reflection.count')?.text).toBe('9');
  expect(cell('nsp-2024:interventions.reflection.details.new-people')?.text).toBe('8');
  const remark = doc.getElementById('avvikelse-nsp-2024-reflection-count');
  expect(remark?.text).toMatch(/Avsnitt 2 anger 9 vuxna/);
  expect(doc.querySelectorAll('a.stat-flag[href$="#avvikelse-nsp-2024-reflection-count"]').length).toBeGreaterThan(0);
});

for (const path of pages) {
  test(`${path}: every chart has a title, a summary and an adjacent accessible table`, () => {
    const doc = parse(builtHtml(path));
    const charts = doc.querySelectorAll('figure[data-chart]');
    if (path.endsWith('/statistik/') || path.endsWith('/statistics/')) expect(charts.length).toBeGreaterThanOrEqual(5);
    else expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) {
      const id = chart.getAttribute('data-chart');
      const title = chart.querySelector('figcaption')?.text.trim() ?? '';
      expect(title.length, `${id}: figcaption`).toBeGreaterThan(3);
      const summary = chart.querySelector('.stat-summary')?.text.trim() ?? '';
      const bars = chart.querySelector('.stat-bars');
      expect(bars?.getAttribute('aria-hidden'), `${id}: drawn bars hidden, the table says the same`).toBe('true');
      const region = chart.querySelector('.stat-table');
      expect(region?.getAttribute('role')).toBe('region');
      expect(region?.getAttribute('tabindex')).toBe('0');
      const table = region!.querySelector('table')!;
      const caption = table.querySelector('caption')!;
      expect(region?.getAttribute('aria-labelledby')).toBe(caption.id);
      expect(caption.text).toContain(title.split(',')[0]!);
      // Each row cites its source in a column, or, where one section of one source states every
      // figure (of the table, or of a year's column in a comparison), a citation under the table
      // does (and no row repeats it).
      const columns = table.querySelectorAll('thead th[scope="col"]').length;
      const tableCite = region!.querySelector('.stat-table__source .cite a');
      if (tableCite) {
        expect(columns, `${id}: figure and value columns`).toBeGreaterThanOrEqual(2);
        expect(table.querySelectorAll('tbody .cite'), `${id}: rows repeat the table's citation`).toHaveLength(0);
      } else {
        expect(columns, `${id}: figure, value and source columns`).toBeGreaterThanOrEqual(3);
      }
      const rowHeads = table.querySelectorAll('tbody th[scope="row"]').map((th) => th.text);
      expect(rowHeads.length).toBe(table.querySelectorAll('tbody tr').length);
      const cells = table.querySelectorAll('tbody td').map((td) => td.text.replace(/\s+/g, ' '));
      const rows = bars!.querySelectorAll('.stat-bars__row');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const label = row.querySelector('.stat-bars__label')!.text;
        expect(rowHeads.some((h) => h.includes(label)), `${id}: bar "${label}" has no table row`).toBe(true);
        for (const v of row.querySelectorAll('.stat-bars__value')) {
          expect(cells.some((c) => c.includes(v.text.replace(/\s+/g, ' '))), `${id}: bar value ${v.text} not in the table`).toBe(true);
        }
        if (rows.length <= 5) expect(summary, `${id}: summary names "${label}"`).toContain(label);
      }
      expect(chart.querySelectorAll('.stat-bars svg rect.stat-bar').length).toBeLessThanOrEqual(chart.querySelectorAll('.stat-bars__value').length);
    }
  });
}

test('a citation under a comparison names its column, and every figure in that column comes from that source and section', () => {
  let checked = 0;
  for (const path of pages) {
    const doc = parse(builtHtml(path));
    for (const region of doc.querySelectorAll('.stat-table')) {
      const headers = region.querySelectorAll('thead th').map((th) => th.text.trim());
      for (const line of region.querySelectorAll('.stat-table__source')) {
        const column = headers.findIndex((h, i) => i > 0 && new RegExp(`(kolumnen|column) ${h}:`).test(line.text));
        if (column === -1) continue;
        const cite = line.querySelector('.cite a')!;
        const key = (cite.getAttribute('href') ?? '').split('#')[1]!;
        const cells = region.querySelectorAll('tbody tr').flatMap((tr) => tr.querySelectorAll('td')[column - 1] ?? []);
        const stated = cells.filter((td) => td.querySelector('data[data-figure]'));
        expect(stated.length, `${path}: column ${headers[column]} has figures`).toBeGreaterThan(0);
        for (const td of stated) {
          const ref = td.querySelector('data[data-figure]')!.getAttribute('data-figure')!;
          const { source } = yamlFigure(ref);
          expect(`${source.key}, ${source.section}`, `${path} ${ref} under "${line.text.trim()}"`).toBe(
            `${key}, ${cite.text.replace(/^\[[^,]+, /, '').replace(/\].*$/s, '')}`,
          );
          expect(td.querySelector('.cite'), `${path}: the cell repeats the column's citation`).toBeNull();
        }
        checked++;
      }
    }
  }
  expect(checked, 'column citations checked').toBeGreaterThan(3);
});

test.describe('charts in the browser', () => {
  test('no page scrolls sideways at 320 px; a table scrolls in its own focusable, named region', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of allPages) {
      await page.goto(rel(path));
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, `${path} is wider than the screen`).toBeLessThanOrEqual(client);
    }
    await page.goto(rel('/statistik/civilsamhallet-2024/'));
    const region = page.getByRole('region', { name: 'Tabell: Status i rättsprocessen' });
    await region.focus();
    await expect(region).toBeFocused();
    await expect(region.getByRole('rowheader', { name: /^Fällande dom De flesta/ })).toBeVisible();
    // The region, not the page, takes the table's width: it can be scrolled with the keyboard once focused.
    const scrolled = await region.evaluate(async (el) => {
      el.scrollBy(40, 0);
      return el.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(0);
  });

  const ratio = contrastRatio;
  async function barColours(page: import('@playwright/test').Page) {
    return page.evaluate(() => {
      const rgb = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const bg = rgb(getComputedStyle(document.body).backgroundColor);
      const bars = [...document.querySelectorAll('#compare-people rect.stat-bar')].map((r) => {
        const cs = getComputedStyle(r);
        return { fill: cs.fill.startsWith('url') ? null : rgb(cs.fill), stroke: cs.stroke === 'none' ? null : rgb(cs.stroke) };
      });
      const hatch = [...document.querySelectorAll('#compare-people .stat-hatch__line')].map((l) => rgb(getComputedStyle(l).stroke));
      return { bg, bars, hatch };
    });
  }

  for (const forced of [false, true]) {
    test(`bars keep at least 3:1 against the background${forced ? ' in forced-colors mode' : ''}`, async ({ page }) => {
      if (forced) await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(rel('/statistik/'));
      const { bg, bars, hatch } = await barColours(page);
      expect(bars.length).toBe(8); // 6 bars and the 2 legend swatches
      for (const b of bars) {
        const colour = b.fill ?? b.stroke;
        expect(colour, 'a bar with neither fill nor outline').not.toBeNull();
        expect(ratio(colour!, bg)).toBeGreaterThanOrEqual(3);
      }
      for (const h of hatch) expect(ratio(h, bg)).toBeGreaterThanOrEqual(3);
      // The later year is told apart by stripes and by its year tag, not by colour alone.
      await expect(page.locator('#compare-people .stat-bars__tag', { hasText: '2024' })).toHaveCount(3);
    });
  }
});

test('the 2022 forms-of-exploitation chart names its real base, people directly exploited, not adults', async ({ page }) => {
  await page.goto(rel('/statistik/2022/'));
  await expect(page.getByText('Direkt utsatta efter form av exploatering 2022').first()).toBeVisible();
  await expect(page.getByText('Vuxna efter form av exploatering')).toHaveCount(0);
  await expect(page.getByText(/utsatts för sexuell exploatering en pojke/)).toBeVisible();
  await page.goto(rel('/en/statistics/2022/'));
  await expect(page.getByText('Adults by form of exploitation')).toHaveCount(0);
  await expect(page.getByText('People directly exploited, by form of exploitation, 2022').first()).toBeVisible();
});

test('civil society: the rights shares are not presented as shares of rights met, and lagförd includes a waiver', async ({ page }) => {
  await page.goto(rel('/en/statistics/civil-society-2024/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Civil society's contacts with potentially exploited people in 2024");
  await expect(page.getByText(/shares are of the rights met/)).toHaveCount(0);
  await expect(page.getByText(/the report contradicts itself/)).toHaveCount(0);
  await expect(page.getByText(/add up to exactly 100 per\s+cent/)).toBeVisible();
  await expect(page.getByText(/Share prosecuted or sanctioned/)).toHaveCount(0);
  await expect(page.getByText(/waiver of prosecution/).first()).toBeVisible();
});

test('SEK per person is shown on every spend basis a report gives, each row with its basis, so the sign of the change is never a silent choice', () => {
  // The bases come from the data: the table total and every SEK figure a discrepancy pairs with it.
  const bases = (dataset: string): string[] => {
    const doc = parseYaml(readFileSync(`content/programme/${dataset.replace(/^nsp-/, '')}.yaml`, 'utf8')) as { discrepancies: Array<{ figures: string[] }> };
    const others = doc.discrepancies.filter((d) => d.figures.includes('spend.directInterventions')).flatMap((d) => d.figures.filter((f) => f !== 'spend.directInterventions' && f.startsWith('spend.') && yamlFigure(`${dataset}:${f}`).unit === 'SEK'));
    return ['spend.directInterventions', ...new Set(others)];
  };
  for (const path of ['/statistik/', '/en/statistics/']) {
    const rows = parse(builtHtml(path)).querySelectorAll('tr[data-per-person]');
    const cells = rows.map((r) => r.querySelectorAll('data[data-derived="per-person"]').map((d) => d.getAttribute('data-of')!.split(' ')[0]!));
    const datasets = [...new Set(cells.flat().map((ref) => ref.split(':')[0]!))];
    expect(datasets.length, `${path}: per person compares two years`).toBe(2);
    const [a, b] = datasets as [string, string];
    const expected = bases(a).flatMap((x) => bases(b).map((y) => [`${a}:${x}`, `${b}:${y}`]));
    expect(expected.length, `${path}: at least one year gives two bases`).toBeGreaterThan(1);
    expect(cells.sort()).toEqual(expected.sort());
    for (const r of rows) {
      expect(r.querySelector('th')!.text, `${path}: a per-person row without the note that the basis decides`).toMatch(/två summor|two totals/);
      const shown = r.querySelector('th')!.text;
      for (const ref of r.querySelectorAll('data[data-derived="per-person"]').map((d) => d.getAttribute('data-of')!.split(' ')[0]!)) {
        const [dataset, ...p] = ref.split(':');
        const label = ref.endsWith('spend.directInterventions') ? null : parseYaml(readFileSync(`content/programme/${dataset!.replace(/^nsp-/, '')}.yaml`, 'utf8')).spend.other.find((o: { id: string }) => `spend.other.${o.id}` === p.join(':'))?.label[path.startsWith('/en/') ? 'en' : 'sv'];
        if (label) expect(shown.toLowerCase(), `${path}: the row does not name its basis`).toContain(label.toLowerCase());
      }
    }
  }
});
