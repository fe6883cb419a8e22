/**
 * The support cost engine: a plan of back-to-back periods, costed under one year's rules.
 * Pure: no I/O, no DOM, no clock. Never throws for user input: every problem with the plan comes
 * back in `problems`, and amounts are whole, non-negative kronor.
 *
 * Ranges are INCLUSIVE: a period of N days starting on D covers D … D+N−1; the next period starts
 * on D+N.
 */
import { addDays, inclusiveDayCount } from './dates';
import { applyLimits, newLimitState, type LimitState, type PlannedDays } from './limits';
import { costedLines, pointLines, summarise, uncostedLines } from './lines';
import type { MessageKey, MessageParams } from './messages';
import type { Locale } from './money';
import { normalisePlan, type NormalPlan } from './plan-input';
import { problemCollector, type Report } from './problems';
import type { Basis, DailyRate, InterventionId, OfferedIntervention, RuleSet, SourceRef } from './rules-schema';

/** One period of the plan. */
export interface PlannedPeriod {
  /** Which intervention. */
  intervention: InterventionId;
  /** Length in calendar days (the period covers start … start + days − 1). */
  days: number;
  /** Support only: the days support is actually given and paid (default: every day). */
  paidDays?: number;
}

/** A point intervention with the amount the user expects (no amounts are published). */
export interface PlannedPointIntervention {
  label: string;
  amount: number;
}

/** What the user plans. */
export interface SupportPlan {
  /** ISO date of the first day. */
  start: string;
  /** Back to back, in order. */
  periods: PlannedPeriod[];
  /** Accompanying children; 0 means no child supplement (one supplement whatever the number). */
  children: number;
  /** Days with the motivated extra supplement, on the earliest eligible paid days. */
  extraSupplementDays?: number;
  /** SEK a day of Migrationsverket's daily allowance, deducted where the rules say so. */
  dailyDeduction?: number;
  /** Point interventions with user-entered amounts. */
  pointInterventions?: PlannedPointIntervention[];
}

/** What a line pays for. */
export type LineKind = 'intervention' | 'child-supplement' | 'extra-supplement' | 'point';

/** A daily part of a line's rate, with its source. */
export interface RateComponent {
  /** `support`, `housing`, `daily-rate` (not split by the source), `deduction` (negative), `child-supplement`, `extra-supplement`. */
  id: 'support' | 'housing' | 'daily-rate' | 'deduction' | 'child-supplement' | 'extra-supplement';
  /** SEK per day; negative for the deduction. */
  perDay: number;
  /** Where the rate stands; `null` for the user's own deduction figure. */
  source: SourceRef | null;
  /** How strong the figure is, where the data says it is derived; absent = stated by `source`. */
  basis?: Basis;
  /** `true` for the user's own amounts (own-amounts.ts): no source, the user's figure. */
  own?: true;
}

/** Why a line's days are not costed. */
export type UncostedReason = 'exceeds-max-days' | 'exceeds-max-periods' | 'not-offered';

/** One line of the estimate: a stretch of days (within one calendar year) or a point intervention. */
export interface CostLine {
  /** Intervention id, or `point` for a point intervention. */
  intervention: string;
  /** What the line pays for. */
  kind: LineKind;
  /** 1-based period number in the plan; `null` for point interventions. */
  period: number | null;
  /** The user's label of a point intervention; `null` otherwise. */
  label: string | null;
  /** First day (inclusive). Point interventions carry the plan's start date. */
  from: string;
  /** Last day (inclusive). */
  to: string;
  /** Calendar days from … to, inclusive (0 for a point intervention). */
  days: number;
  /** Days paid: equals `days`, except for support only (the days support is given) and uncosted lines (0). */
  paidDays: number;
  /** SEK per paid day after any deduction (0 for uncosted and point lines). */
  perDay: number;
  /** Whole kronor, never negative. */
  amount: number;
  /** The parts of `perDay`, each with its source. */
  components: RateComponent[];
  /** Calendar year of the line. */
  year: number;
  /** After 31 December of the rules' year: shown for information, left out of `total`. */
  afterYearEnd: boolean;
  /** Before 1 January of the rules' year: shown for information, left out of `total`. */
  beforeYearStart: boolean;
  /** Why these days are not costed; `null` when they are. */
  uncosted: UncostedReason | null;
}

