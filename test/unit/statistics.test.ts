import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseProgramme } from '../../calculators/programme-schema';
import { comparisonGroups, compareYears, perPersonRows, spendBases, spendPerPerson } from '../../src/lib/statistics/compare';
import { csvColumns, datasetCsv, datasetJson } from '../../src/lib/statistics/downloads';
import { barPercent, formatChange, formatStat, parseStatText } from '../../src/lib/statistics/format';
import { allFigures, figureAt, programmeDataset, statisticsDataset } from '../../src/lib/statistics/model';
import { sourceSchema } from '../../src/schemas/source';
import { statisticsSchema } from '../../src/schemas/statistics';
import { csvRecords, parseCsv } from '../support/csv';

const yaml = (path: string) => parse(readFileSync(`content/${path}`, 'utf8'));
const nsp2022 = programmeDataset(parseProgramme(yaml('programme/2022.yaml')));
const nsp2024 = programmeDataset(parseProgramme(yaml('programme/2024.yaml')));
const civilRaw = yaml('statistics/civilsamhallet-2024.yaml');
const civil = statisticsDataset('civilsamhallet-2024', statisticsSchema.parse(civilRaw));
const bibliography = (yaml('sources.yaml') as unknown[]).map((s) => sourceSchema.parse(s));

describe('statistics datasets', () => {
  it('every discrepancy names figures that exist, so both statements can be shown', () => {
    for (const d of [nsp2022, nsp2024, civil]) {
      expect(d.discrepancies.length).toBeGreaterThan(0);
      for (const x of d.discrepancies) for (const p of x.figures) expect(() => figureAt(d, p), `${d.id}:${p}`).not.toThrow();
    }
  });

  it('keeps both of the disagreeing statements the brief names', () => {
    expect(figureAt(nsp2024, 'interventions.reflection.count').value).toBe(9);
    expect(figureAt(nsp2024, 'interventions.reflection.details.new-people').value).toBe(8);
    expect(figureAt(nsp2022, 'spend.other.allocated-2022-funds').value).toBe(2_215_560);
    expect(figureAt(nsp2022, 'spend.directInterventions').value).toBe(2_676_620);
  });

  it('plattformen-2024 "Status i rättsprocessen": the rows add up to the stated total of 70 and about 100 %', () => {
    const rows = civil.measures.find((m) => m.id === 'proceedings')!.figures.filter((f) => f.unit === 'people' && f.path !== 'proceedings.total');
    expect(rows.reduce((s, f) => s + f.value, 0)).toBe(figureAt(civil, 'proceedings.total').value);
    expect(rows.reduce((s, f) => s + (f.share?.value ?? 0), 0)).toBeCloseTo(100, 5);
  });

  it('plattformen-2024: 370 directly exploited + 33 children of theirs = 403 contacts', () => {
    expect(figureAt(civil, 'totals.direct').value + figureAt(civil, 'children.indirect').value).toBe(figureAt(civil, 'totals.contacts').value);
  });

  it('an unknown figure path stops the build naming the file', () => {
    expect(() => figureAt(civil, 'totals.nope')).toThrow(/content\/statistics\/civilsamhallet-2024\.yaml/);
  });

  it('groups the programme breakdown into gender, children, exploitation and origin', () => {
    const ids = (d: typeof nsp2022, m: string) => d.measures.find((x) => x.id === m)?.figures.map((f) => f.path);
    expect(ids(nsp2022, 'gender')).toEqual(['people.breakdown.men', 'people.breakdown.women']);
    expect(ids(nsp2022, 'exploitation')).toHaveLength(4);
    expect(ids(nsp2024, 'exploitation')).toEqual(['interventions.extended.details.sexual-exploitation', 'interventions.extended.details.labour-exploitation']);
    expect(nsp2022.measures.find((m) => m.id === 'days')?.figures).toHaveLength(0);
    expect(nsp2022.measures.find((m) => m.id === 'days')?.notDocumented).toHaveLength(2);
  });
});

describe('the statistics schema rejects what would show a wrong figure', () => {
  const broken = (edit: (d: any) => void) => {
    const d = structuredClone(civilRaw);
    edit(d);
    return statisticsSchema.safeParse(d);
  };
  it('a percentage over 100', () => {
    const r = broken((d) => (d.measures[1].figures[0].value = 180));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('measures.1.figures.0.value');
  });
  it('a count of people with decimals', () => {
    const r = broken((d) => (d.measures[0].figures[0].value = 403.5));
    expect(r.error?.issues[0]?.message).toMatch(/whole number/);
  });
  it('a figure without its source', () => {
    const r = broken((d) => delete d.measures[0].figures[0].source);
    expect(r.error?.issues[0]?.path.join('.')).toBe('measures.0.figures.0.source');
  });
  it('a discrepancy about a figure that does not exist', () => {
    const r = broken((d) => (d.discrepancies[0].figures = ['origin.nowhere']));
    expect(r.error?.issues[0]?.message).toMatch(/no figure "origin.nowhere"/);
  });
});

