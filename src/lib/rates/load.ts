import { getCollection } from 'astro:content';
import { undocumentedYears, type RuleSet } from '../../../calculators';

let cache: Promise<RuleSet[]> | undefined;

/** Every documented year's rules (one per file in content/rates/), oldest first. */
export function allRuleSets(): Promise<RuleSet[]> {
  cache ??= getCollection('rates').then((entries) => entries.map((e) => e.data).sort((a, b) => a.year - b.year));
  return cache;
}

/** The newest documented year's rules: what the pages call "the current year". */
export async function newestRuleSet(): Promise<RuleSet> {
  const sets = await allRuleSets();
  const newest = sets.at(-1);
  if (!newest) throw new Error('content/rates/ has no year files: add at least one <year>.yaml');
  return newest;
}

/**
 * The years the rules-year controls offer (the workbench's settings and status bar, the palette):
 * each documented year, from the same collection as the rates pages so the two always agree, and
 * the years between them without rules, which the controls name as undocumented.
 */
export async function ruleYears(): Promise<{ years: string[]; gaps: string[] }> {
  const ruleSets = await allRuleSets();
  return { years: ruleSets.map((r) => String(r.year)), gaps: undocumentedYears(ruleSets).map(String) };
}

/** Every year from the first documented one to the last, in order, each saying whether it has rules: what the rules-year lists show. */
export async function ruleYearSpan(): Promise<{ year: string; documented: boolean }[]> {
  const { years, gaps } = await ruleYears();
  return [...years, ...gaps].sort().map((year) => ({ year, documented: years.includes(year) }));
}
