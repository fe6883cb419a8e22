/**
 * Step 2 of the engine: the year's limits on one period, in plan order. A period either is not
 * costed at all (the intervention is not offered, or a period limit is used up) or has a number of
 * costed days (its own maximum and any shared day limits applied) and an ordinal that picks its
 * rate. The state carries what earlier periods used.
 */
import type { UncostedReason } from './engine';
import type { Locale } from './money';
import type { NormalPeriod } from './plan-input';
import type { Report } from './problems';
import type { GroupLimit, InterventionId, OfferedIntervention, RuleSet } from './rules-schema';

/** What earlier periods used: periods by limit id (or intervention id), days by limit id. */
export interface LimitState {
  periodCount: Map<string, number>;
  daysUsed: Map<string, number>;
}

export const newLimitState = (): LimitState => ({ periodCount: new Map(), daysUsed: new Map() });

/** The outcome for one period. */
export type LimitOutcome =
  | { kind: 'uncosted'; reason: UncostedReason }
  | { kind: 'costed'; iv: OfferedIntervention; ordinal: number; costed: number };

/** A period with a known intervention and at least one day. */
export type PlannedDays = NormalPeriod & { intervention: InterventionId };

/**
 * Applies the limits to one period and records its use in `state`. Problems are reported at the
 * period's fields.
 */
export function applyLimits(rules: RuleSet, state: LimitState, p: PlannedDays, report: Report, locale: Locale): LimitOutcome {
  const id = p.intervention;
  const iv = rules.interventions[id];
  const year = rules.year;
  if (!iv.offered) {
    report('not-offered', 'error', 'not-offered', { period: p.number, intervention: id, year, days: p.days }, `periods.${p.number - 1}.intervention`, p.number);
    return { kind: 'uncosted', reason: 'not-offered' };
  }
  const { ordinal, over } = countPeriod(rules, state, id);
  if (over) {
    report('exceeds-max-periods', 'error', 'exceeds-max-periods', {
      period: p.number, intervention: id, ordinal: over.ordinal, max: over.limit.maxPeriods?.amount ?? 0,
      limit: over.limit.label[locale], year, days: p.days,
    }, `periods.${p.number - 1}`, p.number);
    return { kind: 'uncosted', reason: 'exceeds-max-periods' };
  }
  const costed = limitDays(rules, state, iv, p, report, locale);
  return { kind: 'costed', iv, ordinal, costed };
}

/**
 * Counts the period under every limit with `maxPeriods` that names its intervention (or, with
 * none, under the intervention itself). The ordinal is its number under the first such limit.
 */
export function countPeriod(rules: RuleSet, state: LimitState, id: InterventionId): { ordinal: number; over: { limit: GroupLimit; ordinal: number } | null } {
  const countLimits = rules.limits.filter((g) => g.maxPeriods && g.interventions.includes(id));
  if (countLimits.length === 0) {
    const ordinal = (state.periodCount.get(id) ?? 0) + 1;
    state.periodCount.set(id, ordinal);
    return { ordinal, over: null };
  }
  let ordinal = 0;
  let over: { limit: GroupLimit; ordinal: number } | null = null;
  for (const g of countLimits) {
    const c = (state.periodCount.get(g.id) ?? 0) + 1;
    state.periodCount.set(g.id, c);
    if (ordinal === 0) ordinal = c;
    if (g.maxPeriods && c > g.maxPeriods.amount && !over) over = { limit: g, ordinal: c };
  }
  return { ordinal, over };
}

/** The period's own maximum, then every shared day limit; records the costed days as used. */
export function limitDays(rules: RuleSet, state: LimitState, iv: OfferedIntervention, p: PlannedDays, report: Report, locale: Locale): number {
  const id = p.intervention;
  const field = `periods.${p.number - 1}.days`;
  const year = rules.year;
  let costed = p.days;
  const maxPer = iv.maxDaysPerPeriod.amount;
  if (costed > maxPer) {
    report('exceeds-max-days', 'error', 'exceeds-max-days', { period: p.number, intervention: id, days: p.days, max: maxPer, excess: costed - maxPer, year }, field, p.number);
    costed = maxPer;
  }
  const shared = rules.limits.filter((g) => g.maxDays && g.interventions.includes(id));
  for (const g of shared) {
    const max = g.maxDays?.amount ?? 0;
    const left = Math.max(0, max - (state.daysUsed.get(g.id) ?? 0));
    if (costed > left) {
      report('exceeds-max-days', 'error', 'exceeds-group-days', { period: p.number, intervention: id, max, excess: costed - left, limit: g.label[locale], year }, field, p.number);
      costed = left;
    }
  }
  for (const g of shared) state.daysUsed.set(g.id, (state.daysUsed.get(g.id) ?? 0) + costed);
  return costed;
}
