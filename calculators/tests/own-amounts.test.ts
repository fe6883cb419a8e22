/** Own amounts (own-amounts.ts, own-amounts-check.ts) and period dates (period-dates.ts). */
import { describe, expect, test } from 'vitest';
import { calculateSupportCost, linesToCsv } from '../index';
import { buildOwnRuleSet, markOwn, ownFields, ownJson, ownValues, upgradeOwnRuleSet } from '../own-amounts';
import { checkOwnRuleSet, ownYaml, readOwnFile } from '../own-amounts-check';
import { daysUntil, periodRanges, periodStarts } from '../period-dates';
import { rules2022, rules2024 } from './load';

const documented = [2022, 2024];

describe('own amounts', () => {
  test('prefilled from the latest year: every offered rate, limit and supplement is a field with its value', () => {
    const values = ownValues(rules2024);
    expect(values['interventions.reflection.rate.amount']).toBe(String(rules2024.interventions.reflection.offered && rules2024.interventions.reflection.rate.amount));
    expect(ownFields(rules2024).map((f) => f.kind)).toEqual(expect.arrayContaining(['rate', 'maxDays', 'groupDays', 'child']));
    expect(ownFields(rules2022).some((f) => f.kind === 'extra')).toBe(true);
    expect(ownFields(rules2022).filter((f) => f.kind === 'stepDays' || f.kind === 'stepRate').map((f) => f.path)).toEqual([
      'interventions.extended.rateSteps.0.afterDays.amount',
      'interventions.extended.rateSteps.0.rate.amount',
    ]);
  });
  test('own amounts use the same day-based limits: a 2022-based year pays full rate for the first 90 extended days, whatever the periods', () => {
    const check = checkOwnRuleSet(buildOwnRuleSet(rules2022, '2026', ownValues(rules2022)), documented);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const e = calculateSupportCost(check.rules, { start: '2026-02-01', children: 0, periods: [{ intervention: 'reflection', days: 30 }, { intervention: 'extended', days: 45 }, { intervention: 'extended', days: 45 }] });
    expect(e.total).toBe(144_000);
    expect(e.problems).toEqual([]);
  });
  test('a file saved before limits were counted in days still opens, and names the fields that were converted', () => {
    // The shape own amounts had before: a period cap and a rate "from period 2".
    const old = structuredClone(buildOwnRuleSet(rules2022, '2026', ownValues(rules2022))) as Record<string, unknown> & { interventions: Record<string, Record<string, unknown>> };
    old['limits'] = [
      { id: 'reflection-once', label: { sv: 'En', en: 'One' }, interventions: ['reflection'], maxPeriods: { amount: 1, source: { key: 'nsp-2022', section: 'x' } } },
      { id: 'extended-periods', label: { sv: 'Tre', en: 'Three' }, interventions: ['extended', 'support-only'], maxPeriods: { amount: 3, source: { key: 'nsp-2022', section: 'x' } } },
    ];
    const ext = old.interventions['extended'] ?? {};
    ext['laterPeriods'] = [{ fromPeriod: 2, rate: { amount: 600, source: { key: 'nsp-2022', section: 'x' } } }];
    delete ext['rateSteps'];
    ext['conditions'] = [{ id: 'ongoing', fromPeriod: 2, text: { sv: 'a', en: 'b' }, source: { key: 'nsp-2022', section: 'x' } }];
    const text = ownJson(old);
    const read = readOwnFile(text);
    if (!read.ok) throw new Error(read.message);
    expect(checkOwnRuleSet(read.raw, documented).ok).toBe(false);
    const { raw, converted } = upgradeOwnRuleSet(read.raw);
    expect(converted).toEqual([
      { from: 'limits.0.maxPeriods.amount', to: 'limits.0.maxDays.amount', was: 1, now: 30 },
      { from: 'limits.1.maxPeriods.amount', to: 'limits.1.maxDays.amount', was: 3, now: 270 },
      { from: 'interventions.extended.laterPeriods.0.fromPeriod', to: 'interventions.extended.rateSteps.0.afterDays.amount', was: 2, now: 90 },
    ]);
    const check = checkOwnRuleSet(raw, documented);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const e = calculateSupportCost(check.rules, { start: '2026-01-01', children: 0, periods: [{ intervention: 'extended', days: 60 }, { intervention: 'extended', days: 60 }] });
    expect(e.total).toBe(90 * 1200 + 30 * 600);
  });
  test('2026 with 1 400 kr a day for the reflection period: 30 days from 2026-03-01 cost 42 000 kr', () => {
    const raw = buildOwnRuleSet(rules2024, '2026', { ...ownValues(rules2024), 'interventions.reflection.rate.amount': '1 400' });
    const check = checkOwnRuleSet(raw, documented);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const e = calculateSupportCost(check.rules, { start: '2026-03-01', periods: [{ intervention: 'reflection', days: 30 }], children: 0 });
    expect(e.total).toBe(42_000);
    expect(e.problems).toEqual([]);
  });
  test('own amounts carry no review date: no editor checked them against a source', () => {
    expect(rules2024.reviewed).toBe('2026-12-01');
    expect(buildOwnRuleSet(rules2024, '2026', ownValues(rules2024))).not.toHaveProperty('reviewed');
  });
  test('the same schema as the data files: a negative rate and a fraction are named by their field', () => {
    const raw = buildOwnRuleSet(rules2024, '2026', { 'interventions.reflection.rate.amount': '-5', 'childSupplement.rate.amount': '2,5' });
    const check = checkOwnRuleSet(raw, documented);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues.map((i) => [i.path, i.code])).toEqual([
      ['interventions.reflection.rate.amount', 'too_small'],
      ['childSupplement.rate.amount', 'not_integer'],
    ]);
  });
  test('a documented year is not an own year; a year outside the schema is named too', () => {
    const at = (year: string) => {
      const c = checkOwnRuleSet(buildOwnRuleSet(rules2024, year, {}), documented);
      return c.ok ? [] : c.issues.map((i) => [i.path, i.code]);
    };
    expect(at('2024')).toEqual([['year', 'documented_year']]);
    expect(at('1999')).toEqual([['year', 'too_small']]);
    expect(at('2025')).toEqual([]);
  });
  test('saved as JSON or YAML and opened again, the rule set is the same', () => {
    const raw = buildOwnRuleSet(rules2024, '2025', { 'interventions.extended.rate.amount': '1500' });
    for (const text of [ownJson(raw), ownYaml(raw)]) {
      const read = readOwnFile(text);
      if (!read.ok) throw new Error(read.message);
      const check = checkOwnRuleSet(read.raw, documented);
      expect(check.ok && check.rules.interventions.extended.offered && check.rules.interventions.extended.rate.amount).toBe(1500);
    }
    expect(readOwnFile('year: [unclosed').ok).toBe(false);
  });
  test('every line of an own estimate is the user\'s own, from no source, in the CSV too', () => {
    const e = markOwn(calculateSupportCost(rules2024, { start: '2024-03-01', periods: [{ intervention: 'reflection', days: 10 }], children: 1 }));
    expect(e.lines.flatMap((l) => l.components).every((c) => c.source === null && c.own === true)).toBe(true);
    const rows = linesToCsv(e, 'en').trimEnd().split('\r\n');
    expect(rows.slice(1).every((r) => r.includes('Own amount, no source'))).toBe(true);
  });
});

