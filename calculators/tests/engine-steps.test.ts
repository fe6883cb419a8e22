/**
 * The engine's steps one by one: reading the plan (plan-input.ts), the limits (limits.ts) and the
 * lines (lines.ts), each against the real 2022 and 2024 rules.
 */
import { describe, expect, test } from 'vitest';
import { applyLimits, limitDays, newLimitState, rateStretches, type PlannedDays } from '../limits';
import { costedLines, lineDates, pointLines, rateComponents, summarise, uncostedLines } from '../lines';
import { normalisePlan } from '../plan-input';
import { problemCollector } from '../problems';
import type { OfferedIntervention, RuleSet } from '../rules-schema';
import { rules2022, rules2024 } from './load';

const offered = (rules: RuleSet, id: keyof RuleSet['interventions']): OfferedIntervention => {
  const iv = rules.interventions[id];
  if (!iv.offered) throw new Error(`${id} not offered`);
  return iv;
};
const period = (number: number, intervention: PlannedDays['intervention'], days: number): PlannedDays => ({ number, intervention, days, paidDays: null });

describe('plan-input: reading the plan', () => {
  test('a good plan comes through as whole numbers, with no problem', () => {
    const { problems, report } = problemCollector('sv');
    const plan = normalisePlan(rules2024, { start: '2024-03-01', periods: [{ intervention: 'reflection', days: 30 }], children: 2 }, report);
    expect(plan).toEqual({ start: '2024-03-01', periods: [{ number: 1, intervention: 'reflection', days: 30, paidDays: null }], children: 2, extraDays: 0, deduction: 0, points: [] });
    expect(problems).toEqual([]);
  });
  test('each bad field is reported at its own path and counts as nothing', () => {
    const { problems, report } = problemCollector('en');
    const plan = normalisePlan(rules2024, { start: '2024-02-30', periods: [{ intervention: 'holiday', days: -3 }, 'x'], children: 'two', dailyDeduction: 1.5 }, report);
    expect(plan?.start).toBeNull();
    expect(plan?.periods).toEqual([
      { number: 1, intervention: null, days: 0, paidDays: null },
      { number: 2, intervention: null, days: 0, paidDays: null },
    ]);
    expect(plan?.children).toBe(0);
    expect(problems.map((p) => p.field)).toEqual(['start', 'periods.0.intervention', 'periods.0.days', 'periods.1', 'children', 'dailyDeduction']);
    expect(problems.every((p) => p.severity === 'error' && p.message.length > 0)).toBe(true);
  });
  test('paid days are read only for support only, and never above the days', () => {
    const { problems, report } = problemCollector('sv');
    const plan = normalisePlan(rules2024, { start: '2024-03-01', children: 0, periods: [{ intervention: 'reflection', days: 30, paidDays: 5 }, { intervention: 'support-only', days: 10, paidDays: 11 }] }, report);
    expect(plan?.periods.map((p) => p.paidDays)).toEqual([null, null]);
    expect(problems.map((p) => [p.messageKey, p.severity])).toEqual([['paid-days-ignored', 'warning'], ['paid-days-invalid', 'error']]);
  });
  test('not an object at all: null and one problem for the whole plan', () => {
    const { problems, report } = problemCollector('sv');
    expect(normalisePlan(rules2024, 42, report)).toBeNull();
    expect(problems).toMatchObject([{ messageKey: 'plan-not-object', field: null }]);
  });
});

describe('limits: one period at a time', () => {
  test('2022: a period crossing the 90th extended day is split into two stretches, full rate then half', () => {
    const iv = offered(rules2022, 'extended');
    const step = iv.rateSteps[0];
    if (!step) throw new Error('2022 extended support has a rate step');
    const stretches = rateStretches(iv, () => 60, 45);
    expect(stretches.map((s) => [s.offset, s.days, s.rate.amount, s.counted])).toEqual([
      [0, 30, iv.rate.amount, null],
      [30, 15, step.rate.amount, { from: 91, to: 105 }],
    ]);
    expect(rateStretches(iv, () => 0, 90).map((s) => s.days)).toEqual([90]);
    expect(rateStretches(iv, () => 90, 90).map((s) => s.rate.amount)).toEqual([step.rate.amount]);
  });
  test('2022: extended days are counted per person across periods, support-only days included', () => {
    const { report } = problemCollector('sv');
    const state = newLimitState();
    const first = applyLimits(rules2022, state, period(1, 'support-only', 60), '2022-02-01', report, 'sv');
    const second = applyLimits(rules2022, state, period(2, 'extended', 45), '2022-04-02', report, 'sv');
    expect(first).toMatchObject({ kind: 'costed', costed: 60 });
    expect(second.kind === 'costed' && second.stretches.map((s) => s.days)).toEqual([30, 15]);
    expect(state.daysUsed.get('extended-days')).toBe(105);
  });
  test('2024: days past the 90 extended days are not paid, and the message names the day the limit was reached', () => {
    const { problems, report } = problemCollector('sv');
    const iv = offered(rules2024, 'extended');
    expect(limitDays(rules2024, newLimitState(), iv, period(2, 'extended', 60), '2024-01-31', report, 'sv')).toBe(60);
    const s2 = newLimitState();
    applyLimits(rules2024, s2, period(2, 'extended', 60), '2024-01-31', report, 'sv');
    const third = applyLimits(rules2024, s2, period(3, 'extended', 45), '2024-03-31', report, 'sv');
    expect(third).toMatchObject({ kind: 'costed', costed: 30 });
    expect(problems).toMatchObject([{ messageKey: 'exceeds-group-days', field: 'periods.2.days', period: 3, params: { excess: 15, reachedOn: '2024-04-29', from: '2024-04-30' } }]);
    expect(problems[0]?.message).toMatch(/nås 2024-04-29.*15 dagarna från 2024-04-30 betalas inte/);
  });
  test('2024: days over the period maximum and then over the shared 45 are cut, and each cut is reported', () => {
    const { problems, report } = problemCollector('sv');
    const state = newLimitState();
    const iv = offered(rules2024, 'integration-stay');
    expect(applyLimits(rules2024, state, period(1, 'integration-stay', 30), '2024-05-01', report, 'sv')).toMatchObject({ costed: 30 });
    expect(iv.maxDaysPerPeriod.amount).toBe(45);
    expect(applyLimits(rules2024, state, period(2, 'integration-daily', 30), '2024-05-31', report, 'sv')).toMatchObject({ costed: 15 });
    expect(problems).toMatchObject([{ messageKey: 'exceeds-group-days', field: 'periods.1.days', period: 2, params: { excess: 15 } }]);
  });
  test('an intervention the year lacks is not costed and the problem sits at its field', () => {
    const { problems, report } = problemCollector('en');
    const outcome = applyLimits(rules2022, newLimitState(), period(1, 'integration-stay', 10), '2022-03-01', report, 'en');
    expect(outcome).toEqual({ kind: 'uncosted', reason: 'not-offered' });
    expect(problems).toMatchObject([{ code: 'not-offered', field: 'periods.0.intervention' }]);
  });
});

