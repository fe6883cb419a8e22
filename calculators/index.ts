/**
 * Public API of the calculators. Keep these names stable: the site and other checks import them.
 * Pure TypeScript + zod; no DOM, no Astro. `client.ts` holds every export that needs no zod (the
 * browser imports that); this file adds the zod schemas and the parsers.
 */
import { ruleSetSchema, type RuleSet } from './rules-schema';

export * from './client';
export { ruleSetSchema, interventionIdSchema, basisSchema, claimBasisSchema } from './rules-schema';
export { programmeSchema, parseProgramme } from './programme-schema';

/**
 * Parses a rates file (already read from YAML). Throws an Error naming every bad field by its
 * dotted path, e.g. `interventions.reflection.rate.amount: Too small: expected number to be >=0`.
 */
export function parseRuleSet(raw: unknown, fileName = 'rates file'): RuleSet {
  const r = ruleSetSchema.safeParse(raw);
  if (r.success) return r.data;
  const detail = r.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new Error(`Invalid ${fileName}: ${detail}`);
}
