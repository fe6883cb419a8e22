/**
 * Checking own amounts and reading and writing their files. This module carries zod and the YAML
 * library, so the calculator loads it only when the user turns to own amounts. The check is the
 * schema every `content/rates/<year>.yaml` passes at build time (`ruleSetSchema`, as `parseRuleSet`
 * uses), plus one rule of its own: own amounts are for a year the guide has no rules for.
 */
// First: the schemas below must be built without eval (the CSP forbids it).
import './zod-jitless';
import { ruleSetSchema, type RuleSet } from './rules-schema';
import { parse, stringify } from 'yaml';

/** One thing wrong, at a dotted path of the rule set (`year`, `interventions.reflection.rate.amount`, …). */
export interface OwnIssue {
  path: string;
  /** `too_small`, `too_big`, `invalid_type`, `not_integer`, `documented_year`, or another schema code. */
  code: string;
  /** The schema's own words (English), for codes the page has no text of its own for. */
  message: string;
  /** The bound or type the message names. */
  params: { minimum?: number; maximum?: number; year?: number };
}

export type OwnCheck = { ok: true; rules: RuleSet } | { ok: false; issues: OwnIssue[] };

/** Validates a rule set the user wrote or opened. Never throws. */
export function checkOwnRuleSet(raw: unknown, documentedYears: readonly number[]): OwnCheck {
  const result = ruleSetSchema.safeParse(raw);
  const year = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['year'] : undefined;
  // Said whether or not the rest is right, so the year's problem shows at once.
  const yearIssues: OwnIssue[] =
    typeof year === 'number' && documentedYears.includes(year) ? [{ path: 'year', code: 'documented_year', message: `the guide has rules for ${year}`, params: { year } }] : [];
  if (!result.success) return { ok: false, issues: [...yearIssues, ...result.error.issues.map((i) => toIssue(i as unknown as RawIssue))] };
  if (yearIssues.length > 0) return { ok: false, issues: yearIssues };
  return { ok: true, rules: result.data };
}

/** A zod issue as read here: its path, code and message, and any bound it names. */
type RawIssue = { path: PropertyKey[]; code: string; message: string } & Record<string, unknown>;

function toIssue(i: RawIssue): OwnIssue {
  const path = i.path.map(String).join('.') || '(root)';
  const num = (v: unknown): number | undefined => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined);
  const notInteger = i.code === 'invalid_type' && i['expected'] === 'int';
  const params: OwnIssue['params'] = {};
  const minimum = num(i['minimum']);
  const maximum = num(i['maximum']);
  if (minimum !== undefined) params.minimum = minimum;
  if (maximum !== undefined) params.maximum = maximum;
  return { path, code: notInteger ? 'not_integer' : i.code, message: i.message, params };
}

/** A saved file's text (YAML or JSON, which YAML reads too) as data; `null` when it cannot be read. */
export function readOwnFile(text: string): { ok: true; raw: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, raw: parse(text, { maxAliasCount: 50 }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}

/** An own rule set as YAML, the format of `content/rates/<year>.yaml`. */
export function ownYaml(raw: unknown): string {
  return stringify(raw);
}
