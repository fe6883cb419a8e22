import { describe, expect, test } from 'vitest';
import { calculateSupportCost, type CostEstimate, type SupportPlan } from '../index';
import { rules2022, rules2024 } from './load';

const plan = (p: Partial<SupportPlan> & Pick<SupportPlan, 'periods'>): SupportPlan => ({ start: '2024-03-01', children: 0, ...p });
const codes = (e: CostEstimate) => e.problems.map((p) => p.code);
const costed = (e: CostEstimate, kind = 'intervention') => e.lines.filter((l) => l.kind === kind && l.uncosted === null);

describe('2024 rules (nsp-2024)', () => {
  test('§1.2: reflection 30 days × 1 320 = 39 600', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'reflection', days: 30 }] }));
    expect(e.total).toBe(39_600);
    expect(e.lines[0]).toMatchObject({ from: '2024-03-01', to: '2024-03-30', days: 30, amount: 39_600, afterYearEnd: false });
    expect(e.problems).toEqual([]);
  });
  test('§1.2: extended 90 days × 1 320 = 118 800, starting the day after the reflection period', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'reflection', days: 30 }, { intervention: 'extended', days: 90 }] }));
    expect(costed(e)[1]).toMatchObject({ from: '2024-03-31', to: '2024-06-28', amount: 118_800 });
    expect(e.total).toBe(39_600 + 118_800);
  });
  test('§1.2: child supplement 500/day once whatever the number of children: 30 days with 3 children = 15 000', () => {
    const e = calculateSupportCost(rules2024, plan({ children: 3, periods: [{ intervention: 'reflection', days: 30 }] }));
    expect(costed(e, 'child-supplement').map((l) => l.amount)).toEqual([15_000]);
    expect(e.total).toBe(39_600 + 15_000);
  });
  test('§3.3: integration with stay 45 × 1 320 = 59 400 plus child supplement 45 × 500 = 22 500', () => {
    const e = calculateSupportCost(rules2024, plan({ children: 1, periods: [{ intervention: 'integration-stay', days: 45 }] }));
    expect(e.total).toBe(59_400 + 22_500);
  });
  test('§3.3: integration 500/day has no child supplement: 45 × 500 = 22 500', () => {
    const e = calculateSupportCost(rules2024, plan({ children: 2, periods: [{ intervention: 'integration-daily', days: 45 }] }));
    expect(e.total).toBe(22_500);
  });
  test('§3.3: the two integration kinds together at most 45 days: 30 + 30 costs 30 × 1 320 + 15 × 500', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'integration-stay', days: 30 }, { intervention: 'integration-daily', days: 30 }] }));
    expect(e.total).toBe(30 * 1320 + 15 * 500);
    const p = e.problems.find((x) => x.code === 'exceeds-max-days');
    expect(p?.period).toBe(2);
    expect(p?.message).toContain('45');
    expect(e.lines.find((l) => l.uncosted === 'exceeds-max-days')).toMatchObject({ days: 15, amount: 0 });
  });
  test('§4.1: at most 90 days of extended support per person (30 + 90): days past the limit are not paid, and the message names the day it is reached', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'extended', days: 90 }, { intervention: 'extended', days: 60 }] }));
    expect(e.total).toBe(118_800);
    expect(e.problems).toMatchObject([{ code: 'exceeds-max-days', severity: 'error', period: 2, field: 'periods.1.days', params: { excess: 60, reachedOn: '2024-05-29', from: '2024-05-30' } }]);
    expect(e.problems[0]?.message).toMatch(/Period 2 .*högst 90 dagar per person 2024.*nås 2024-05-29/);
    expect(e.lines.find((l) => l.uncosted === 'exceeds-max-days')).toMatchObject({ period: 2, from: '2024-05-30', days: 60, amount: 0 });
  });
  test('§4.1 and §3.2: a support-only period counts its calendar days against the same 90 days', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'extended', days: 60 }, { intervention: 'support-only', days: 45, paidDays: 20 }] }));
    expect(costed(e).map((l) => [l.intervention, l.days])).toEqual([['extended', 60], ['support-only', 30]]);
    expect(e.problems).toMatchObject([{ code: 'exceeds-max-days', period: 2, params: { excess: 15 } }]);
  });
  test('§3.2: support only, 45 paid of 90 days × 660 = 29 700', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'support-only', days: 90, paidDays: 45 }] }));
    expect(e.total).toBe(29_700);
    expect(e.lines[0]).toMatchObject({ days: 90, paidDays: 45, perDay: 660 });
  });
  test('§1.2: reflection beyond 30 days: 40 days cost 30 × 1 320, 10 days not costed', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'reflection', days: 40 }] }));
    expect(e.total).toBe(39_600);
    expect(e.problems[0]).toMatchObject({ code: 'exceeds-max-days', severity: 'error', period: 1, field: 'periods.0.days' });
    expect(e.problems[0]?.message).toContain('10');
  });
  test('extra supplement and deduction are not documented for 2024: warned, not costed', () => {
    const e = calculateSupportCost(rules2024, plan({ extraSupplementDays: 10, dailyDeduction: 50, periods: [{ intervention: 'reflection', days: 30 }] }));
    expect(e.total).toBe(39_600);
    expect(e.problems.filter((p) => p.code === 'not-documented').map((p) => p.field)).toEqual(['extraSupplementDays', 'dailyDeduction']);
  });
  test('§1.2: point interventions are costed as entered, with a warning that amounts are not published', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [], pointInterventions: [{ label: 'Juridisk rådgivning', amount: 2500 }] }));
    expect(e.total).toBe(2500);
    expect(e.problems[0]?.code).toBe('not-documented');
  });
  test('§3.2: a period past 31 December is split; days after are shown but not in the total', () => {
    const e = calculateSupportCost(rules2024, plan({ start: '2024-12-02', children: 1, periods: [{ intervention: 'extended', days: 90 }] }));
    const ivLines = e.lines.filter((l) => l.kind === 'intervention');
    expect(ivLines.map((l) => [l.from, l.to, l.days, l.afterYearEnd])).toEqual([
      ['2024-12-02', '2024-12-31', 30, false],
      ['2025-01-01', '2025-03-01', 60, true],
    ]);
    expect(e.total).toBe(30 * (1320 + 500));
    expect(e.byYear).toEqual({ '2024': 30 * 1820, '2025': 60 * 1820 });
    expect(e.afterYearEndTotal).toBe(60 * 1820);
    const w = e.problems.find((p) => p.code === 'crosses-year-end');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toContain('säger inte hur dagarna efter årsskiftet beviljas');
    expect(w?.message).not.toContain('ny ansökan');
    expect(w?.message).toContain('60');
  });
  test('a plan starting in another year than the rules is flagged and nothing outside the rules year counts', () => {
    const e = calculateSupportCost(rules2024, plan({ start: '2025-01-10', periods: [{ intervention: 'reflection', days: 30 }] }));
    expect(codes(e)).toContain('rules-year-mismatch');
    expect(e.total).toBe(0);
    expect(e.byYear).toEqual({ '2025': 39_600 });
  });
});

