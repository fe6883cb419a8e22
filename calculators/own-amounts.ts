/**
 * Own amounts: a rule set the user writes for a year the guide has no rates file for, starting
 * from a documented year's rules. It has the shape of `content/rates/<year>.yaml`, so it goes
 * through the same schema (own-amounts-check.ts, loaded only when needed: it carries zod) and can
 * be saved to a file and opened again. Zod-free: the calculator's first JavaScript stays small.
 */
import type { CostEstimate } from './types';
import { interventionIds } from './ids';
import type { InterventionId, RuleSet } from './rules-schema';
// The plan's fields read typed numbers the same way (from typed-figure.ts, which keeps this file
// out of the calculator's first JavaScript).
import { typedFigure } from './typed-figure';

/** What an editable figure is. */
export type OwnFieldKind = 'rate' | 'maxDays' | 'stepRate' | 'stepDays' | 'groupDays' | 'child' | 'extra';

/** One figure the user can set: where it sits in the rule set (dotted path) and what it is. */
export interface OwnField {
  /** Dotted path in the rule set, e.g. `interventions.reflection.rate.amount`; also the field's key. */
  path: string;
  kind: OwnFieldKind;
  /** The intervention it belongs to, for rate and maxDays. */
  intervention?: InterventionId;
  /** The limit's place in `limits`, for groupDays. */
  limit?: number;
  /** The rate step's place in the intervention's `rateSteps`, for stepRate and stepDays. */
  step?: number;
}

/** The figures of a rule set the user can set: rates and longest periods, shared limits, supplements. */
export function ownFields(rules: RuleSet): OwnField[] {
  const fields: OwnField[] = [];
  for (const id of interventionIds) {
    if (!rules.interventions[id].offered) continue;
    fields.push({ path: `interventions.${id}.rate.amount`, kind: 'rate', intervention: id });
    fields.push({ path: `interventions.${id}.maxDaysPerPeriod.amount`, kind: 'maxDays', intervention: id });
    const iv = rules.interventions[id];
    iv.rateSteps.forEach((_, step) => {
      fields.push({ path: `interventions.${id}.rateSteps.${step}.afterDays.amount`, kind: 'stepDays', intervention: id, step });
      fields.push({ path: `interventions.${id}.rateSteps.${step}.rate.amount`, kind: 'stepRate', intervention: id, step });
    });
  }
  rules.limits.forEach((_, i) => fields.push({ path: `limits.${i}.maxDays.amount`, kind: 'groupDays', limit: i }));
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

/** A field of a file saved before limits were counted in days, and what it became. */
export interface OwnConversion {
  /** The old field's path (`limits.1.maxPeriods.amount`, `interventions.extended.laterPeriods.0.fromPeriod`). */
  from: string;
  /** The field it became, which the user should check (`limits.1.maxDays.amount`, …). */
  to: string;
  /** The old figure (periods, or a period number). */
  was: number;
  /** The new figure (days). */
  now: number;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The longest period, in days, of the interventions `ids` in a raw rule set (0 if none is readable). */
function longestPeriod(raw: Obj, ids: unknown): number {
  const ivs = obj(raw['interventions']) ?? {};
  const days = (Array.isArray(ids) ? ids : []).map((id) => num(obj(obj(ivs[String(id)])?.['maxDaysPerPeriod'])?.['amount']) ?? 0);
  return Math.max(0, ...days);
}

/**
 * Brings a file saved before limits and rate steps were counted in days up to date, so it still
 * opens: a period cap (`maxPeriods`) becomes a day cap of that many of its longest periods, a
 * rate "from period n" (`laterPeriods`) becomes a step after (n − 1) periods' days counted under
 * that cap, and a condition "from period n" applies after as many days. Every converted figure is
 * listed, so the page can name the fields to check. Anything else is left for the check to judge.
 */
export function upgradeOwnRuleSet(input: unknown): { raw: unknown; converted: OwnConversion[] } {
  const source = obj(input);
  if (!source) return { raw: input, converted: [] };
  const raw = structuredClone(source);
  const converted: OwnConversion[] = [];
  const limits = Array.isArray(raw['limits']) ? raw['limits'] : [];
  const periodLimitOf = new Map<string, string>();
  limits.forEach((l, i) => {
    const g = obj(l);
    const periods = num(obj(g?.['maxPeriods'])?.['amount']);
    if (!g || periods === null) return;
    const days = periods * longestPeriod(raw, g['interventions']);
    if (!obj(g['maxDays'])) {
      g['maxDays'] = { ...obj(g['maxPeriods']), amount: days };
      converted.push({ from: `limits.${i}.maxPeriods.amount`, to: `limits.${i}.maxDays.amount`, was: periods, now: days });
    }
    delete g['maxPeriods'];
    for (const id of Array.isArray(g['interventions']) ? g['interventions'] : []) if (!periodLimitOf.has(String(id))) periodLimitOf.set(String(id), String(g['id']));
  });
  for (const [id, value] of Object.entries(obj(raw['interventions']) ?? {})) {
    const iv = obj(value);
    if (!iv) continue;
    const perPeriod = num(obj(iv['maxDaysPerPeriod'])?.['amount']) ?? 0;
    if (Array.isArray(iv['laterPeriods'])) {
      iv['rateSteps'] = iv['laterPeriods'].map((lp, i) => {
        const n = num(obj(lp)?.['fromPeriod']) ?? 2;
        const afterDays = (n - 1) * perPeriod;
        converted.push({ from: `interventions.${id}.laterPeriods.${i}.fromPeriod`, to: `interventions.${id}.rateSteps.${i}.afterDays.amount`, was: n, now: afterDays });
        const rate = obj(obj(lp)?.['rate']);
        return {
          label: { sv: `efter de första ${afterDays} dygnen`, en: `after the first ${afterDays} days` },
          afterDays: { amount: afterDays, source: rate?.['source'] },
          countedIn: periodLimitOf.get(id) ?? '',
          rate: obj(lp)?.['rate'],
        };
      });
      delete iv['laterPeriods'];
    }
    for (const c of Array.isArray(iv['conditions']) ? iv['conditions'] : []) {
      const cond = obj(c);
      const n = num(cond?.['fromPeriod']);
      if (!cond || n === null) continue;
      cond['afterDays'] = (n - 1) * perPeriod;
      delete cond['fromPeriod'];
    }
  }
  return { raw, converted };
}
