/**
 * Own amounts: a rule set the user writes for a year the guide has no rates file for, starting
 * from a documented year's rules. It has the shape of `content/rates/<year>.yaml`, so it goes
 * through the same schema (own-amounts-check.ts, loaded only when needed: it carries zod) and can
 * be saved to a file and opened again. Zod-free: the calculator's first JavaScript stays small.
 */
import type { CostEstimate } from './engine';
import { interventionIds } from './ids';
import type { InterventionId, RuleSet } from './rules-schema';

/** What an editable figure is. */
export type OwnFieldKind = 'rate' | 'maxDays' | 'groupDays' | 'groupPeriods' | 'child' | 'extra';

/** One figure the user can set: where it sits in the rule set (dotted path) and what it is. */
export interface OwnField {
  /** Dotted path in the rule set, e.g. `interventions.reflection.rate.amount`; also the field's key. */
  path: string;
  kind: OwnFieldKind;
  /** The intervention it belongs to, for rate and maxDays. */
  intervention?: InterventionId;
  /** The limit's place in `limits`, for groupDays and groupPeriods. */
  limit?: number;
}

/** The figures of a rule set the user can set: rates and longest periods, shared limits, supplements. */
export function ownFields(rules: RuleSet): OwnField[] {
  const fields: OwnField[] = [];
  for (const id of interventionIds) {
    if (!rules.interventions[id].offered) continue;
    fields.push({ path: `interventions.${id}.rate.amount`, kind: 'rate', intervention: id });
    fields.push({ path: `interventions.${id}.maxDaysPerPeriod.amount`, kind: 'maxDays', intervention: id });
  }
  rules.limits.forEach((g, i) => {
    if (g.maxDays) fields.push({ path: `limits.${i}.maxDays.amount`, kind: 'groupDays', limit: i });
    if (g.maxPeriods) fields.push({ path: `limits.${i}.maxPeriods.amount`, kind: 'groupPeriods', limit: i });
  });
  if (rules.childSupplement.documented) fields.push({ path: 'childSupplement.rate.amount', kind: 'child' });
  if (rules.extraSupplement.documented) fields.push({ path: 'extraSupplement.rate.amount', kind: 'extra' });
  return fields;
}

/** The value at a dotted path, or `undefined`. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The fields' current values as text, to fill the form. */
export function ownValues(rules: RuleSet): Record<string, string> {
  return Object.fromEntries(ownFields(rules).map((f) => [f.path, String(valueAt(rules, f.path) ?? '')]));
}

/**
 * A typed figure as the schema should see it: a whole number where the text is one (spaces as
 * thousands separators allowed), another number as such, anything else as the text, so that the
 * schema's message names what is wrong.
 */
export function typedFigure(text: string): number | string {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text.trim();
}

/**
 * The rule set the user's figures make: `base` with the year and every field's value replaced and
 * the title saying whose amounts they are. A rate the user set is one figure: its split into
 * support and housing (which must add up to it) is dropped, as the user gives no split.
 */
export function buildOwnRuleSet(base: RuleSet, year: string, values: Readonly<Record<string, string>>): Record<string, unknown> {
  const raw = structuredClone(base) as unknown as Record<string, unknown>;
  raw['year'] = typedFigure(year);
  raw['title'] = { sv: `Egna belopp för ${year.trim()}, ingen källa`, en: `Own amounts for ${year.trim()}, from no source` };
  // No editor checked the user's figures against a source: the base year's review date is not theirs.
  delete raw['reviewed'];
  for (const [path, text] of Object.entries(values)) {
    const keys = path.split('.');
    const last = keys.pop();
    const parent = valueAt(raw, keys.join('.'));
    if (last === undefined || parent === null || typeof parent !== 'object') continue;
    (parent as Record<string, unknown>)[last] = typedFigure(text);
    if (last === 'amount' && keys.at(-1) === 'rate') delete (parent as Record<string, unknown>)['components'];
  }
  return raw;
}

/**
 * An estimate made with own amounts, as every output must show it: no figure has a source, each
 * is the user's own.
 */
export function markOwn(estimate: CostEstimate): CostEstimate {
  return {
    ...estimate,
    lines: estimate.lines.map((l) => ({ ...l, components: l.components.map((c) => ({ id: c.id, perDay: c.perDay, source: null, own: true })) })),
  };
}

/** An own rule set as a file's text: JSON here; YAML is written by own-amounts-check.ts with the yaml library. */
export function ownJson(raw: unknown): string {
  return `${JSON.stringify(raw, null, 2)}\n`;
}