describe('2022 rules (nsp-2022)', () => {
  test('"struktur 2022": reflection 30 × 1 200 = 36 000', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-02-01', periods: [{ intervention: 'reflection', days: 30 }] }));
    expect(e.total).toBe(36_000);
  });
  test('"struktur 2022", following page: first extended period 90 × 1 200, 2nd and 3rd at 600 (half rate)', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-01-01', periods: [
      { intervention: 'extended', days: 90 }, { intervention: 'extended', days: 90 }, { intervention: 'extended', days: 90 },
    ] }));
    expect(costed(e).map((l) => l.perDay)).toEqual([1200, 600, 600]);
    expect(e.total).toBe(108_000 + 54_000 + 54_000);
  });
  test('"struktur 2022": four shorter extended periods stay under 3 × 90 days and are all paid, the first 90 days at the full rate', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-01-01', periods: Array.from({ length: 4 }, () => ({ intervention: 'extended' as const, days: 60 })) }));
    expect(e.total).toBe(90 * 1200 + 150 * 600);
    expect(e.problems).toEqual([]);
    expect(costed(e).filter((l) => l.period === 2).map((l) => [l.days, l.perDay, l.rateStep?.dayFrom ?? null])).toEqual([[30, 1200, null], [30, 600, 91]]);
  });
  test('"struktur 2022": days past 3 × 90 = 270 extended days are not paid, naming the day the cap is reached', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-01-01', periods: Array.from({ length: 5 }, () => ({ intervention: 'extended' as const, days: 60 })) }));
    expect(e.total).toBe(90 * 1200 + 180 * 600);
    expect(e.problems).toMatchObject([{ code: 'exceeds-max-days', period: 5, params: { max: 270, excess: 30, reachedOn: '2022-09-27' } }]);
  });
  test('"struktur 2022": child supplement 500/day also after the first 90 days: 90 × (600 + 500)', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-01-01', children: 2, periods: [{ intervention: 'extended', days: 90 }, { intervention: 'extended', days: 90 }] }));
    expect(e.lines.filter((l) => l.period === 2).reduce((s, l) => s + l.amount, 0)).toBe(90 * 1100);
  });
  test('"struktur 2022": the extra supplement is not costed on half-rate days (the report does not say), and the gap is warned', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-01-01', extraSupplementDays: 100, periods: [{ intervention: 'extended', days: 90 }, { intervention: 'extended', days: 30 }] }));
    expect(costed(e, 'extra-supplement').reduce((s, l) => s + l.paidDays, 0)).toBe(90);
    expect(e.problems).toMatchObject([{ field: 'extraSupplementDays', params: { eligible: 90, excess: 10 } }]);
  });
  test('a support-only period with children: the supplement is not documented there, warned and not costed', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-01-01', children: 1, periods: [{ intervention: 'support-only', days: 90, paidDays: 26 }] }));
    expect(e.total).toBe(26 * 600);
    expect(e.problems).toMatchObject([{ code: 'not-documented', severity: 'warning', messageKey: 'child-not-documented-for', period: 1 }]);
  });
  test('"struktur 2022": extra supplement 200/day on the first 5 days = 1 000', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-02-01', extraSupplementDays: 5, periods: [{ intervention: 'reflection', days: 30 }] }));
    expect(costed(e, 'extra-supplement')).toMatchObject([{ from: '2022-02-01', to: '2022-02-05', amount: 1000 }]);
    expect(e.total).toBe(37_000);
  });
  test('extra supplement days beyond the eligible paid days are not costed and warned', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-02-01', extraSupplementDays: 40, periods: [{ intervention: 'reflection', days: 30 }, { intervention: 'integration-daily', days: 10 }] }));
    expect(e.total).toBe(36_000 + 30 * 200 + 5000);
    expect(e.problems[0]).toMatchObject({ code: 'exceeds-max-days', field: 'extraSupplementDays', params: { excess: 10 } });
  });
  test('"struktur 2022": Migrationsverket\'s daily allowance is deducted; a day never goes below zero', () => {
    const a = calculateSupportCost(rules2022, plan({ start: '2022-02-01', dailyDeduction: 71, periods: [{ intervention: 'reflection', days: 30 }] }));
    expect(a.total).toBe(30 * (1200 - 71));
    const b = calculateSupportCost(rules2022, plan({ start: '2022-02-01', dailyDeduction: 5000, children: 1, periods: [{ intervention: 'reflection', days: 30 }] }));
    expect(b.total).toBe(30 * 500);
    expect(b.lines.every((l) => l.amount >= 0)).toBe(true);
  });
  test('"Övergripande redogörelse": support only 600/day, two days a week over 90 days (26 days) = 15 600', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-03-01', periods: [{ intervention: 'support-only', days: 90, paidDays: 26 }] }));
    expect(e.total).toBe(15_600);
  });
  test('"struktur 2022": integration support 45 × 500 = 22 500; integration with stay was not offered', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-03-01', periods: [{ intervention: 'integration-daily', days: 45 }, { intervention: 'integration-stay', days: 20 }] }));
    expect(e.total).toBe(22_500);
    expect(e.problems.find((p) => p.code === 'not-offered')?.period).toBe(2);
  });
  test('"90 dagar fördjupat stöd": periods granted up to 31 December 2022 at most', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-11-01', periods: [{ intervention: 'extended', days: 90 }] }));
    expect(e.total).toBe(61 * 1200);
    expect(codes(e)).toEqual(['crosses-year-end']);
  });
  test('support-only paid days are spread over the year end in proportion', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-12-02', periods: [{ intervention: 'support-only', days: 90, paidDays: 30 }] }));
    expect(e.lines.map((l) => l.paidDays)).toEqual([10, 20]);
    expect(e.total).toBe(6000);
  });
});

