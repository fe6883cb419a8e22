/**
 * Step 1 of the engine: read the plan as the user gave it (anything at all) into whole numbers the
 * other steps can trust. Every value that cannot be used is reported at its input path and counts
 * as nothing (0 days, no children, …), so one bad field never hides the rest of the estimate.
 */
import { parseIsoDate, formatIsoDate } from './dates';
import { interventionIds } from './ids';
import type { Report } from './problems';
import type { InterventionId, RuleSet } from './rules-schema';

/** One period as the engine uses it: a known intervention or `null`, and whole days. */
export interface NormalPeriod {
  /** 1-based place in the plan. */
  number: number;
  /** `null` when the input named no known intervention. */
  intervention: InterventionId | null;
  /** Whole days, 0 when the input was unusable. */
  days: number;
  /** Support only: the paid days, `null` = every day. */
  paidDays: number | null;
}

/** A usable point intervention. */
export interface NormalPoint {
  /** 1-based place in the plan's list. */
  index: number;
  label: string;
  amount: number;
}

/** The plan after reading: `start` is `null` when it was not a date. */
export interface NormalPlan {
  start: string | null;
  periods: NormalPeriod[];
  children: number;
  extraDays: number;
  deduction: number;
  points: NormalPoint[];
}

/** Input bounds: beyond these a number is treated as invalid input. */
export const LIMITS = {
  /** Most days of one period. */
  maxPeriodDays: 3660,
  /** Most periods in a plan. */
  maxPeriods: 50,
  /** Most children. */
  maxChildren: 20,
  /** Most extra-supplement days. */
  maxExtraDays: 3660,
  /** Largest daily deduction, SEK. */
  maxDeduction: 100_000,
  /** Most point interventions. */
  maxPointInterventions: 100,
  /** Largest point intervention amount, SEK. */
  maxPointAmount: 10_000_000,
  /** Longest point label. */
  maxLabelLength: 200,
} as const;

type Rec = Record<string, unknown>;
export const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isWhole = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** A bad value as a message can quote it: short, never throwing. */
export function show(v: unknown): string {
  if (v === undefined) return 'ingenting/nothing';
  if (typeof v === 'number') return String(v);
  try {
    return JSON.stringify(v)?.slice(0, 40) ?? String(v);
  } catch {
    return typeof v;
  }
}

/**
 * Reads a plan. Returns `null` (after reporting) only when the plan is not an object at all.
 * Never throws.
 */
export function normalisePlan(rules: RuleSet, raw: unknown, report: Report): NormalPlan | null {
  if (!isRecord(raw)) {
    report('invalid-input', 'error', 'plan-not-object', {}, null);
    return null;
  }
  const start = parseIsoDate(raw['start']);
  if (!start) report('invalid-input', 'error', 'start-invalid', { value: typeof raw['start'] === 'string' ? raw['start'].slice(0, 40) : '' }, 'start');
  const periods = readPeriodList(raw['periods'], report).map((rp, i) => readPeriod(rules, rp, i, report));
  const children = optionalWhole(raw, 'children', LIMITS.maxChildren, 'children-invalid', report, true);
  const extraDays = optionalWhole(raw, 'extraSupplementDays', LIMITS.maxExtraDays, 'extra-days-invalid', report);
  const deduction = optionalWhole(raw, 'dailyDeduction', LIMITS.maxDeduction, 'deduction-invalid', report);
  const points = readPoints(raw['pointInterventions'], report);
  return { start: start ? formatIsoDate(start) : null, periods, children, extraDays, deduction, points };
}

function readPeriodList(value: unknown, report: Report): unknown[] {
  if (!Array.isArray(value)) {
    report('invalid-input', 'error', 'periods-not-list', {}, 'periods');
    return [];
  }
  if (value.length > LIMITS.maxPeriods) {
    report('invalid-input', 'error', 'too-many-periods', { count: value.length, max: LIMITS.maxPeriods }, 'periods');
    return value.slice(0, LIMITS.maxPeriods);
  }
  return value;
}

/** One period; its paid days are read only where the year bills support only by paid days. */
function readPeriod(rules: RuleSet, rp: unknown, i: number, report: Report): NormalPeriod {
  const number = i + 1;
  const field = `periods.${i}`;
  if (!isRecord(rp)) {
    report('invalid-input', 'error', 'period-not-object', { period: number }, field, number);
    return { number, intervention: null, days: 0, paidDays: null };
  }
  const id = rp['intervention'];
  const intervention = (interventionIds as readonly unknown[]).includes(id) ? (id as InterventionId) : null;
  if (!intervention) report('invalid-input', 'error', 'unknown-intervention', { period: number, value: show(id) }, `${field}.intervention`, number);
  let days = 0;
  if (isWhole(rp['days'], LIMITS.maxPeriodDays)) days = rp['days'];
  else report('invalid-input', 'error', 'days-invalid', { period: number, value: show(rp['days']), max: LIMITS.maxPeriodDays }, `${field}.days`, number);
  let paidDays: number | null = null;
  if (rp['paidDays'] !== undefined && intervention) {
    const iv = rules.interventions[intervention];
    if (!(iv.offered && iv.billing === 'paid-days')) {
      report('invalid-input', 'warning', 'paid-days-ignored', { period: number, intervention }, `${field}.paidDays`, number);
    } else if (isWhole(rp['paidDays'], days)) {
      paidDays = rp['paidDays'];
    } else {
      report('invalid-input', 'error', 'paid-days-invalid', { period: number, value: show(rp['paidDays']), days }, `${field}.paidDays`, number);
    }
  }
  return { number, intervention, days, paidDays };
}

/** A whole-number field of the plan; missing means 0 unless `required`. */
function optionalWhole(
  raw: Rec,
  key: 'children' | 'extraSupplementDays' | 'dailyDeduction',
  max: number,
  messageKey: 'children-invalid' | 'extra-days-invalid' | 'deduction-invalid',
  report: Report,
  required = false,
): number {
  const value = raw[key];
  if (value === undefined && !required) return 0;
  if (isWhole(value, max)) return value;
  report('invalid-input', 'error', messageKey, { value: show(value), max }, key);
  return 0;
}

function readPoints(value: unknown, report: Report): NormalPoint[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report('invalid-input', 'error', 'points-not-list', {}, 'pointInterventions');
    return [];
  }
  const points: NormalPoint[] = [];
  value.slice(0, LIMITS.maxPointInterventions).forEach((pt: unknown, i: number) => {
    const field = `pointInterventions.${i}`;
    const rec = isRecord(pt) ? pt : {};
    const label = rec['label'];
    if (typeof label !== 'string' || label.length > LIMITS.maxLabelLength) {
      report('invalid-input', 'error', 'point-label-invalid', { index: i + 1, max: LIMITS.maxLabelLength }, `${field}.label`);
    }
    if (!isWhole(rec['amount'], LIMITS.maxPointAmount)) {
      report('invalid-input', 'error', 'point-invalid', { index: i + 1, value: show(rec['amount']), max: LIMITS.maxPointAmount }, `${field}.amount`);
      return;
    }
    points.push({ index: i + 1, label: typeof label === 'string' ? label.slice(0, LIMITS.maxLabelLength) : '', amount: rec['amount'] });
  });
  return points;
}