describe('lines: writing what is paid', () => {
  test('a stretch across 31 December is two lines, the second after the year end', () => {
    const iv = offered(rules2024, 'reflection');
    const { lines } = costedLines(rules2024, { period: 1, id: 'reflection', from: '2024-12-20', costed: 30, paidTotal: 30, iv, rate: iv.rate, deductionPerDay: 0, child: null, extra: null, step: null }, 0);
    expect(lines.map((l) => [l.from, l.to, l.days, l.afterYearEnd])).toEqual([
      ['2024-12-20', '2024-12-31', 12, false],
      ['2025-01-01', '2025-01-18', 18, true],
    ]);
    expect(lines.reduce((s, l) => s + l.amount, 0)).toBe(30 * iv.rate.amount);
  });
  test('the child supplement is its own line with its own source; extra days go on the earliest days', () => {
    const iv = offered(rules2022, 'reflection');
    if (!rules2022.childSupplement.documented || !rules2022.extraSupplement.documented) throw new Error('2022 documents both supplements');
    const child = rules2022.childSupplement.rate;
    const extra = rules2022.extraSupplement.rate;
    const out = costedLines(rules2022, { period: 1, id: 'reflection', from: '2022-03-01', costed: 30, paidTotal: 30, iv, rate: iv.rate, deductionPerDay: 0, child, extra, step: null }, 5);
    expect(out.lines.map((l) => l.kind)).toEqual(['intervention', 'child-supplement', 'extra-supplement']);
    expect(out.lines[1]?.components).toEqual([{ id: 'child-supplement', perDay: child.amount, source: child.source }]);
    expect(out.lines[2]).toMatchObject({ from: '2022-03-01', to: '2022-03-05', amount: 5 * extra.amount });
    expect(out).toMatchObject({ extraLeft: 0, eligible: 30 });
  });
  test('a derived figure keeps its basis on the line; a stated one has none', () => {
    const iv = offered(rules2024, 'support-only');
    const derived = { kind: 'derived' as const, how: { sv: 'Halva dygnsersättningen.', en: 'Half the daily rate.' }, from: [{ key: 'nsp-2024' as const, section: '1.2' }] };
    const [withBasis] = rateComponents({ amount: 660, source: { key: 'nsp-2024', section: '1.2' }, basis: derived }, iv);
    expect(withBasis).toEqual({ id: 'support', perDay: 660, source: { key: 'nsp-2024', section: '1.2' }, basis: derived });
    expect(rateComponents({ amount: 660, source: { key: 'nsp-2024', section: '1.2' } }, iv)[0]).not.toHaveProperty('basis');
  });
  test('uncosted days and point interventions cost nothing and something; the totals leave out other years', () => {
    const uncosted = uncostedLines(2024, 2, 'extended', '2024-12-31', 2, 'exceeds-max-days');
    expect(uncosted.map((l) => [l.from, l.amount, l.uncosted])).toEqual([['2024-12-31', 0, 'exceeds-max-days'], ['2025-01-01', 0, 'exceeds-max-days']]);
    const points = pointLines(2024, '2024-03-01', [{ index: 1, label: 'Tolk', amount: 1500 }]);
    const after = { intervention: 'reflection', kind: 'intervention' as const, period: 1, label: null, ...lineDates({ from: '2025-01-01', to: '2025-01-10', days: 10 }, 2024), paidDays: 10, perDay: 100, amount: 1000, components: [], uncosted: null };
    const e = summarise(2024, [...uncosted, ...points, after], []);
    expect(e).toMatchObject({ total: 1500, afterYearEndTotal: 1000, byYear: { '2024': 1500, '2025': 1000 } });
  });
});