describe('user input never throws', () => {
  const bad: unknown[] = [
    null, 42, 'plan', { start: '2024-02-30', periods: [], children: 0 },
    { start: '2024-01-01', periods: 'x', children: -1 },
    { start: '2024-01-01', periods: [{ intervention: 'reflection', days: -3 }, { intervention: 'nope', days: 5 }, null], children: 1.5 },
    { start: '2024-01-01', periods: [{ intervention: 'reflection', days: Number.NaN }, { intervention: 'extended', days: 1e12 }, { intervention: 'extended', days: 2.5 }], children: 0, dailyDeduction: -4, extraSupplementDays: Infinity, pointInterventions: [{ label: 3, amount: -1 }, 'x'] },
    { start: 20240101, periods: [{ intervention: 'support-only', days: 10, paidDays: 11 }] },
  ];
  test.each(bad.map((b, i) => [i, b]))('case %i gives invalid-input problems and finite amounts', (_i, b) => {
    const e = calculateSupportCost(rules2024, b as SupportPlan);
    expect(e.problems.some((p) => p.code === 'invalid-input' && p.severity === 'error')).toBe(true);
    expect(Number.isInteger(e.total)).toBe(true);
    for (const l of e.lines) expect(Number.isInteger(l.amount) && l.amount >= 0).toBe(true);
  });
  test('an impossible date names the field and the value', () => {
    const e = calculateSupportCost(rules2024, plan({ start: '2024-02-30', periods: [{ intervention: 'reflection', days: 3 }] }));
    expect(e.problems).toMatchObject([{ code: 'invalid-input', field: 'start' }]);
    expect(e.problems[0]?.message).toContain('2024-02-30');
    expect(e.lines).toEqual([]);
  });
  test('a fractional period counts as 0 days and the next period starts on the plan start', () => {
    const e = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'reflection', days: 2.5 }, { intervention: 'extended', days: 2 }] }));
    expect(e.problems[0]).toMatchObject({ field: 'periods.0.days', period: 1 });
    expect(e.lines[0]).toMatchObject({ from: '2024-03-01', amount: 2640 });
  });
  test('messages in English on request, Swedish by default', () => {
    const p = plan({ periods: [{ intervention: 'reflection', days: 31 }] });
    expect(calculateSupportCost(rules2024, p).problems[0]?.message).toContain('dagar');
    expect(calculateSupportCost(rules2024, p, { locale: 'en' }).problems[0]?.message).toBe(
      'Period 1: 31 days of reflection period, but at most 30 a period are paid in 2024; 1 days are not costed.',
    );
  });
});

