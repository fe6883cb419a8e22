import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { chartGeometry, niceMax } from '../../src/lib/statistics/series-chart';
import { buildSeries, runs } from '../../src/lib/statistics/series';
import { seriesCsv, seriesJson, seriesRows } from '../../src/lib/statistics/series-downloads';
import { seriesSchema } from '../../src/schemas/series';
import { csvRecords } from '../support/csv';
import type { Source } from '../../src/schemas/source';

/** A small series: 2018 and 2019 under one definition, 2020 missing, 2021 under a new one. */
const file = (values: unknown[], notUsed?: unknown[]) =>
  seriesSchema.safeParse({
    ...(notUsed ? { notUsed } : {}),
    counter: 'civil-society',
    order: 1,
    title: { sv: 'Offer', en: 'Victims' },
    counts: { sv: 'Möjliga offer.', en: 'Possible victims.' },
    unit: 'people',
    span: { first: 2018, last: 2021 },
    gaps: { sv: 'Ingen källa för 2020.', en: 'No source for 2020.' },
    definitions: [
      { id: 'a', label: { sv: 'Möjliga offer', en: 'Possible victims' }, description: { sv: 'A.', en: 'A.' } },
      { id: 'b', label: { sv: 'Direkt utsatta', en: 'Directly exploited' }, description: { sv: 'B.', en: 'B.' } },
    ],
    values,
  });
const src = { key: 'plattformen-statistik-2021', section: 'Första stycket' };
const good = [
  { year: 2018, value: 122, definition: 'a', source: src },
  { year: 2019, value: 140, definition: 'a', source: src },
  { year: 2021, value: 237, definition: 'b', source: src },
];
const noDatasets = () => undefined;

describe('a series file', () => {
  it('rejects a year given twice, naming the year', () => {
    const r = file([...good, { year: 2019, value: 1, definition: 'a', source: src }]);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(/year 2019 is given twice/);
  });

  it('rejects a value without a source, naming the year', () => {
    const r = file([...good, { year: 2020, value: 200, definition: 'a' }]);
    expect(r.success).toBe(false);
    expect(r.error!.issues.find((i) => i.path.join('.') === 'values.3.source')?.message).toMatch(/year 2020: a value without a source/);
  });

  it('rejects an interpolated-looking fraction and a year outside the span', () => {
    expect(file([...good, { year: 2020, value: 188.5, definition: 'a', source: src }]).success).toBe(false);
    expect(file([...good, { year: 2025, value: 1, definition: 'a', source: src }]).error!.issues[0]!.message).toMatch(/outside span/);
  });
});

describe('a secondary source for a missing year', () => {
  const secondary = { year: 2020, source: { key: 'sr-2020-plattformen-2019', section: 'Artikeln' }, why: { sv: 'Bara en andrahandskälla.', en: 'Only a secondary source.' } };

  it('is refused for a year that has a value, naming the year', () => {
    const r = file(good, [{ ...secondary, year: 2019 }]);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(/year 2019 has a value/);
  });

  it('stays with the gap, is never a value, and is named in the JSON download', () => {
    const s = buildSeries('offer', file(good, [secondary]).data!, noDatasets);
    const gap = s.years.find((p) => p.year === 2020)!;
    expect(gap.kind).toBe('gap');
    expect(gap.kind === 'gap' && gap.notUsed.map((n) => n.source.key)).toEqual(['sr-2020-plattformen-2019']);
    const bibliography = [{ key: 'plattformen-statistik-2021', title: 'T', publisher: 'P', year: 2022, kind: { sv: 'x', en: 'x' }, summary: { sv: 'x', en: 'x' } }] as Source[];
    const rows = seriesRows([s], bibliography);
    expect(rows.map((r) => r.year)).toEqual([2018, 2019, 2021]);
    const doc = JSON.parse(seriesJson([s], rows));
    expect(doc.series[0].missingYears).toEqual([2020]);
    expect(doc.series[0].notUsed).toEqual([{ year: 2020, source: secondary.source, why: secondary.why }]);
  });
});

describe('a resolved series', () => {
  const s = buildSeries('offer', file(good).data!, noDatasets);

  it('has a gap, not a value, for the year without a source', () => {
    expect(s.years.map((p) => `${p.year}:${p.kind}`)).toEqual(['2018:value', '2019:value', '2020:gap', '2021:value']);
  });

  it('marks the definition change in the first year of the new definition', () => {
    expect(s.changes.map((c) => [c.year, c.before.id, c.after.id])).toEqual([[2021, 'a', 'b']]);
  });

  it('joins only consecutive years under one definition', () => {
    expect(runs(s).map((r) => r.map((p) => p.year))).toEqual([[2018, 2019], [2021]]);
    const g = chartGeometry(s);
    expect(g.lines).toHaveLength(1);
    expect(g.gaps.map((x) => x.year)).toEqual([2020]);
    expect(g.changes.map((x) => x.year)).toEqual([2021]);
    const gap = g.gaps[0]!;
    expect(g.changes[0]!.x).toBeGreaterThan(gap.x);
  });

  it('reads a from: value from the dataset it names, with that figure\u2019s source', () => {
    const programme = parse(readFileSync('content/programme/2024.yaml', 'utf8'));
    const withFrom = file([{ year: 2018, from: 'nsp-2024:people.total', definition: 'a' }]);
    expect(withFrom.success).toBe(true);
    const dataset = { id: 'nsp-2024', year: 2018, file: 'content/programme/2024.yaml', measures: [{ id: 'people', figures: [{ path: 'people.total', value: programme.people.total.value, source: programme.people.total.source }] }] };
    const resolved = buildSeries('x', withFrom.data!, (id) => (id === 'nsp-2024' ? (dataset as never) : undefined));
    const p = resolved.years[0]!;
    expect(p.kind === 'value' && [p.value, p.source.key]).toEqual([63, 'nsp-2024']);
  });

  it('becomes CSV rows with year, value, unit, definition and source', () => {
    const bibliography = [{ key: 'plattformen-statistik-2021', title: 'Årsstatistik 2021', publisher: 'Plattformen', year: 2022, kind: { sv: 'x', en: 'x' }, summary: { sv: 'x', en: 'x' }, url: 'https://manniskohandel.se/x/' }] as Source[];
    const rows = csvRecords(seriesCsv(seriesRows([s], bibliography)));
    expect(rows.map((r) => [r.year, r.value, r.unit, r.definition, r.definition_changed, r.source_key, r.source_url])).toEqual([
      ['2018', '122', 'people', 'a', 'no', src.key, 'https://manniskohandel.se/x/'],
      ['2019', '140', 'people', 'a', 'no', src.key, 'https://manniskohandel.se/x/'],
      ['2021', '237', 'people', 'b', 'yes', src.key, 'https://manniskohandel.se/x/'],
    ]);
  });
});

describe('the value axis', () => {
  it('tops out at a round number at or above the largest value', () => {
    expect(niceMax(436)).toBe(500);
    expect(niceMax(2676620)).toBe(3000000);
    expect(niceMax(140)).toBe(150);
    expect(niceMax(0)).toBe(1);
  });
});
