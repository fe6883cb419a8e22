/**
 * Step 2 of the engine: the year's limits on one period, in plan order. Limits and rate steps
 * count DAYS per person across periods, as the reports do, never applications: a period cut in two
 * is limited and priced exactly as the whole. A period is either not costed at all (the
 * intervention is not offered) or has a number of costed days (its own maximum and the shared day
 * limits applied), split into stretches at the rate steps it crosses. The state carries what
 * earlier periods used.
 */
import { addDays } from './dates';
import type { Locale } from './money';
import type { NormalPeriod } from './plan-input';
import type { Report } from './problems';
import type { DailyRate, GroupLimit, InterventionId, OfferedIntervention, RateStep, RuleSet } from './rules-schema';
import type { UncostedReason } from './types';

/** What earlier periods used, by limit id: costed days, and the day each limit was reached. */
export interface LimitState {
  daysUsed: Map<string, number>;
  /** The last costed day (ISO) of a limit that is used up. */
  reachedOn: Map<string, string>;
}

export const newLimitState = (): LimitState => ({ daysUsed: new Map(), reachedOn: new Map() });

/** Days of a period at one rate: `offset` days after the period's first day, `days` long. */
export interface RateStretch {
  offset: number;
  days: number;
  rate: DailyRate;
  /** The step whose rate this is; `null` for the intervention's own rate. */
  step: RateStep | null;
  /** The person's day numbers under the step's limit, inclusive (for the explanation); `null` without a step. */
  counted: { from: number; to: number } | null;
}

/** The outcome for one period. */
export type LimitOutcome =
  | { kind: 'uncosted'; reason: UncostedReason }
  | { kind: 'costed'; iv: OfferedIntervention; costed: number; stretches: RateStretch[] };

/** A period with a known intervention and at least one day. */
export type PlannedDays = NormalPeriod & { intervention: InterventionId };

/**
 * Applies the limits to one period starting on `from` and records its use in `state`. Problems
 * are reported at the period's fields.
 */
export function applyLimits(rules: RuleSet, state: LimitState, p: PlannedDays, from: string, report: Report, locale: Locale): LimitOutcome {
  const id = p.intervention;
  const iv = rules.interventions[id];
  if (!iv.offered) {
    report('not-offered', 'error', 'not-offered', { period: p.number, intervention: id, year: rules.year, days: p.days }, `periods.${p.number - 1}.intervention`, p.number);
    return { kind: 'uncosted', reason: 'not-offered' };
  }
  const used = (limitId: string): number => state.daysUsed.get(limitId) ?? 0;
  const costed = limitDays(rules, state, iv, p, from, report, locale);
  const stretches = rateStretches(iv, used, costed);
  recordUse(rules, state, id, from, costed);
  return { kind: 'costed', iv, costed, stretches };
}

/**
 * The costed days split at the rate steps: each step starts after `afterDays` days counted under
 * its limit, so with `used(limit)` days already counted it starts `afterDays − used` days into the
 * period (at once when that is 0 or less).
 */
export function rateStretches(iv: OfferedIntervention, used: (limitId: string) => number, costed: number): RateStretch[] {
  const starts = iv.rateSteps
    .map((step) => ({ step, at: Math.max(0, step.afterDays.amount - used(step.countedIn)) }))
    .sort((a, b) => a.at - b.at);
  const out: RateStretch[] = [];
  let offset = 0;
  let current: { rate: DailyRate; step: RateStep | null } = { rate: iv.rate, step: null };
  const push = (end: number): void => {
    if (end <= offset) return;
    const s = current.step;
    const counted = s ? { from: used(s.countedIn) + offset + 1, to: used(s.countedIn) + end } : null;
    out.push({ offset, days: end - offset, rate: current.rate, step: s, counted });
    offset = end;
  };
  for (const { step, at } of starts) {
    if (at >= costed) break;
    push(at);
    current = { rate: step.rate, step };
  }
  push(costed);
  return out;
}

/** The shared limits that count an intervention's days. */
export const limitsOf = (rules: RuleSet, id: InterventionId): GroupLimit[] => rules.limits.filter((g) => g.interventions.includes(id));

/**
 * The period's own maximum, then every shared day limit, in days per person. Days past a limit
 * are not paid; the message names the day the limit is reached.
 */
export function limitDays(rules: RuleSet, state: LimitState, iv: OfferedIntervention, p: PlannedDays, from: string, report: Report, locale: Locale): number {
  const id = p.intervention;
  const field = `periods.${p.number - 1}.days`;
  const year = rules.year;
  let costed = p.days;
  const maxPer = iv.maxDaysPerPeriod.amount;
  if (costed > maxPer) {
    report('exceeds-max-days', 'error', 'exceeds-max-days', { period: p.number, intervention: id, days: p.days, max: maxPer, excess: costed - maxPer, year }, field, p.number);
    costed = maxPer;
  }
  for (const g of limitsOf(rules, id)) {
    const max = g.maxDays.amount;
    const left = Math.max(0, max - (state.daysUsed.get(g.id) ?? 0));
    if (costed <= left) continue;
    const reachedOn = left > 0 ? addDays(from, left - 1) : (state.reachedOn.get(g.id) ?? '');
    report('exceeds-max-days', 'error', 'exceeds-group-days', {
      period: p.number, intervention: id, max, excess: costed - left, limit: g.label[locale], year, reachedOn, from: addDays(from, left),
    }, field, p.number);
    costed = left;
  }
  return costed;
}

/** Records `costed` days from `from` under every limit of the intervention, and the day a limit is used up. */
function recordUse(rules: RuleSet, state: LimitState, id: InterventionId, from: string, costed: number): void {
  for (const g of limitsOf(rules, id)) {
    const total = (state.daysUsed.get(g.id) ?? 0) + costed;
    state.daysUsed.set(g.id, total);
    if (costed > 0 && total >= g.maxDays.amount && !state.reachedOn.has(g.id)) state.reachedOn.set(g.id, addDays(from, costed - 1));
  }
}