// Issue 17: the acceptance figures, with each year's file loaded by its year.
describe('extended support is counted in days per person, as the reports count it', () => {
  test('2022: reflection 30 + extended 45 + extended 45, no children: 144 000 kr, no error', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-02-01', periods: [
      { intervention: 'reflection', days: 30 }, { intervention: 'extended', days: 45 }, { intervention: 'extended', days: 45 },
    ] }));
    expect(e.total).toBe(144_000);
    expect(e.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(costed(e).map((l) => l.perDay)).toEqual([1200, 1200, 1200]);
  });
  test('2022: reflection 30 + extended 90 + 90 + 90 with one child: 402 000 kr', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-01-01', children: 1, periods: [
      { intervention: 'reflection', days: 30 }, { intervention: 'extended', days: 90 }, { intervention: 'extended', days: 90 }, { intervention: 'extended', days: 90 },
    ] }));
    expect(e.total).toBe(402_000);
    expect(e.problems).toEqual([]);
  });
  test('2022: a period that crosses the 90th extended day is costed in two lines, each with its days and rate, and says why', () => {
    const e = calculateSupportCost(rules2022, plan({ start: '2022-02-01', periods: [{ intervention: 'extended', days: 60 }, { intervention: 'extended', days: 60 }] }));
    const second = costed(e).filter((l) => l.period === 2);
    expect(second.map((l) => [l.from, l.to, l.days, l.perDay, l.amount])).toEqual([
      ['2022-04-02', '2022-05-01', 30, 1200, 36_000],
      ['2022-05-02', '2022-05-31', 30, 600, 18_000],
    ]);
    expect(second[1]?.rateStep).toMatchObject({ afterDays: 90, dayFrom: 91, dayTo: 120, label: { sv: 'efter de första 90 dygnen fördjupat stöd' } });
    expect(second[0]?.rateStep).toBeUndefined();
  });
  test('2024: reflection 30 + extended 45 + extended 45: no error, and every day is paid', () => {
    const e = calculateSupportCost(rules2024, plan({ start: '2024-02-01', periods: [
      { intervention: 'reflection', days: 30 }, { intervention: 'extended', days: 45 }, { intervention: 'extended', days: 45 },
    ] }));
    expect(e.problems).toEqual([]);
    expect(e.lines.every((l) => l.uncosted === null && l.paidDays === l.days)).toBe(true);
    expect(e.total).toBe(120 * 1320);
  });
  test('one reflection period per person (derived), counted in days: a reflection split in two costs the same; a second one is not paid', () => {
    const split = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'reflection', days: 15 }, { intervention: 'reflection', days: 15 }] }));
    expect(split.total).toBe(39_600);
    expect(split.problems).toEqual([]);
    const again = calculateSupportCost(rules2024, plan({ periods: [{ intervention: 'reflection', days: 30 }, { intervention: 'extended', days: 30 }, { intervention: 'reflection', days: 10 }] }));
    expect(again.problems).toMatchObject([{ code: 'exceeds-max-days', period: 3, params: { max: 30, excess: 10 } }]);
  });
});
