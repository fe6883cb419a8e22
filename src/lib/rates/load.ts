import { getCollection } from 'astro:content';
import type { RuleSet } from '../../../calculators';

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
