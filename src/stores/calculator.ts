import { atom, computed } from 'nanostores';
import {
  alignPlanToYear,
  calculateSupportCost,
  decodePlan,
  documentedInterventions,
  encodePlan,
  isYearDocumented,
  rulesForYear,
  sameDayInYear,
  type CostEstimate,
  type InterventionId,
  type Locale,
  type RuleSet,
  type SupportPlan,
} from '../../calculators/client';
import { rateYear, setRateYear } from './rate-year';

/**
 * The support cost calculator's state: the plan as the visitor types it (text, so that bad input
 * reaches the engine and comes back as a specific problem), the rule sets the page passed in, and
 * the estimate computed from both with the shared rules year. The island only reads these stores
 * and calls the actions below. Nothing here is written to storage: the plan leaves memory only
 * when the visitor asks for a link.
 */

/** One period as typed. `id` is stable across reordering (keys, focus). */
export interface PeriodDraft {
  id: number;
  intervention: InterventionId;
  days: string;
  /** Support only: the days support is given; empty = every day. */
  paidDays: string;
}

/** One point intervention as typed. */
export interface PointDraft {
  id: number;
  label: string;
  amount: string;
}

/** The whole plan as typed. */
export interface PlanDraft {
  start: string;
  periods: PeriodDraft[];
  children: string;
  extraSupplementDays: string;
  dailyDeduction: string;
  points: PointDraft[];
}

/** What happened to the plan link (shown next to the link buttons). */
export type LinkState =
  | { kind: 'none' }
  | { kind: 'restored'; year: number; yearDocumented: boolean }
  | { kind: 'damaged'; message: string }
  | { kind: 'written'; url: string; copied: boolean }
  | { kind: 'blocked' };

export const calcRuleSets = atom<readonly RuleSet[]>([]);
export const calcLocale = atom<Locale>('sv');
// Empty until initCalculator() sets the default plan for the selected year.
export const planDraft = atom<PlanDraft>({ start: '', periods: [], children: '0', extraSupplementDays: '', dailyDeduction: '', points: [] });
export const linkState = atom<LinkState>({ kind: 'none' });
/** A short text for the polite live region after a list change ("Period 2 moved up"). */
export const listAnnouncement = atom<string>('');

let nextId = 1;
const newId = (): number => nextId++;

/** The default plan for a year: a reflection period from 1 March of that year. */
export function emptyDraft(year: string): PlanDraft {
  return {
    start: `${year}-03-01`,
    periods: [{ id: newId(), intervention: 'reflection', days: '30', paidDays: '' }],
    children: '0',
    extraSupplementDays: '',
    dailyDeduction: '',
    points: [],
  };
}

/**
 * A typed number for the engine: whole numbers (spaces allowed as thousands separators) become
 * numbers, other numbers too (the engine then names them as negative or fractional), and anything
 * else stays text so the engine's message can quote it.
 */
export function typedNumber(text: string): number | string {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return text.trim();
}

const optionalNumber = (text: string): number | string | undefined => (text.trim() === '' ? undefined : typedNumber(text));

/** The plan the engine reads. Fields left empty mean "none" where the engine allows it. */
export function draftToPlan(d: PlanDraft): SupportPlan {
  const plan = {
    start: d.start,
    periods: d.periods.map((p) => {
      const paid = p.intervention === 'support-only' ? optionalNumber(p.paidDays) : undefined;
      return { intervention: p.intervention, days: typedNumber(p.days), ...(paid !== undefined ? { paidDays: paid } : {}) };
    }),
    children: d.children.trim() === '' ? 0 : typedNumber(d.children),
    ...(optionalNumber(d.extraSupplementDays) !== undefined ? { extraSupplementDays: optionalNumber(d.extraSupplementDays) } : {}),
    ...(optionalNumber(d.dailyDeduction) !== undefined ? { dailyDeduction: optionalNumber(d.dailyDeduction) } : {}),
    ...(d.points.length > 0 ? { pointInterventions: d.points.map((pt) => ({ label: pt.label, amount: typedNumber(pt.amount) })) } : {}),
  };
  // Text in a number field is deliberate: the engine validates unknown input and reports it.
  return plan as unknown as SupportPlan;
}

/** A decoded plan back into text fields. */
export function planToDraft(plan: SupportPlan): PlanDraft {
  return {
    start: plan.start,
    periods: plan.periods.map((p) => ({
      id: newId(),
      intervention: p.intervention,
      days: String(p.days),
      paidDays: p.paidDays === undefined ? '' : String(p.paidDays),
    })),
    children: String(plan.children),
    extraSupplementDays: plan.extraSupplementDays === undefined ? '' : String(plan.extraSupplementDays),
    dailyDeduction: plan.dailyDeduction === undefined ? '' : String(plan.dailyDeduction),
    points: (plan.pointInterventions ?? []).map((pt) => ({ id: newId(), label: pt.label, amount: String(pt.amount) })),
  };
}

/** The rule set of the selected year, or undefined before start-up. */
export const selectedRules = computed([calcRuleSets, rateYear], (sets, year) => (year ? rulesForYear(sets, Number(year)) : undefined));

/** The plan as the engine reads it. */
export const currentPlan = computed(planDraft, draftToPlan);

/** The estimate under the selected year's rules; `null` until the rules are known. */
export const estimate = computed([selectedRules, currentPlan, calcLocale], (rules, plan, locale): CostEstimate | null =>
  rules ? calculateSupportCost(rules, plan, { locale }) : null,
);

