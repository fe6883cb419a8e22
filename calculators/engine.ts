/**
 * The support cost engine: a plan of back-to-back periods, costed under one year's rules.
 * Pure: no I/O, no DOM, no clock. Never throws for user input: every problem with the plan comes
 * back in `problems`, and amounts are whole, non-negative kronor.
 *
 * Ranges are INCLUSIVE: a period of N days starting on D covers D … D+N−1; the next period starts
 * on D+N.
 */
import { addDays, formatIsoDate, inclusiveDayCount, parseIsoDate, splitAtYearEnds, type DayRange } from './dates';
import { message, type MessageKey, type MessageParams } from './messages';
import type { Locale } from './money';
import { interventionIds } from './ids';
import type {
  DailyRate,
  GroupLimit,
  InterventionId,
  OfferedIntervention,
  RuleSet,
  SourceRef,
} from './rules-schema';

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const show = (v: unknown): string => {
  if (v === undefined) return 'ingenting/nothing';
  if (typeof v === 'number') return String(v);
  try {
    return JSON.stringify(v)?.slice(0, 40) ?? String(v);
  } catch {
    return typeof v;
  }
};

/** The rate of the `ordinal`-th period of an offered intervention (1-based). */
export function rateForPeriod(iv: OfferedIntervention, ordinal: number): DailyRate {
  let rate = iv.rate;
  for (const lp of iv.laterPeriods) if (ordinal >= lp.fromPeriod) rate = lp.rate;
  return rate;
}

function rateComponents(rate: DailyRate, iv: OfferedIntervention): RateComponent[] {
  if (rate.components) {
    return [
      { id: 'support', perDay: rate.components.support.amount, source: rate.components.support.source },
      { id: 'housing', perDay: rate.components.housing.amount, source: rate.components.housing.source },
    ];
  }
  return [{ id: iv.billing === 'paid-days' ? 'support' : 'daily-rate', perDay: rate.amount, source: rate.source }];
}

interface NormalPeriod {
  number: number;
  intervention: InterventionId | null;
  days: number;
  paidDays: number | null;
}

/**
 * Costs a plan under one year's rules. See the module comment and `calculators/README.md` for the rules.
 * Never throws for user input; the optional third argument chooses the language of the messages.
 */
