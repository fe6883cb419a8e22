import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculateSupportCost, interventionIds, type SupportPlan } from '../index';
import { rules2022, rules2024 } from './load';

const period = fc.record({
  intervention: fc.constantFrom(...interventionIds),
  days: fc.integer({ min: 0, max: 200 }),
});
const planArb = fc.record({
  start: fc.date({ min: new Date('2021-06-01T00:00:00Z'), max: new Date('2025-06-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  periods: fc.array(period, { maxLength: 6 }).map((ps) => ps.map((p) => (p.intervention === 'support-only' ? { ...p, paidDays: Math.floor(p.days / 2) } : p))),
  children: fc.integer({ min: 0, max: 4 }),
  extraSupplementDays: fc.integer({ min: 0, max: 100 }),
  dailyDeduction: fc.integer({ min: 0, max: 2000 }),
  pointInterventions: fc.array(fc.record({ label: fc.string({ maxLength: 10 }), amount: fc.integer({ min: 0, max: 50_000 }) }), { maxLength: 3 }),
}) as fc.Arbitrary<SupportPlan>;
const rulesArb = fc.constantFrom(rules2022, rules2024);

describe('properties', () => {
  test('lines add up to total (rules year) and byYear (all lines)', () => {
    fc.assert(fc.property(rulesArb, planArb, (rules, plan) => {
      const e = calculateSupportCost(rules, plan);
      const inYear = e.lines.filter((l) => !l.afterYearEnd && !l.beforeYearStart).reduce((s, l) => s + l.amount, 0);
      expect(e.total).toBe(inYear);
      const all = e.lines.reduce((s, l) => s + l.amount, 0);
      expect(Object.values(e.byYear).reduce((s, v) => s + v, 0)).toBe(all);
      for (const [y, v] of Object.entries(e.byYear)) expect(e.lines.filter((l) => String(l.year) === y).reduce((s, l) => s + l.amount, 0)).toBe(v);
    }));
  });
  test('amounts are non-negative integers and nothing is NaN, whatever the numbers', () => {
    const anyNum = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(-0), fc.constant(1e308));
    const wild = fc.record({
      start: fc.oneof(fc.string(), fc.constant('2024-02-30'), fc.constant('2024-05-01')),
      periods: fc.array(fc.record({ intervention: fc.oneof(fc.constantFrom(...interventionIds), fc.string()), days: anyNum, paidDays: anyNum }), { maxLength: 5 }),
      children: anyNum,
      extraSupplementDays: anyNum,
      dailyDeduction: anyNum,
    });
    fc.assert(fc.property(rulesArb, wild, (rules, plan) => {
      const e = calculateSupportCost(rules, plan as unknown as SupportPlan);
      expect(Number.isSafeInteger(e.total)).toBe(true);
      for (const l of e.lines) {
        expect(Number.isSafeInteger(l.amount) && l.amount >= 0).toBe(true);
        expect(Number.isSafeInteger(l.days) && Number.isSafeInteger(l.paidDays)).toBe(true);
      }
      for (const v of Object.values(e.byYear)) expect(Number.isSafeInteger(v)).toBe(true);
    }));
  });
  // Only the LAST period is lengthened: lengthening an earlier period can rightly lower the total,
  // e.g. 2024 integration 500/day eating into the 45 days shared with the 1 320/day kind.
  test('the total never falls when the last period gets more days', () => {
    fc.assert(fc.property(rulesArb, planArb, fc.integer({ min: 1, max: 60 }), (rules, plan, more) => {
      const last = plan.periods.length - 1;
      if (last < 0) return;
      // The added days are support days too (support only spreads its paid days over the period).
      const longer = { ...plan, periods: plan.periods.map((p, j) => (j === last ? { ...p, days: p.days + more, ...(p.paidDays !== undefined ? { paidDays: p.paidDays + more } : {}) } : p)) };
      expect(calculateSupportCost(rules, longer).total).toBeGreaterThanOrEqual(calculateSupportCost(rules, plan).total);
    }), { numRuns: 500 });
  });
});
