/**
 * Named figures of a year's rules, so that pages can ask for "reflection.rate" instead of typing
 * a number: every figure the site shows comes from content/rates/<year>.yaml with its source.
 * Pure (no Astro): unit-tested in facts.test.ts.
 */
import { interventionIds, type Basis, type Bilingual, type InterventionId, type RuleSet, type SourceRef } from '../../../calculators';

/** What a figure counts, so the page can add the right unit. */
export type FactUnit = 'sek-per-night' | 'sek-per-day' | 'days' | 'periods';

/**
 * Interventions paid per day of support rather than per night at the shelter (Swedish "per dag",
 * not "per dygn"): the sources price these without housing.
 */
const perDayInterventions: readonly InterventionId[] = ['integration-daily', 'support-only'];

export type Fact =
  /** A documented figure; `basis` says when the guide derived it (omitted = stated). */
  | { kind: 'amount'; amount: number; unit: FactUnit; source: SourceRef; note?: Bilingual | undefined; basis?: Basis | undefined }
  /** A documented rule without a figure (e.g. the deduction, how point interventions are priced). */
  | { kind: 'text'; text: Bilingual; source: SourceRef }
  /** The year's rules do not have this intervention. */
  | { kind: 'not-offered'; note: Bilingual }
  /** The sources give no figure for this year. */
  | { kind: 'not-documented'; note?: Bilingual | undefined }
  /** The year's rules have no such rule at all (e.g. a limit introduced later). */
  | { kind: 'absent' };

const interventionFields = ['rate', 'support', 'housing', 'maxDays', 'laterRate'] as const;
type InterventionField = (typeof interventionFields)[number];

/** Every fact name that does not depend on a year's limits, for messages and tests. */
export const fixedFactNames: readonly string[] = [
  ...interventionIds.flatMap((id) => interventionFields.map((f) => `${id}.${f}`)),
  'childSupplement.rate',
  'extraSupplement.rate',
  'dailyAllowanceDeduction',
  'pointInterventions',
];

function isInterventionId(value: string): value is InterventionId {
  return (interventionIds as readonly string[]).includes(value);
}

/**
 * The figure `name` of a year's rules. Names: `<intervention>.rate|support|housing|maxDays|laterRate`,
 * `childSupplement.rate`, `extraSupplement.rate`, `dailyAllowanceDeduction`, `pointInterventions`,
 * `limit.<limit id>.maxDays`. An unknown name throws, naming the valid ones, so a typo
 * in a page fails the build instead of showing nothing.
 */
/** The unit of an intervention's rate. */
export function rateUnit(id: InterventionId): FactUnit {
  return perDayInterventions.includes(id) ? 'sek-per-day' : 'sek-per-night';
}

export function rateFact(rules: RuleSet, name: string): Fact {
  const [head = '', field = '', extra] = name.split('.');
  if (head === 'limit') {
    if (extra !== 'maxDays') throw unknown(name);
    const limit = rules.limits.find((l) => l.id === field);
    if (!limit) return { kind: 'absent' };
    const value = limit.maxDays;
    return { kind: 'amount', amount: value.amount, unit: 'days', source: value.source, note: value.note, basis: value.basis };
  }
  if (isInterventionId(head) && (interventionFields as readonly string[]).includes(field) && extra === undefined) {
    const iv = rules.interventions[head];
    if (!iv.offered) return { kind: 'not-offered', note: iv.note };
    switch (field as InterventionField) {
      case 'rate':
        return { kind: 'amount', amount: iv.rate.amount, unit: perDayInterventions.includes(head) ? 'sek-per-day' : 'sek-per-night', source: iv.rate.source, note: iv.rate.note, basis: iv.rate.basis };
      case 'support':
      case 'housing': {
        const part = iv.rate.components?.[field as 'support' | 'housing'];
        return part
          ? { kind: 'amount', amount: part.amount, unit: 'sek-per-night', source: part.source, note: part.note, basis: part.basis }
          : { kind: 'not-documented', note: iv.rate.note };
      }
      case 'maxDays':
        return { kind: 'amount', amount: iv.maxDaysPerPeriod.amount, unit: 'days', source: iv.maxDaysPerPeriod.source, note: iv.maxDaysPerPeriod.note, basis: iv.maxDaysPerPeriod.basis };
      case 'laterRate': {
        const later = iv.rateSteps[0];
        return later ? { kind: 'amount', amount: later.rate.amount, unit: 'sek-per-night', source: later.rate.source, note: later.rate.note, basis: later.rate.basis } : { kind: 'absent' };
      }
    }
  }
  if ((head === 'childSupplement' || head === 'extraSupplement') && field === 'rate' && extra === undefined) {
    const s = rules[head];
    return s.documented ? { kind: 'amount', amount: s.rate.amount, unit: 'sek-per-night', source: s.rate.source, note: s.rate.note, basis: s.rate.basis } : { kind: 'not-documented', note: s.note };
  }
  if (name === 'dailyAllowanceDeduction') {
    const d = rules.dailyAllowanceDeduction;
    return d.documented ? { kind: 'text', text: d.description, source: d.source } : { kind: 'not-documented', note: d.note };
  }
  if (name === 'pointInterventions') {
    const p = rules.pointInterventions;
    if (!p.offered) return { kind: 'not-offered', note: p.note };
    // A year whose source does not say how the amounts were set shows the undocumented marker.
    return p.basis === 'not-documented' ? { kind: 'not-documented', note: p.note } : { kind: 'text', text: p.note, source: p.source };
  }
  throw unknown(name);
}

function unknown(name: string): Error {
  return new Error(`Unknown rate figure "${name}". Use one of: ${fixedFactNames.join(', ')}, or limit.<limit id>.maxDays`);
}

/** Whether two facts show the same thing (same kind and figure), ignoring where they are cited. */
export function sameFact(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'amount' && b.kind === 'amount') return a.amount === b.amount && a.unit === b.unit && (a.basis?.kind ?? 'stated') === (b.basis?.kind ?? 'stated');
  if (a.kind === 'text' && b.kind === 'text') return a.text.sv === b.text.sv;
  return true;
}
