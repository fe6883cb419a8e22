/**
 * The support cost engine: a plan of back-to-back periods, costed under one year's rules.
 * Pure: no I/O, no DOM, no clock. Never throws for user input: every problem with the plan comes
 * back in `problems`, and amounts are whole, non-negative kronor.
 *
 * Ranges are INCLUSIVE: a period of N days starting on D covers D … D+N−1; the next period starts
 * on D+N.
 */
import { addDays, inclusiveDayCount } from './dates';
import { applyLimits, newLimitState, type LimitState, type PlannedDays, type RateStretch } from './limits';
import { costedLines, pointLines, summarise, uncostedLines, type CostedStretch } from './lines';
import type { Locale } from './money';
import { normalisePlan, type NormalPlan } from './plan-input';
import { problemCollector, type Report } from './problems';
import type { DailyRate, OfferedIntervention, RuleSet } from './rules-schema';
import type { CalculateOptions, CostEstimate, CostLine, SupportPlan } from './types';

/** Input bounds (see plan-input.ts): beyond these a number is treated as invalid input. */
export { LIMITS } from './plan-input';

/**
 * The rate of the person's `day`-th day (1-based) counted under each step's limit, when every
 * counted day is of this intervention: the last step with `afterDays` below `day`.
 */
export function rateForDay(iv: OfferedIntervention, day: number): DailyRate {
  let rate = iv.rate;
  for (const step of iv.rateSteps) if (day > step.afterDays.amount) rate = step.rate;
  return rate;
}

/**
 * The rate of the `ordinal`-th full period (of `maxDaysPerPeriod` days) of an intervention, the
 * days counted as `rateForDay` counts them (2022 extended support: 1st at the full rate, 2nd and
 * 3rd at half the rate, as they fall after the first 90 days).
 */
export function rateForPeriod(iv: OfferedIntervention, ordinal: number): DailyRate {
  return rateForDay(iv, (Math.max(1, Math.floor(ordinal)) - 1) * iv.maxDaysPerPeriod.amount + 1);
}

/**
 * Costs a plan under one year's rules. See the module comment and `calculators/README.md` for the rules.
 * Never throws for user input; the optional third argument chooses the language of the messages.
 * The steps: read the plan (plan-input.ts), then per period apply the limits (limits.ts) and write
 * the lines (lines.ts), then the point interventions and the totals.
 */
export function calculateSupportCost(rules: RuleSet, plan: SupportPlan, options: CalculateOptions = {}): CostEstimate {
  const locale: Locale = options.locale === 'en' ? 'en' : 'sv';
  const { problems, report } = problemCollector(locale);
  const input = normalisePlan(rules, plan as unknown, report);
  if (!input) return summarise(rules.year, [], problems);
  reportUndocumented(rules, input, report);
  if (!input.start) return summarise(rules.year, [], problems);
  if (!input.start.startsWith(`${rules.year}-`)) report('rules-year-mismatch', 'error', 'rules-year-mismatch', { start: input.start, year: rules.year }, 'start');
  const lines = periodLines(rules, input, input.start, report, locale);
  lines.push(...pointsOf(rules, input, input.start, report));
  return summarise(rules.year, lines, problems);
}

/** Plan fields the year does not document: a warning, and nothing costed for them. */
function reportUndocumented(rules: RuleSet, input: NormalPlan, report: Report): void {
  const year = rules.year;
  if (input.extraDays > 0 && !rules.extraSupplement.documented) report('not-documented', 'warning', 'extra-not-documented', { year, value: input.extraDays }, 'extraSupplementDays');
  if (input.deduction > 0 && !rules.dailyAllowanceDeduction.documented) report('not-documented', 'warning', 'deduction-not-documented', { year, value: input.deduction }, 'dailyDeduction');
  if (input.children > 0 && !rules.childSupplement.documented) report('not-documented', 'warning', 'child-not-documented', { year }, 'children');
}