describe('comparison 2022–2024', () => {
  it('computes differences from the stated figures', () => {
    const people = compareYears(nsp2022, nsp2024, comparisonGroups.find((g) => g.id === 'people')!);
    expect(people.map((r) => [r.from.value, r.to.value, r.difference])).toEqual([[60, 63, 3], [35, 39, 4], [25, 24, -1]]);
  });
  it('every pair exists in both years with the same unit', () => {
    for (const g of comparisonGroups) expect(() => compareYears(nsp2022, nsp2024, g), g.id).not.toThrow();
  });
  it('refuses to compare different units', () => {
    const bad = { id: 'x', title: { sv: 'x', en: 'x' }, pairs: [{ from: 'interventions.point.count', to: 'interventions.point.count', label: { sv: 'x', en: 'x' } }] };
    expect(() => compareYears(nsp2022, nsp2024, bad)).toThrow(/cannot compare/);
  });
  it('SEK per person: 2 676 620 / 60 and 2 544 827 / 63, rounded', () => {
    expect(spendPerPerson(nsp2022).value).toBe(44_610);
    expect(spendPerPerson(nsp2024).value).toBe(40_394);
  });
  it('SEK per person on every spend basis: the 2022 report\'s two totals give changes of opposite sign, and both are shown', () => {
    expect(spendBases(nsp2022).map((f) => f.path)).toEqual(['spend.directInterventions', 'spend.other.allocated-2022-funds']);
    const rows = perPersonRows(nsp2022, nsp2024);
    expect(rows).toHaveLength(spendBases(nsp2022).length * spendBases(nsp2024).length);
    for (const r of rows) {
      expect(r.from).toBe(Math.round(r.fromSpend.value / figureAt(nsp2022, 'people.total').value));
      expect(r.to).toBe(Math.round(r.toSpend.value / figureAt(nsp2024, 'people.total').value));
      expect(r.difference).toBe(r.to - r.from);
    }
    expect(rows.map((r) => [r.from, r.difference])).toEqual([[44_610, -4_216], [36_926, 3_468]]);
  });
  it('a spend basis in another unit stops the build, naming the file', () => {
    expect(() => spendPerPerson(nsp2022, 'people.adults')).toThrow(/programme\/2022.yaml.*not SEK/);
  });
});

describe('formatting', () => {
  it('reads back what it writes, in both languages', () => {
    for (const [v, unit] of [[2_544_827, 'SEK'], [42.7, 'percent'], [1427, 'days'], [0, 'people']] as const) {
      for (const lang of ['sv', 'en'] as const) expect(parseStatText(formatStat(v, unit, lang), lang)).toBe(v);
    }
    expect(formatStat(42.7, 'percent', 'sv')).toBe('42,7\u00a0%');
    expect(formatStat(2_544_827, 'SEK', 'en')).toBe('SEK\u00a02,544,827');
    expect(parseStatText(formatChange(-1, 'people', 'sv'), 'sv')).toBe(-1);
  });
  it('bar lengths stay within 0–100 % and never NaN', () => {
    expect(barPercent(30, 60)).toBe(50);
    expect(barPercent(0, 0)).toBe(0);
    expect(barPercent(120, 100)).toBe(100);
    expect(barPercent(-3, 10)).toBe(0);
  });
});

describe('downloads', () => {
  it('CSV is RFC 4180 with one row per stated figure and its source', () => {
    for (const d of [nsp2022, nsp2024, civil]) {
      const text = datasetCsv(d);
      const rows = parseCsv(text);
      expect(rows[0]).toEqual([...csvColumns]);
      const records = csvRecords(text);
      expect(records).toHaveLength(allFigures(d).length);
      for (const f of allFigures(d)) {
        const r = records.find((x) => x.figure === f.path)!;
        expect(Number(r.value), f.path).toBe(f.value);
        expect(r.source_key).toBe(f.source.key);
        expect(r.source_section).toBe(f.source.section);
      }
    }
  });
  it('a label with a comma and quotes survives the round trip', () => {
    const d = structuredClone(civil);
    d.measures[0]!.figures[0]!.label.sv = 'Personer, "direkt" och indirekt';
    const r = csvRecords(datasetCsv(d))[0]!;
    expect(r.label_sv).toBe('Personer, "direkt" och indirekt');
  });
  it('JSON carries the bibliography entries of every cited source', () => {
    const doc = JSON.parse(datasetJson(civil, bibliography));
    expect(doc.sources.map((s: { key: string }) => s.key)).toEqual(['plattformen-2024']);
    expect(doc.sources[0].title).toMatch(/Civilsamhällets kontakter/);
    expect(doc.discrepancies.length).toBe(civil.discrepancies.length);
    expect(() => datasetJson(civil, [])).toThrow(/plattformen-2024/);
  });
});