export function calculateSupportCost(rules: RuleSet, plan: SupportPlan, options: CalculateOptions = {}): CostEstimate {
  const locale: Locale = options.locale === 'en' ? 'en' : 'sv';
  const year = rules.year;
  const problems: Problem[] = [];
  const lines: CostLine[] = [];
  const add = (
    code: ProblemCode,
    severity: 'error' | 'warning',
    key: MessageKey,
    params: MessageParams,
    field: string | null,
    period: number | null = null,
  ): void => {
    problems.push({ code, severity, message: message(key, params, locale), messageKey: key, field, period, params });
  };
  const finish = (): CostEstimate => {
    let total = 0;
    let afterYearEndTotal = 0;
    const byYear: Record<string, number> = {};
    for (const l of lines) {
      if (!l.afterYearEnd && !l.beforeYearStart) total += l.amount;
      if (l.afterYearEnd) afterYearEndTotal += l.amount;
      byYear[String(l.year)] = (byYear[String(l.year)] ?? 0) + l.amount;
    }
    return { rulesYear: year, total, lines, byYear, afterYearEndTotal, problems };
  };

  const raw: unknown = plan;
  if (!isRecord(raw)) {
    add('invalid-input', 'error', 'plan-not-object', {}, null);
    return finish();
  }

  // ---- validate and normalise the input --------------------------------------------------------
  const start = parseIsoDate(raw['start']);
  if (!start) add('invalid-input', 'error', 'start-invalid', { value: typeof raw['start'] === 'string' ? raw['start'].slice(0, 40) : '' }, 'start');

  let rawPeriods: unknown[] = [];
  if (!Array.isArray(raw['periods'])) {
    add('invalid-input', 'error', 'periods-not-list', {}, 'periods');
  } else {
    rawPeriods = raw['periods'];
    if (rawPeriods.length > LIMITS.maxPeriods) {
      add('invalid-input', 'error', 'too-many-periods', { count: rawPeriods.length, max: LIMITS.maxPeriods }, 'periods');
      rawPeriods = rawPeriods.slice(0, LIMITS.maxPeriods);
    }
  }
  const periods: NormalPeriod[] = rawPeriods.map((rp, i) => {
    const number = i + 1;
    const field = `periods.${i}`;
    if (!isRecord(rp)) {
      add('invalid-input', 'error', 'period-not-object', { period: number }, field, number);
      return { number, intervention: null, days: 0, paidDays: null };
    }
    const id = rp['intervention'];
    const intervention = (interventionIds as readonly unknown[]).includes(id) ? (id as InterventionId) : null;
    if (!intervention) add('invalid-input', 'error', 'unknown-intervention', { period: number, value: show(id) }, `${field}.intervention`, number);
    let days = 0;
    if (isWhole(rp['days'], LIMITS.maxPeriodDays)) days = rp['days'];
    else add('invalid-input', 'error', 'days-invalid', { period: number, value: show(rp['days']), max: LIMITS.maxPeriodDays }, `${field}.days`, number);
    let paidDays: number | null = null;
    if (rp['paidDays'] !== undefined && intervention) {
      const ivRules = rules.interventions[intervention];
      const paidBilling = ivRules.offered && ivRules.billing === 'paid-days';
      if (!paidBilling) {
        add('invalid-input', 'warning', 'paid-days-ignored', { period: number, intervention }, `${field}.paidDays`, number);
      } else if (isWhole(rp['paidDays'], days)) {
        paidDays = rp['paidDays'];
      } else {
        add('invalid-input', 'error', 'paid-days-invalid', { period: number, value: show(rp['paidDays']), days }, `${field}.paidDays`, number);
      }
    }
    return { number, intervention, days, paidDays };
  });

  let children = 0;
  if (isWhole(raw['children'], LIMITS.maxChildren)) children = raw['children'];
  else add('invalid-input', 'error', 'children-invalid', { value: show(raw['children']), max: LIMITS.maxChildren }, 'children');

  let extraDays = 0;
  if (raw['extraSupplementDays'] !== undefined) {
    if (isWhole(raw['extraSupplementDays'], LIMITS.maxExtraDays)) extraDays = raw['extraSupplementDays'];
    else add('invalid-input', 'error', 'extra-days-invalid', { value: show(raw['extraSupplementDays']), max: LIMITS.maxExtraDays }, 'extraSupplementDays');
  }
  let deduction = 0;
  if (raw['dailyDeduction'] !== undefined) {
    if (isWhole(raw['dailyDeduction'], LIMITS.maxDeduction)) deduction = raw['dailyDeduction'];
    else add('invalid-input', 'error', 'deduction-invalid', { value: show(raw['dailyDeduction']), max: LIMITS.maxDeduction }, 'dailyDeduction');
  }
  const points: { index: number; label: string; amount: number }[] = [];
  if (raw['pointInterventions'] !== undefined) {
    if (!Array.isArray(raw['pointInterventions'])) {
      add('invalid-input', 'error', 'points-not-list', {}, 'pointInterventions');
    } else {
      raw['pointInterventions'].slice(0, LIMITS.maxPointInterventions).forEach((pt: unknown, i: number) => {
        const field = `pointInterventions.${i}`;
        const rec = isRecord(pt) ? pt : {};
        const label = rec['label'];
        if (typeof label !== 'string' || label.length > LIMITS.maxLabelLength) {
          add('invalid-input', 'error', 'point-label-invalid', { index: i + 1, max: LIMITS.maxLabelLength }, `${field}.label`);
        }
        if (!isWhole(rec['amount'], LIMITS.maxPointAmount)) {
          add('invalid-input', 'error', 'point-invalid', { index: i + 1, value: show(rec['amount']), max: LIMITS.maxPointAmount }, `${field}.amount`);
          return;
        }
        points.push({ index: i + 1, label: typeof label === 'string' ? label.slice(0, LIMITS.maxLabelLength) : '', amount: rec['amount'] });
      });
    }
  }

  // ---- what this year does not document --------------------------------------------------------
  const extra = rules.extraSupplement.documented ? rules.extraSupplement : null;
  const ded = rules.dailyAllowanceDeduction.documented ? rules.dailyAllowanceDeduction : null;
  const child = rules.childSupplement.documented ? rules.childSupplement : null;
  if (extraDays > 0 && !extra) add('not-documented', 'warning', 'extra-not-documented', { year, value: extraDays }, 'extraSupplementDays');
  if (deduction > 0 && !ded) add('not-documented', 'warning', 'deduction-not-documented', { year, value: deduction }, 'dailyDeduction');
  if (children > 0 && !child) add('not-documented', 'warning', 'child-not-documented', { year }, 'children');

  if (!start) return finish();
  const startIso = formatIsoDate(start);
  if (start.year !== year) add('rules-year-mismatch', 'error', 'rules-year-mismatch', { start: startIso, year }, 'start');

  const yearEnd = `${year}-12-31`;
  const yearStart = `${year}-01-01`;
  const lineBase = (seg: DayRange) => ({
    from: seg.from,
    to: seg.to,
    days: seg.days,
    year: Number(seg.from.slice(0, 4)),
    afterYearEnd: seg.from > yearEnd,
    beforeYearStart: seg.to < yearStart,
  });
  const uncostedLines = (p: NormalPeriod, id: string, from: string, days: number, reason: UncostedReason): void => {
    if (days <= 0) return;
    for (const seg of splitAtYearEnds(from, addDays(from, days - 1))) {
      lines.push({ intervention: id, kind: 'intervention', period: p.number, label: null, ...lineBase(seg), paidDays: 0, perDay: 0, amount: 0, components: [], uncosted: reason });
    }
  };

  // ---- cost the periods ------------------------------------------------------------------------
  const periodCount = new Map<string, number>(); // by limit id (maxPeriods) or intervention id
  const daysUsed = new Map<string, number>(); // by limit id (maxDays)
  let extraLeft = extra ? extraDays : 0;
  let extraEligible = 0;
  let cursor = startIso;

  for (const p of periods) {
    if (p.days === 0 || p.intervention === null) continue;
    const id = p.intervention;
    const from = cursor;
    const to = addDays(from, p.days - 1);
    cursor = addDays(to, 1);

    if (to > yearEnd) {
      const afterFrom = from > yearEnd ? from : addDays(yearEnd, 1);
      const afterDays = p.days - (from > yearEnd ? 0 : inclusiveDayCount(from, yearEnd));
      add('crosses-year-end', 'warning', 'crosses-year-end', { period: p.number, intervention: id, year, days: afterDays, from: afterFrom }, `periods.${p.number - 1}.days`, p.number);
    }

    const iv = rules.interventions[id];
    if (!iv.offered) {
      add('not-offered', 'error', 'not-offered', { period: p.number, intervention: id, year, days: p.days }, `periods.${p.number - 1}.intervention`, p.number);
      uncostedLines(p, id, from, p.days, 'not-offered');
      continue;
    }

    // Period counts: every limit with maxPeriods that names this intervention.
    const countLimits: GroupLimit[] = rules.limits.filter((g) => g.maxPeriods && g.interventions.includes(id));
    let ordinal = 0;
    let overPeriods: { limit: GroupLimit; ordinal: number } | null = null;
    for (const g of countLimits) {
      const c = (periodCount.get(g.id) ?? 0) + 1;
      periodCount.set(g.id, c);
      if (ordinal === 0) ordinal = c;
      if (g.maxPeriods && c > g.maxPeriods.amount && !overPeriods) overPeriods = { limit: g, ordinal: c };
    }
    if (countLimits.length === 0) {
      ordinal = (periodCount.get(id) ?? 0) + 1;
      periodCount.set(id, ordinal);
    }
    if (overPeriods) {
      add('exceeds-max-periods', 'error', 'exceeds-max-periods', {
        period: p.number, intervention: id, ordinal: overPeriods.ordinal, max: overPeriods.limit.maxPeriods?.amount ?? 0,
        limit: overPeriods.limit.label[locale], year, days: p.days,
      }, `periods.${p.number - 1}`, p.number);
      uncostedLines(p, id, from, p.days, 'exceeds-max-periods');
      continue;
    }

    // Days: the period's own maximum, then any shared day limits.
    let costed = p.days;
    const maxPer = iv.maxDaysPerPeriod.amount;
    if (costed > maxPer) {
      add('exceeds-max-days', 'error', 'exceeds-max-days', { period: p.number, intervention: id, days: p.days, max: maxPer, excess: costed - maxPer, year }, `periods.${p.number - 1}.days`, p.number);
      costed = maxPer;
    }
    for (const g of rules.limits) {
      if (!g.maxDays || !g.interventions.includes(id)) continue;
      const used = daysUsed.get(g.id) ?? 0;
      const left = Math.max(0, g.maxDays.amount - used);
      if (costed > left) {
        add('exceeds-max-days', 'error', 'exceeds-group-days', { period: p.number, intervention: id, max: g.maxDays.amount, excess: costed - left, limit: g.label[locale], year }, `periods.${p.number - 1}.days`, p.number);
        costed = left;
      }
    }
    for (const g of rules.limits) {
      if (g.maxDays && g.interventions.includes(id)) daysUsed.set(g.id, (daysUsed.get(g.id) ?? 0) + costed);
    }

    const rate = rateForPeriod(iv, ordinal);
    const paidTotal = iv.billing === 'paid-days' ? Math.min(p.paidDays ?? p.days, costed) : costed;
    const dedPerDay = ded && ded.appliesTo.includes(id) ? Math.min(deduction, rate.amount) : 0;
    const childApplies = child !== null && children > 0 && child.appliesTo.includes(id);
    const extraApplies = extra !== null && extra.appliesTo.includes(id);

    if (costed > 0) {
      let daysBefore = 0;
      for (const seg of splitAtYearEnds(from, addDays(from, costed - 1))) {
        // Paid days spread evenly over the costed days (cumulative rounding keeps the sum exact).
        const paidBefore = Math.round((paidTotal * daysBefore) / costed);
        daysBefore += seg.days;
        const paid = Math.round((paidTotal * daysBefore) / costed) - paidBefore;
        const components = rateComponents(rate, iv);
        if (dedPerDay > 0) components.push({ id: 'deduction', perDay: -dedPerDay, source: null });
        const perDay = rate.amount - dedPerDay;
        lines.push({ intervention: id, kind: 'intervention', period: p.number, label: null, ...lineBase(seg), paidDays: paid, perDay, amount: paid * perDay, components, uncosted: null });
        if (childApplies && child) {
          lines.push({
            intervention: id, kind: 'child-supplement', period: p.number, label: null, ...lineBase(seg), paidDays: paid,
            perDay: child.rate.amount, amount: paid * child.rate.amount,
            components: [{ id: 'child-supplement', perDay: child.rate.amount, source: child.rate.source }], uncosted: null,
          });
        }
        if (extraApplies && extra) {
          extraEligible += paid;
          const k = Math.min(extraLeft, paid, seg.days);
          if (k > 0) {
            extraLeft -= k;
            const xs: DayRange = { from: seg.from, to: addDays(seg.from, k - 1), days: k };
            lines.push({
              intervention: id, kind: 'extra-supplement', period: p.number, label: null, ...lineBase(xs), paidDays: k,
              perDay: extra.rate.amount, amount: k * extra.rate.amount,
              components: [{ id: 'extra-supplement', perDay: extra.rate.amount, source: extra.rate.source }], uncosted: null,
            });
          }
        }
      }
    }
    if (costed < p.days) uncostedLines(p, id, addDays(from, costed), p.days - costed, 'exceeds-max-days');
  }

  if (extra && extraLeft > 0) {
    add('exceeds-max-days', 'warning', 'extra-days-exceed-eligible', { value: extraDays, eligible: extraEligible, excess: extraLeft }, 'extraSupplementDays');
  }

  // ---- point interventions ---------------------------------------------------------------------
  if (points.length > 0) {
    const pi = rules.pointInterventions;
    if (!pi.offered) {
      add('not-offered', 'error', 'points-not-offered', { year }, 'pointInterventions');
    } else {
      if (!pi.amountsPublished) add('not-documented', 'warning', 'points-not-published', { year }, 'pointInterventions');
      for (const pt of points) {
        lines.push({
          intervention: 'point', kind: 'point', period: null, label: pt.label, ...lineBase({ from: startIso, to: startIso, days: 0 }),
          paidDays: 0, perDay: 0, amount: pt.amount, components: [], uncosted: null,
        });
      }
    }
  }

  return finish();
}
