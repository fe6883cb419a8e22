/**
 * Step 3 of the engine: write the lines. A stretch of days becomes one line per calendar year
 * (lines never cross a 31 December), with the child and extra supplements as lines of their own;
 * days that are not costed get lines of amount 0 with the reason; point interventions come last.
 * Then the totals.
 */
import { addDays, splitAtYearEnds, type DayRange } from './dates';
import type { CostEstimate, CostLine, RateComponent, RateStepLine, UncostedReason } from './types';
import type { NormalPoint } from './plan-input';
import type { Basis, DailyRate, InterventionId, OfferedIntervention, RuleSet, SourcedAmount } from './rules-schema';

/** The date fields of a line within the rules' year `year`. */
export function lineDates(seg: DayRange, year: number): Pick<CostLine, 'from' | 'to' | 'days' | 'year' | 'afterYearEnd' | 'beforeYearStart'> {
  return {
    from: seg.from,
    to: seg.to,
    days: seg.days,
    year: Number(seg.from.slice(0, 4)),
    afterYearEnd: seg.from > `${year}-12-31`,
    beforeYearStart: seg.to < `${year}-01-01`,
  };
}

/** Adds `basis` only where the data gives one (omitted = stated). */
const withBasis = (c: Omit<RateComponent, 'basis'>, basis: Basis | undefined): RateComponent => (basis ? { ...c, basis } : c);

/** The daily parts of a rate, each with its source and how strong it is. */
export function rateComponents(rate: DailyRate, iv: OfferedIntervention): RateComponent[] {
  if (rate.components) {
    const { support, housing } = rate.components;
    return [
      withBasis({ id: 'support', perDay: support.amount, source: support.source }, support.basis),
      withBasis({ id: 'housing', perDay: housing.amount, source: housing.source }, housing.basis),
    ];
  }
  return [withBasis({ id: iv.billing === 'paid-days' ? 'support' : 'daily-rate', perDay: rate.amount, source: rate.source }, rate.basis)];
}

const supplementComponent = (id: 'child-supplement' | 'extra-supplement', rate: SourcedAmount): RateComponent =>
  withBasis({ id, perDay: rate.amount, source: rate.source }, rate.basis);

/** Lines of amount 0 for `days` days from `from` that are not costed, and why. */
export function uncostedLines(year: number, period: number, id: string, from: string, days: number, reason: UncostedReason): CostLine[] {
  if (days <= 0) return [];
  return splitAtYearEnds(from, addDays(from, days - 1)).map((seg) => ({
    intervention: id, kind: 'intervention', period, label: null, ...lineDates(seg, year),
    paidDays: 0, perDay: 0, amount: 0, components: [], uncosted: reason,
  }));
}

/** What one costed stretch pays: the rate, paid days and what is deducted and added. */
export interface CostedStretch {
  period: number;
  id: InterventionId;
  from: string;
  /** Costed days from `from`. */
  costed: number;
  /** Paid days among them (all of them unless the intervention bills paid days). */
  paidTotal: number;
  iv: OfferedIntervention;
  rate: DailyRate;
  /** SEK a day deducted from the adult rate (already capped at the rate). */
  deductionPerDay: number;
  /** The child supplement's rate, when it is paid on these days. */
  child: SourcedAmount | null;
  /** The extra supplement's rate, when it can be paid on these days. */
  extra: SourcedAmount | null;
  /** The rate step these days are at, with the person's day numbers under its limit; `null` at the intervention's own rate. */
  step: RateStepLine | null;
}

/**
 * The lines of a costed stretch, split at year ends. Paid days are spread evenly over the costed
 * days (cumulative rounding keeps the sum exact). Extra-supplement days go on the earliest paid
 * days: `extraLeft` is what the plan still has; the result says what is left and how many days
 * were eligible.
 */
export function costedLines(rules: RuleSet, s: CostedStretch, extraLeft: number): { lines: CostLine[]; extraLeft: number; eligible: number } {
  const lines: CostLine[] = [];
  let eligible = 0;
  let daysBefore = 0;
  const base = { intervention: s.id, period: s.period, label: null, uncosted: null, ...(s.step ? { rateStep: s.step } : {}) };
  for (const seg of splitAtYearEnds(s.from, addDays(s.from, s.costed - 1))) {
    const paidBefore = Math.round((s.paidTotal * daysBefore) / s.costed);
    daysBefore += seg.days;
    const paid = Math.round((s.paidTotal * daysBefore) / s.costed) - paidBefore;
    const components = rateComponents(s.rate, s.iv);
    if (s.deductionPerDay > 0) components.push({ id: 'deduction', perDay: -s.deductionPerDay, source: null });
    const perDay = s.rate.amount - s.deductionPerDay;
    const dates = lineDates(seg, rules.year);
    lines.push({ ...base, kind: 'intervention', ...dates, paidDays: paid, perDay, amount: paid * perDay, components });
    if (s.child) {
      lines.push({ ...base, kind: 'child-supplement', ...dates, paidDays: paid, perDay: s.child.amount, amount: paid * s.child.amount, components: [supplementComponent('child-supplement', s.child)] });
    }
    if (s.extra) {
      eligible += paid;
      const k = Math.min(extraLeft, paid, seg.days);
      if (k > 0) {
        extraLeft -= k;
        const xs = lineDates({ from: seg.from, to: addDays(seg.from, k - 1), days: k }, rules.year);
        lines.push({ ...base, kind: 'extra-supplement', ...xs, paidDays: k, perDay: s.extra.amount, amount: k * s.extra.amount, components: [supplementComponent('extra-supplement', s.extra)] });
      }
    }
  }
  return { lines, extraLeft, eligible };
}

/** Point interventions as lines on the plan's start date, amounts as entered. */
export function pointLines(year: number, start: string, points: readonly NormalPoint[]): CostLine[] {
  return points.map((pt) => ({
    intervention: 'point', kind: 'point', period: null, label: pt.label, ...lineDates({ from: start, to: start, days: 0 }, year),
    paidDays: 0, perDay: 0, amount: pt.amount, components: [], uncosted: null,
  }));
}

/** The totals: within the rules' year, after its end, and by calendar year. */
export function summarise(year: number, lines: CostLine[], problems: CostEstimate['problems']): CostEstimate {
  let total = 0;
  let afterYearEndTotal = 0;
  const byYear: Record<string, number> = {};
  for (const l of lines) {
    if (!l.afterYearEnd && !l.beforeYearStart) total += l.amount;
    if (l.afterYearEnd) afterYearEndTotal += l.amount;
    byYear[String(l.year)] = (byYear[String(l.year)] ?? 0) + l.amount;
  }
  return { rulesYear: year, total, lines, byYear, afterYearEndTotal, problems };
}
