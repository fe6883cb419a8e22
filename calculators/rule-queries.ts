/**
 * What a year's rules offer, asked the way the UI needs it. Zod-free (types only), so the browser
 * bundle of the calculator stays small; `index.ts` re-exports everything here.
 */
import { sameDayInYear } from './dates';
import type { SupportPlan } from './types';
import { interventionIds } from './ids';
import type { Bilingual, InterventionId, RuleSet } from './rules-schema';

/** An intervention a year offers, with what the UI needs to show and limit it. */
export interface DocumentedIntervention {
  id: InterventionId;
  label: Bilingual;
  /** Longest period in days. */
  maxDays: number;
  /** Adult SEK per day of the first period. */
  rate: number;
  /** `paid-days` for support only (ask for the days support is given). */
  billing: 'day' | 'paid-days';
  /** Whether the child supplement is paid on its days. */
  childSupplement: boolean;
}

/** The interventions a year's rules offer, in the fixed order of `interventionIds`. */
export function documentedInterventions(rules: RuleSet): DocumentedIntervention[] {
  const out: DocumentedIntervention[] = [];
  for (const id of interventionIds) {
    const iv = rules.interventions[id];
    if (!iv.offered) continue;
    out.push({
      id,
      label: iv.label,
      maxDays: iv.maxDaysPerPeriod.amount,
      rate: iv.rate.amount,
      billing: iv.billing,
      childSupplement: childSupplementApplies(rules, id),
    });
  }
  return out;
}

/** The longest period of an intervention in days, or `null` if the year does not offer it. */
export function maxDays(rules: RuleSet, id: InterventionId): number | null {
  const iv = rules.interventions[id];
  return iv.offered ? iv.maxDaysPerPeriod.amount : null;
}

/** Whether the year's child supplement is paid on the days of an intervention. */
export function childSupplementApplies(rules: RuleSet, id: InterventionId): boolean {
  return rules.childSupplement.documented && rules.childSupplement.appliesTo.includes(id);
}

/** Whether a plan field can be used under these rules (the UI hides the others and says "not documented"). */
export function planFieldsAvailable(rules: RuleSet): { extraSupplementDays: boolean; dailyDeduction: boolean; children: boolean; pointInterventions: boolean } {
  return {
    extraSupplementDays: rules.extraSupplement.documented,
    dailyDeduction: rules.dailyAllowanceDeduction.documented,
    children: rules.childSupplement.documented,
    pointInterventions: rules.pointInterventions.offered,
  };
}

/** The documented years of a set of rule sets, ascending. */
export function documentedYears(ruleSets: readonly RuleSet[]): number[] {
  return [...new Set(ruleSets.map((r) => r.year))].sort((a, b) => a - b);
}

/** Years between the first and last documented year that have no rates file (e.g. 2023). */
export function undocumentedYears(ruleSets: readonly RuleSet[]): number[] {
  const years = documentedYears(ruleSets);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: number[] = [];
  for (let y = first; y <= last; y++) if (!years.includes(y)) out.push(y);
  return out;
}

/** Whether a year has a rates file among `ruleSets`. */
export function isYearDocumented(ruleSets: readonly RuleSet[], year: number): boolean {
  return ruleSets.some((r) => r.year === year);
}

/** The rule set of a year, or `undefined` when the year is not documented. */
export function rulesForYear(ruleSets: readonly RuleSet[], year: number): RuleSet | undefined {
  return ruleSets.find((r) => r.year === year);
}

/**
 * The same plan moved to start on the same day in another year (29 Feb → 28 Feb), so it can be
 * compared under that year's rules without a `rules-year-mismatch`. An invalid start is kept as is.
 */
export function alignPlanToYear(plan: SupportPlan, year: number): SupportPlan {
  try {
    return { ...plan, start: sameDayInYear(plan.start, year) };
  } catch {
    return plan;
  }
}