/** Stable problem codes. */
export type ProblemCode =
  | 'exceeds-max-days'
  | 'exceeds-max-periods'
  | 'not-offered'
  | 'not-documented'
  | 'crosses-year-end'
  | 'rules-year-mismatch'
  | 'invalid-input';

/** A problem with the plan under these rules. */
export interface Problem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  /** Specific text in the requested locale. */
  message: string;
  /** Which message template (several per code). */
  messageKey: MessageKey;
  /** The input it concerns, as a path (`start`, `periods.1.days`, `children`, …); `null` for the whole plan. */
  field: string | null;
  /** 1-based period number, if it concerns a period. */
  period: number | null;
  /** The figures the message names. */
  params: MessageParams;
}

/** The estimate. */
export interface CostEstimate {
  /** The rules' year. */
  rulesYear: number;
  /** Whole kronor payable under these rules: the lines within the rules' year. */
  total: number;
  /** The lines, in date order (point interventions last). */
  lines: CostLine[];
  /** Every line's amount by calendar year, days outside the rules' year included. */
  byYear: Record<string, number>;
  /** Sum of the lines after 31 December of the rules' year (for information). */
  afterYearEndTotal: number;
  /** Everything wrong or worth knowing. */
  problems: Problem[];
}

/** Options of `calculateSupportCost`. */
export interface CalculateOptions {
  /** Language of the problem messages (default `sv`). */
  locale?: Locale;
}

/** Input bounds (see plan-input.ts): beyond these a number is treated as invalid input. */
export { LIMITS } from './plan-input';

/** The rate of the `ordinal`-th period of an offered intervention (1-based). */
export function rateForPeriod(iv: OfferedIntervention, ordinal: number): DailyRate {
  let rate = iv.rate;
  for (const lp of iv.laterPeriods) if (ordinal >= lp.fromPeriod) rate = lp.rate;
  return rate;
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
    const outcome = applyLimits(rules, state, period, report, locale);
    if (outcome.kind === 'uncosted') {
      lines.push(...uncostedLines(rules.year, p.number, period.intervention, from, p.days, outcome.reason));
      continue;
    }
    if (outcome.costed > 0) {
      const written = costedLines(rules, stretch(rules, input, period, from, outcome), extraLeft);
      lines.push(...written.lines);
      extraLeft = written.extraLeft;
      eligible += written.eligible;
    }
    if (outcome.costed < p.days) lines.push(...uncostedLines(rules.year, p.number, period.intervention, addDays(from, outcome.costed), p.days - outcome.costed, 'exceeds-max-days'));
  }
  if (extra && extraLeft > 0) report('exceeds-max-days', 'warning', 'extra-days-exceed-eligible', { value: input.extraDays, eligible, excess: extraLeft }, 'extraSupplementDays');
  return lines;
}

/** A period running past 31 December of the rules' year: a warning naming the days after it. */
function reportYearEnd(year: number, p: PlannedDays, from: string, report: Report): void {
  const yearEnd = `${year}-12-31`;
  if (addDays(from, p.days - 1) <= yearEnd) return;
  const afterFrom = from > yearEnd ? from : addDays(yearEnd, 1);
  const afterDays = p.days - (from > yearEnd ? 0 : inclusiveDayCount(from, yearEnd));
  report('crosses-year-end', 'warning', 'crosses-year-end', { period: p.number, intervention: p.intervention, year, days: afterDays, from: afterFrom }, `periods.${p.number - 1}.days`, p.number);
}

/** What a costed period pays a day: its rate by ordinal, the deduction, the supplements that apply. */
function stretch(rules: RuleSet, input: NormalPlan, p: PlannedDays, from: string, o: { iv: OfferedIntervention; ordinal: number; costed: number }) {
  const id = p.intervention;
  const rate = rateForPeriod(o.iv, o.ordinal);
  const ded = rules.dailyAllowanceDeduction;
  const child = rules.childSupplement;
  const extra = rules.extraSupplement;
  return {
    period: p.number, id, from, costed: o.costed, iv: o.iv, rate,
    paidTotal: o.iv.billing === 'paid-days' ? Math.min(p.paidDays ?? p.days, o.costed) : o.costed,
    deductionPerDay: ded.documented && ded.appliesTo.includes(id) ? Math.min(input.deduction, rate.amount) : 0,
    child: child.documented && input.children > 0 && child.appliesTo.includes(id) ? child.rate : null,
    extra: extra.documented && extra.appliesTo.includes(id) ? extra.rate : null,
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
