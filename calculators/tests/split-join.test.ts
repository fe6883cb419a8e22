/**
 * A period cut in two costs the same (issue 17): the limits and rate steps count days per person
 * across periods, as the reports do, so how a stay is divided into applications never changes what
 * is paid. Run over at least 500 random plans for every year that has a rates file.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, calculateSupportCost, interventionIds, parseRuleSet, type CostEstimate, type PlannedPeriod, type RuleSet, type SupportPlan } from '../index';
import { rawYaml } from './load';

const ratesDir = fileURLToPath(new URL('../../content/rates/', import.meta.url));
const years: RuleSet[] = readdirSync(ratesDir)
  .filter((f) => /^\d{4}\.yaml$/.test(f))
  .map((f) => parseRuleSet(rawYaml(`rates/${f}`), `rates/${f}`));

/** Longest period an intervention may have in a plan here (its per-period maximum, or 60 if not offered). */
const longest = (rules: RuleSet, id: PlannedPeriod['intervention']): number => {
  const iv = rules.interventions[id];
  return iv.offered ? iv.maxDaysPerPeriod.amount : 60;
};

/** Random plans within the rules' year, each period within its per-period maximum, every support day paid. */
const planArb = (rules: RuleSet): fc.Arbitrary<SupportPlan> =>
  fc.record({
    start: fc.integer({ min: 0, max: 364 }).map((d) => addDays(`${rules.year}-01-01`, d)),
    periods: fc.array(
      fc.constantFrom(...interventionIds).chain((intervention) => fc.integer({ min: 1, max: longest(rules, intervention) }).map((days): PlannedPeriod => ({ intervention, days }))),
      { minLength: 1, maxLength: 6 },
    ),
    children: fc.integer({ min: 0, max: 3 }),
    extraSupplementDays: fc.integer({ min: 0, max: 120 }),
    dailyDeduction: fc.integer({ min: 0, max: 300 }),
  });

/** What must not change: total, after-year-end total, days per rate, uncosted days, and the kinds of problem. */
function signature(e: CostEstimate) {
  const perRate: Record<string, number> = {};
  for (const l of e.lines) {
    const key = `${l.kind}|${l.intervention}|${l.perDay}|${l.uncosted ?? ''}|${l.afterYearEnd}`;
    perRate[key] = (perRate[key] ?? 0) + (l.uncosted ? l.days : l.paidDays);
  }
  const problems = [...new Set(e.problems.map((p) => `${p.code}|${p.severity}|${p.messageKey}`))].sort();
  return { total: e.total, after: e.afterYearEndTotal, perRate, problems };
}

/** Every line is a whole, non-negative number of kronor and days. */
function wellFormed(e: CostEstimate): void {
  for (const l of e.lines) {
    expect(Number.isSafeInteger(l.amount) && l.amount >= 0, `line ${l.from} amount ${l.amount}`).toBe(true);
    expect(Number.isSafeInteger(l.perDay) && l.perDay >= 0).toBe(true);
    expect(Number.isSafeInteger(l.paidDays) && l.paidDays >= 0 && l.paidDays <= l.days).toBe(true);
  }
  expect(Number.isSafeInteger(e.total)).toBe(true);
}

// 500 plans per property and year take a few seconds; on a shared machine more than vitest's default 5 s.
const split = (plan: SupportPlan, i: number, first: number): SupportPlan => ({
  ...plan,
  periods: plan.periods.flatMap((p, j) => (j === i ? [{ ...p, days: first }, { ...p, days: p.days - first }] : [p])),
});

describe.each(years.map((rules) => [rules.year, rules] as const))('%i: a period cut in two costs the same', (_year, rules) => {
  test('splitting any period into two consecutive periods of the same intervention changes no total, no days per rate and no kind of problem', () => {
    fc.assert(
      fc.property(planArb(rules), fc.nat(), fc.nat(), (plan, pick, cut) => {
        const i = pick % plan.periods.length;
        const p = plan.periods[i];
        if (!p || p.days < 2) return;
        const first = 1 + (cut % (p.days - 1));
        const whole = calculateSupportCost(rules, plan);
        const parts = calculateSupportCost(rules, split(plan, i, first));
        wellFormed(whole);
        wellFormed(parts);
        expect(signature(parts)).toEqual(signature(whole));
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  test('joining two consecutive periods of the same intervention, within its per-period maximum, changes nothing either', () => {
    fc.assert(
      fc.property(planArb(rules), fc.nat(), (plan, pick) => {
        const pairs = plan.periods.flatMap((p, j) => {
          const next = plan.periods[j + 1];
          return next && next.intervention === p.intervention && p.days + next.days <= longest(rules, p.intervention) ? [j] : [];
        });
        const j = pairs[pick % Math.max(1, pairs.length)];
        if (j === undefined) return;
        const joined: SupportPlan = {
          ...plan,
          periods: plan.periods.flatMap((p, k) => (k === j ? [{ ...p, days: p.days + (plan.periods[j + 1]?.days ?? 0) }] : k === j + 1 ? [] : [p])),
        };
        expect(signature(calculateSupportCost(rules, joined))).toEqual(signature(calculateSupportCost(rules, plan)));
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  test('adding a day to any period, when the longer plan stays within the limits and the year, never lowers the total', () => {
    fc.assert(
      fc.property(planArb(rules), fc.nat(), (plan, pick) => {
        const i = pick % plan.periods.length;
        const longer: SupportPlan = { ...plan, periods: plan.periods.map((p, j) => (j === i ? { ...p, days: p.days + 1 } : p)) };
        const after = calculateSupportCost(rules, longer);
        if (after.problems.some((p) => p.code === 'exceeds-max-days' || p.code === 'crosses-year-end')) return;
        const before = calculateSupportCost(rules, plan);
        wellFormed(after);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