/** The periods back to back from `start`: limits, then lines, in plan order. */
function periodLines(rules: RuleSet, input: NormalPlan, start: string, report: Report, locale: Locale): CostLine[] {
  const extra = rules.extraSupplement.documented ? rules.extraSupplement : null;
  const state: LimitState = newLimitState();
  const lines: CostLine[] = [];
  let extraLeft = extra ? input.extraDays : 0;
  let eligible = 0;
  let cursor = start;
  for (const p of input.periods) {
    if (p.days === 0 || p.intervention === null) continue;
    const period = p as PlannedDays;
    const from = cursor;
    cursor = addDays(from, p.days);
    reportYearEnd(rules.year, period, from, report);
    const outcome = applyLimits(rules, state, period, from, report, locale);
    if (outcome.kind === 'uncosted') {
      lines.push(...uncostedLines(rules.year, p.number, period.intervention, from, p.days, outcome.reason));
      continue;
    }
    reportSupplementGaps(rules, input, period, report);
    const paidTotal = outcome.iv.billing === 'paid-days' ? Math.min(p.paidDays ?? p.days, outcome.costed) : outcome.costed;
    for (const st of outcome.stretches) {
      const written = costedLines(rules, stretch(rules, input, period, from, outcome.iv, outcome.costed, paidTotal, st), extraLeft);
      lines.push(...written.lines);
      extraLeft = written.extraLeft;
      eligible += written.eligible;
    }
    if (outcome.costed < p.days) lines.push(...uncostedLines(rules.year, p.number, period.intervention, addDays(from, outcome.costed), p.days - outcome.costed, 'exceeds-max-days'));
  }
  if (extra && extraLeft > 0) report('exceeds-max-days', 'warning', 'extra-days-exceed-eligible', { value: input.extraDays, eligible, excess: extraLeft }, 'extraSupplementDays');
  return lines;
}

/** A supplement the plan asks for on an intervention whose days the source leaves open: a warning, nothing costed. */
function reportSupplementGaps(rules: RuleSet, input: NormalPlan, p: PlannedDays, report: Report): void {
  const child = rules.childSupplement;
  if (child.documented && input.children > 0 && child.notDocumentedFor.some((g) => g.intervention === p.intervention)) {
    report('not-documented', 'warning', 'child-not-documented-for', { period: p.number, intervention: p.intervention, year: rules.year }, 'children', p.number);
  }
}

/** A period running past 31 December of the rules' year: a warning naming the days after it. */
function reportYearEnd(year: number, p: PlannedDays, from: string, report: Report): void {
  const yearEnd = `${year}-12-31`;
  if (addDays(from, p.days - 1) <= yearEnd) return;
  const afterFrom = from > yearEnd ? from : addDays(yearEnd, 1);
  const afterDays = p.days - (from > yearEnd ? 0 : inclusiveDayCount(from, yearEnd));
  report('crosses-year-end', 'warning', 'crosses-year-end', { period: p.number, intervention: p.intervention, year, days: afterDays, from: afterFrom }, `periods.${p.number - 1}.days`, p.number);
}

/**
 * What one stretch of a costed period pays a day: its rate, its share of the paid days (spread
 * evenly over the period, cumulative rounding keeps the sum exact), the deduction and the
 * supplements that apply.
 */
function stretch(rules: RuleSet, input: NormalPlan, p: PlannedDays, from: string, iv: OfferedIntervention, costed: number, paidTotal: number, st: RateStretch): CostedStretch {
  const id = p.intervention;
  const rate = st.rate;
  const ded = rules.dailyAllowanceDeduction;
  const child = rules.childSupplement;
  const extra = rules.extraSupplement;
  const paidBefore = Math.round((paidTotal * st.offset) / costed);
  const paidUpTo = Math.round((paidTotal * (st.offset + st.days)) / costed);
  return {
    period: p.number, id, from: addDays(from, st.offset), costed: st.days, iv, rate,
    paidTotal: paidUpTo - paidBefore,
    deductionPerDay: ded.documented && ded.appliesTo.includes(id) ? Math.min(input.deduction, rate.amount) : 0,
    child: child.documented && input.children > 0 && child.appliesTo.includes(id) ? child.rate : null,
    extra: extra.documented && extra.appliesTo.includes(id) && (st.step?.extraSupplement ?? true) ? extra.rate : null,
    step: st.step && st.counted ? { label: st.step.label, afterDays: st.step.afterDays.amount, dayFrom: st.counted.from, dayTo: st.counted.to } : null,
  };
}

/** Point interventions: costed as entered where the year offers them. */
function pointsOf(rules: RuleSet, input: NormalPlan, start: string, report: Report): CostLine[] {
  if (input.points.length === 0) return [];
  const pi = rules.pointInterventions;
  if (!pi.offered) {
    report('not-offered', 'error', 'points-not-offered', { year: rules.year }, 'pointInterventions');
    return [];
  }
  if (!pi.amountsPublished) report('not-documented', 'warning', 'points-not-published', { year: rules.year }, 'pointInterventions');
  return pointLines(rules.year, start, input.points);
}
