import { atom, computed } from 'nanostores';
import { sameDayInYear } from '../../calculators/dates';
import { calculateSupportCost } from '../../calculators/engine';
import { decodePlan, encodePlan } from '../../calculators/plan-codec';
import { alignPlanToYear, documentedInterventions, isYearDocumented, rulesForYear } from '../../calculators/rule-queries';
import type { CostEstimate, InterventionId, Locale, RuleSet, SupportPlan } from '../../calculators/client';
import type { OwnConversion } from '../../calculators/own-amounts';
import type { OwnCheck, OwnIssue } from '../../calculators/own-amounts-check';
import { typedFigure } from '../../calculators/typed-figure';
import { daysUntil, periodStarts } from '../../calculators/period-dates';
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
  /** A last day typed that gives no days (before the period's first day); `null` when the days hold. */
  lastDayTyped?: string | null;
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
 * else stays text so the engine's message can quote it. The same reading as own amounts' figures.
 */
export const typedNumber = typedFigure;

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

// ── own amounts ──────────────────────────────────────────────────────────────────────────────

/** Own amounts as typed: the rule set they start from, the year and each figure's text by path. */
export interface OwnDraft {
  base: RuleSet;
  year: string;
  values: Record<string, string>;
}

/** What happened to the last own-amounts file opened. */
export type OwnFileState = { kind: 'none' } | { kind: 'opened'; name: string; converted: OwnConversion[] } | { kind: 'damaged'; name: string; issues: OwnIssue[]; readError: string | null };

/** Whether the plan is costed with the user's own amounts instead of a documented year's rules. */
export const ownActive = atom(false);
export const ownDraft = atom<OwnDraft | null>(null);
export const ownFile = atom<OwnFileState>({ kind: 'none' });
/**
 * The code behind own amounts: building and marking them (own-amounts.ts) and their schema check
 * (own-amounts-check.ts, with zod and the YAML library). Loaded the first time own amounts are
 * used, so a visitor who never uses them never loads it; own amounts are only ever active once it
 * has loaded.
 */
interface OwnTools {
  own: typeof import('../../calculators/own-amounts');
  check: typeof import('../../calculators/own-amounts-check');
}
const ownTools = atom<OwnTools | null>(null);
/** Set when the own-amounts code could not be fetched the last time a visitor turned to them. */
export const ownUnavailable = atom(false);
let loadingTools: Promise<OwnTools> | null = null;
function loadOwnTools(): Promise<OwnTools> {
  loadingTools ??= Promise.all([import('../../calculators/own-amounts'), import('../../calculators/own-amounts-check')]).then(
    ([own, check]) => {
      const tools = { own, check };
      ownTools.set(tools);
      return tools;
    },
    (error: unknown) => {
      // A failed fetch (offline, a new deploy) may succeed on the next try.
      loadingTools = null;
      throw error;
    },
  );
  return loadingTools;
}

/** The own rule set as the user's figures make it (before the check). */
export const ownRaw = computed([ownDraft, ownTools], (d, tools) => (d && tools ? tools.own.buildOwnRuleSet(d.base, d.year, d.values) : null));

/** The check of the own amounts; `null` until the checker has loaded or while there are none. */
export const ownCheck = computed([ownRaw, ownTools, calcRuleSets], (raw, tools, sets): OwnCheck | null =>
  raw && tools ? tools.check.checkOwnRuleSet(raw, sets.map((r) => r.year)) : null,
);

/** The rule set of the selected year (or the user's own amounts), or undefined before start-up or while own amounts have errors. */
export const selectedRules = computed([calcRuleSets, rateYear, ownActive, ownCheck], (sets, year, own, check) => {
  if (own) return check?.ok ? check.rules : undefined;
  return year ? rulesForYear(sets, Number(year)) : undefined;
});

/** The plan as the engine reads it. */
export const currentPlan = computed(planDraft, draftToPlan);

/** The estimate under the selected year's rules; `null` until the rules are known. */
export const estimate = computed([selectedRules, currentPlan, calcLocale, ownActive, ownTools], (rules, plan, locale, own, tools): CostEstimate | null => {
  if (!rules) return null;
  const e = calculateSupportCost(rules, plan, { locale });
  if (!own) return e;
  // Own rules come only from the checked own amounts, so their tools have loaded.
  return tools ? tools.own.markOwn(e) : null;
});

/**
 * The same plan under each documented year's rules, its start moved to the same day of that year,
 * and under the user's own amounts (valid ones) as one more column marked `own`.
 */
export const comparison = computed([calcRuleSets, currentPlan, calcLocale, ownActive, ownCheck, ownTools], (sets, plan, locale, own, check, tools) => {
  const rows = [...sets]
    .sort((a, b) => a.year - b.year)
    .map((rules) => {
      const aligned = alignPlanToYear(plan, rules.year);
      return { year: rules.year, start: aligned.start, estimate: calculateSupportCost(rules, aligned, { locale }), own: false };
    });
  if (own && check?.ok && tools) {
    const aligned = alignPlanToYear(plan, check.rules.year);
    rows.push({ year: check.rules.year, start: aligned.start, estimate: tools.own.markOwn(calculateSupportCost(check.rules, aligned, { locale })), own: true });
  }
  return rows;
});

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
    if (ownActive.get()) {
      // A year chosen elsewhere (the status bar) leaves own amounts for that year's rules.
      ownActive.set(false);
      moveStart(ownDraft.get()?.year.trim(), next);
      return;
    }
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