/** The same plan under each documented year's rules, its start moved to the same day of that year. */
export const comparison = computed([calcRuleSets, currentPlan, calcLocale], (sets, plan, locale) =>
  [...sets]
    .sort((a, b) => a.year - b.year)
    .map((rules) => {
      const aligned = alignPlanToYear(plan, rules.year);
      return { year: rules.year, start: aligned.start, estimate: calculateSupportCost(rules, aligned, { locale }) };
    }),
);

// ── start-up ─────────────────────────────────────────────────────────────────────────────────

let unlistenYear: (() => void) | undefined;

/**
 * Called by the island once with the page's data. The plan follows the shared rules year: when the
 * year changes anywhere (here, the status bar, a rate table) a start date in the old year moves to
 * the same day of the new year; a start the visitor set in another year is left alone.
 */
export function initCalculator(ruleSets: readonly RuleSet[], locale: Locale): void {
  calcRuleSets.set(ruleSets);
  calcLocale.set(locale);
  const year = rateYear.get();
  if (year) planDraft.set(emptyDraft(year));
  unlistenYear?.();
  unlistenYear = rateYear.listen((next, previous) => {
    if (!next || !previous || next === previous) return;
    const d = planDraft.get();
    if (d.start.startsWith(`${previous}-`)) {
      try {
        planDraft.set({ ...d, start: sameDayInYear(d.start, Number(next)) });
      } catch {
        // An invalid start date stays as typed; the engine reports it.
      }
    }
  });
}

// ── actions ──────────────────────────────────────────────────────────────────────────────────

const update = (patch: Partial<PlanDraft>): void => planDraft.set({ ...planDraft.get(), ...patch });

export function setStart(value: string): void {
  update({ start: value });
}

export type PlanTextField = 'children' | 'extraSupplementDays' | 'dailyDeduction';
export function setPlanField(field: PlanTextField, value: string): void {
  update({ [field]: value });
}

/** Adds a period after the others: the reflection period first, then extended support, at its maximum length. */
export function addPeriod(): PeriodDraft {
  const d = planDraft.get();
  const offered = documentedInterventions(selectedRules.get() ?? calcRuleSets.get()[0] ?? ({} as RuleSet));
  const wanted: InterventionId = d.periods.length === 0 ? 'reflection' : 'extended';
  const pick = offered.find((o) => o.id === wanted) ?? offered[0];
  const period: PeriodDraft = { id: newId(), intervention: pick?.id ?? wanted, days: String(pick?.maxDays ?? 30), paidDays: '' };
  update({ periods: [...d.periods, period] });
  return period;
}

export function removePeriod(id: number): void {
  update({ periods: planDraft.get().periods.filter((p) => p.id !== id) });
}

/** Moves a period one place up (-1) or down (+1); returns false at either end. */
export function movePeriod(id: number, step: -1 | 1): boolean {
  const periods = [...planDraft.get().periods];
  const i = periods.findIndex((p) => p.id === id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= periods.length) return false;
  const [moved] = periods.splice(i, 1);
  if (!moved) return false;
  periods.splice(j, 0, moved);
  update({ periods });
  return true;
}

export function updatePeriod(id: number, patch: Partial<Omit<PeriodDraft, 'id'>>): void {
  update({ periods: planDraft.get().periods.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
}

export function addPoint(): PointDraft {
  const point: PointDraft = { id: newId(), label: '', amount: '' };
  update({ points: [...planDraft.get().points, point] });
  return point;
}

export function removePoint(id: number): void {
  update({ points: planDraft.get().points.filter((p) => p.id !== id) });
}

export function updatePoint(id: number, patch: Partial<Omit<PointDraft, 'id'>>): void {
  update({ points: planDraft.get().points.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
}

export function announce(text: string): void {
  listAnnouncement.set(text);
}

/** Back to the default plan for the selected year. */
export function resetPlan(): void {
  planDraft.set(emptyDraft(rateYear.get() ?? String(calcRuleSets.get().at(-1)?.year ?? '')));
  linkState.set({ kind: 'none' });
}

// ── the plan link ────────────────────────────────────────────────────────────────────────────

/**
 * The fragment for the current plan, or `null` when the plan has input errors (a link to a plan
 * that cannot be read back would be a broken link).
 */
export function planFragment(): string | null {
  const est = estimate.get();
  if (!est || est.problems.some((p) => p.code === 'invalid-input')) return null;
  return encodePlan(currentPlan.get(), est.rulesYear);
}

/** Records that the visitor asked for a link (the island writes it into the address bar). */
export function linkWritten(url: string, copied: boolean): void {
  linkState.set({ kind: 'written', url, copied });
}

export function linkBlocked(): void {
  linkState.set({ kind: 'blocked' });
}

/**
 * Restores a plan from a URL fragment. A damaged fragment leaves the defaults and says why.
 * A link made under a year without rules restores the plan under the selected year and says so.
 */
export function restoreFromFragment(fragment: string): void {
  const result = decodePlan(fragment, { locale: calcLocale.get() });
  if (!result.ok) {
    resetPlan();
    linkState.set({ kind: 'damaged', message: result.message });
    return;
  }
  const documented = isYearDocumented(calcRuleSets.get(), result.year);
  if (documented) setRateYear(String(result.year));
  planDraft.set(planToDraft(result.plan));
  linkState.set({ kind: 'restored', year: result.year, yearDocumented: documented });
}