describe('period dates', () => {
  test('a period from 2024-03-01 with last day 2024-05-29 is 90 days; 30 days end on 2024-03-30', () => {
    expect(daysUntil('2024-03-01', '2024-05-29')).toBe(90);
    expect(periodRanges('2024-03-01', [30])).toEqual([{ from: '2024-03-01', to: '2024-03-30' }]);
    expect(daysUntil('2024-03-01', '2024-02-29')).toBeNull();
  });
  test('later periods follow: reordering moves their dates; unusable days count as 0', () => {
    expect(periodRanges('2024-03-01', [30, 90])).toEqual([{ from: '2024-03-01', to: '2024-03-30' }, { from: '2024-03-31', to: '2024-06-28' }]);
    expect(periodRanges('2024-03-01', [90, 30])).toEqual([{ from: '2024-03-01', to: '2024-05-29' }, { from: '2024-05-30', to: '2024-06-28' }]);
    expect(periodRanges('2024-03-01', ['tre', 10])).toEqual([null, { from: '2024-03-01', to: '2024-03-10' }]);
    expect(periodStarts('2024-03-01', [0, 10])).toEqual(['2024-03-01', '2024-03-01']);
    expect(periodRanges('nej', [10])).toEqual([null]);
  });
});

describe('a derived figure (fixture, independent of the data files)', () => {
  test('its line in the CSV says derived, how and from what', () => {
    const fixture = structuredClone(rules2024);
    const iv = fixture.interventions['support-only'];
    if (!iv.offered) throw new Error('support only is offered in 2024');
    iv.rate = { amount: 700, source: { key: 'nsp-2024', section: '1.2' }, basis: { kind: 'derived', how: { sv: 'Hälften av 1 400 kr.', en: 'Half of SEK 1,400.' }, from: [{ key: 'nsp-2024', section: '1.2' }] } };
    const e = calculateSupportCost(fixture, { start: '2024-03-01', periods: [{ intervention: 'support-only', days: 10 }], children: 0 });
    const [header, row] = linesToCsv(e, 'en').trimEnd().split('\r\n');
    expect(header?.endsWith(',Basis')).toBe(true);
    expect(row).toContain('derived: Half of SEK 1,400. From: nsp-2024, 1.2.');
  });
});