/** A start date in `from` moves to the same day of `to`; a start in another year stays as typed. */
function moveStart(from: string | number | undefined, to: string | number): void {
  const d = planDraft.get();
  if (from === undefined || String(from) === String(to) || !d.start.startsWith(`${from}-`) || !/^\d{4}$/.test(String(to))) return;
  try {
    planDraft.set({ ...d, start: sameDayInYear(d.start, Number(to)) });
  } catch {
    // An invalid start date stays as typed; the engine reports it.
  }
}

/** The year the plan is costed in: the own year while own amounts are used, else the rules year. */
function planYear(): string | undefined {
  return ownActive.get() ? ownDraft.get()?.year.trim() : rateYear.get();
}

/**
 * Sets a period's length by its last day (inclusive). A last day before the period's first day
 * gives no days: it is kept as typed, with a problem, and the days stay as they were.
 */
export function setLastDay(id: number, last: string): void {
  const d = planDraft.get();
  const i = d.periods.findIndex((p) => p.id === id);
  const from = periodStarts(d.start, d.periods.map((p) => typedNumber(p.days)))[i];
  if (i < 0 || !from || last === '') return;
  const days = daysUntil(from, last);
  updatePeriod(id, days === null ? { lastDayTyped: last } : { days: String(days), lastDayTyped: null });
}

/** A documented year's rules again (leaving own amounts, which stay for the session's page). */
export function chooseDocumentedYear(year: string): void {
  const before = planYear();
  if (!setRateYear(year)) return;
  ownActive.set(false);
  // A year chosen instead: the message about own amounts that could not load is no longer news.
  ownUnavailable.set(false);
  moveStart(before, year);
}

/** The newest documented year's rules, for a new set of own amounts. */
const latestRules = (): RuleSet | undefined => [...calcRuleSets.get()].sort((a, b) => a.year - b.year).at(-1);

/**
 * Turns to own amounts. The first time, they start from the latest documented year's figures, for
 * this calendar year if the guide has no rules for it (else the year after the latest).
 */
export async function chooseOwnAmounts(): Promise<void> {
  const before = planYear();
  let own: OwnTools['own'];
  try {
    ({ own } = await loadOwnTools());
    ownUnavailable.set(false);
  } catch {
    // Nothing changes: the plan stays under the documented year's rules, and the form says why.
    ownUnavailable.set(true);
    return;
  }
  if (!ownDraft.get()) {
    const base = latestRules();
    if (!base) return;
    const now = new Date().getFullYear();
    const year = isYearDocumented(calcRuleSets.get(), now) ? base.year + 1 : now;
    ownDraft.set({ base, year: String(Math.max(year, base.year + 1)), values: own.ownValues(base) });
  }
  ownActive.set(true);
  moveStart(before, ownDraft.get()?.year.trim() ?? '');
}

export function setOwnYear(year: string): void {
  const d = ownDraft.get();
  if (!d) return;
  const before = d.year.trim();
  ownDraft.set({ ...d, year });
  moveStart(before, year.trim());
}

export function setOwnValue(path: string, text: string): void {
  const d = ownDraft.get();
  if (d) ownDraft.set({ ...d, values: { ...d.values, [path]: text } });
}

/** The own amounts as a file's text, in the rates-file format. */
export async function ownFileText(format: 'json' | 'yaml'): Promise<string | null> {
  const raw = ownRaw.get();
  if (!raw) return null;
  const tools = await loadOwnTools();
  return format === 'json' ? tools.own.ownJson(raw) : tools.check.ownYaml(raw);
}

/**
 * Opens a saved file of own amounts. A file that cannot be read or fails the check changes
 * nothing (neither the plan nor the amounts in the form) and says which field is wrong.
 */
export async function openOwnFile(name: string, text: string): Promise<boolean> {
  const { own, check: checker } = await loadOwnTools();
  const read = checker.readOwnFile(text);
  if (!read.ok) {
    ownFile.set({ kind: 'damaged', name, issues: [], readError: read.message });
    return false;
  }
  // A file saved before limits were counted in days is brought up to date; the page lists what changed.
  const { raw, converted } = own.upgradeOwnRuleSet(read.raw);
  const check = checker.checkOwnRuleSet(raw, calcRuleSets.get().map((r) => r.year));
  if (!check.ok) {
    ownFile.set({ kind: 'damaged', name, issues: check.issues, readError: null });
    return false;
  }
  const before = planYear();
  ownDraft.set({ base: check.rules, year: String(check.rules.year), values: own.ownValues(check.rules) });
  ownActive.set(true);
  ownFile.set({ kind: 'opened', name, converted });
  moveStart(before, check.rules.year);
  return true;
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
  planDraft.set(emptyDraft(planYear() ?? String(calcRuleSets.get().at(-1)?.year ?? '')));
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
