/**
 * The types the engine's steps share: the plan as given, the lines, the problems and the
 * estimate. They live here, importing only types from modules that import none of the engine's
 * steps, so engine.ts, plan-input.ts, limits.ts, lines.ts and problems.ts can all use them
 * without an import circle (a unit test checks there is none in calculators/).
 */
import type { MessageKey, MessageParams } from './messages';
import type { Locale } from './money';
import type { Basis, Bilingual, InterventionId, SourceRef } from './rules-schema';

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
export type UncostedReason = 'exceeds-max-days' | 'not-offered';

/** Days at a rate step, and why: the step's words and the person's day numbers it counts. */
export interface RateStepLine {
  /** When the step applies, e.g. "after the first 90 days of extended support". */
  label: Bilingual;
  /** Days counted at the earlier rate before the step. */
  afterDays: number;
  /** The person's first and last counted day of this line's stretch, inclusive (e.g. 91 … 135). */
  dayFrom: number;
  dayTo: number;
}

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
  /** Set on the lines of days at a rate step (2022: after the first 90 days of extended support). */
  rateStep?: RateStepLine;
}

/** Stable problem codes. */
export type ProblemCode =
  | 'exceeds-max-days'
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
