/**
 * What changed between two documented years' rules, computed from the data so the comparison
 * page never states a change by hand. Pure (no Astro): unit-tested in changes.test.ts.
 */
import { interventionIds, type Basis, type Bilingual, type GroupLimit, type InterventionId, type RuleSet, type SourceRef } from '../../../calculators';

/** A figure with its source and, when the guide derived it, how (the page shows the marker). */
interface Sourced {
  amount: number;
  source: SourceRef;
  basis?: Basis | undefined;
}

export type RateChange =
  /** The adult daily rate of the first period changed. */
  | { kind: 'rate'; intervention: InterventionId; label: Bilingual; from: Sourced; to: Sourced }
  /** The longest period changed. */
  | { kind: 'max-days'; intervention: InterventionId; label: Bilingual; from: Sourced; to: Sourced }
  /** A reduced rate after a number of days per person appeared or went away. */
  | { kind: 'later-rate-removed'; intervention: InterventionId; label: Bilingual; from: Sourced }
  /**
   * The later year pays no such later days at all (its day limit stops before the step), so the
   * reduced rate did not "go away" for a full rate: the days were not paid. `afterDays` is the step.
   */
  | { kind: 'later-periods-unpaid'; intervention: InterventionId; label: Bilingual; from: Sourced; limit: Sourced; afterDays: number }
  | { kind: 'later-rate-added'; intervention: InterventionId; label: Bilingual; to: Sourced }
  /** An intervention the earlier year lacked, or one the later year lacks. */
  | { kind: 'introduced'; intervention: InterventionId; label: Bilingual; to: Sourced }
  | { kind: 'withdrawn'; intervention: InterventionId; label: Bilingual }
  /** A shared limit changed, appeared or went away. */
  | { kind: 'limit'; limit: string; field: 'maxDays'; label: Bilingual; from: Sourced; to: Sourced }
  | { kind: 'limit-added'; limit: string; field: 'maxDays'; label: Bilingual; to: Sourced }
  | { kind: 'limit-removed'; limit: string; field: 'maxDays'; label: Bilingual; from: Sourced }
  /**
   * A figure that differs, where at least one year's figure is the guide's own derivation: not a
   * change the programme made, so it is named but not reported as a change.
   */
  | { kind: 'derived-not-compared'; label: Bilingual; what: 'rate' | 'maxDays' | 'limit' }
  /** The child supplement's amount, or the interventions it is paid on. */
  | { kind: 'child-supplement-rate'; from: Sourced; to: Sourced }
  | { kind: 'child-supplement-scope'; added: InterventionId[]; removed: InterventionId[]; source: SourceRef }
  /** A supplement or deduction documented in one year and not the other. */
  | { kind: 'no-longer-documented'; item: 'extraSupplement' | 'dailyAllowanceDeduction' | 'childSupplement'; note: Bilingual }
  | { kind: 'now-documented'; item: 'extraSupplement' | 'dailyAllowanceDeduction' | 'childSupplement'; source: SourceRef }
  /** How point interventions are priced; only when both years' sources say how. */
  | { kind: 'point-basis'; from: 'case-by-case' | 'standard-schedule'; to: 'case-by-case' | 'standard-schedule'; source: SourceRef };

/** Whether a figure is the guide's own derivation (the comparison reports no change to or from one). */
const isDerived = (s: Sourced | undefined): boolean => s?.basis?.kind === 'derived';

/**
 * A change of figure `what`, or, when either side is derived, the note that it is not compared.
 * `make` builds the change itself.
 */
function figureChange(from: Sourced, to: Sourced, label: Bilingual, what: 'rate' | 'maxDays' | 'limit', make: () => RateChange): RateChange | null {
  if (from.amount === to.amount) return null;
  return isDerived(from) || isDerived(to) ? { kind: 'derived-not-compared', label, what } : make();
}

/** The changes from rules `a` (earlier) to rules `b` (later), in a stable order. */
export function changesBetween(a: RuleSet, b: RuleSet): RateChange[] {
  const out: RateChange[] = [];
  for (const id of interventionIds) {
    const x = a.interventions[id];
    const y = b.interventions[id];
    if (!x.offered && y.offered) {
      out.push({ kind: 'introduced', intervention: id, label: y.label, to: y.rate });
      continue;
    }
    if (x.offered && !y.offered) {
      out.push({ kind: 'withdrawn', intervention: id, label: x.label });
      continue;
    }
    if (!x.offered || !y.offered) continue;
    const rate = figureChange(x.rate, y.rate, y.label, 'rate', () => ({ kind: 'rate', intervention: id, label: y.label, from: x.rate, to: y.rate }));
    if (rate) out.push(rate);
    const days = figureChange(x.maxDaysPerPeriod, y.maxDaysPerPeriod, y.label, 'maxDays', () => ({ kind: 'max-days', intervention: id, label: y.label, from: x.maxDaysPerPeriod, to: y.maxDaysPerPeriod }));
    if (days) out.push(days);
    const sx = x.rateSteps[0];
    const lx = sx?.rate;
    const ly = y.rateSteps[0]?.rate;
    if (sx && lx && !ly) {
      // The later year's cap on the same days, if it stops before the step: those days went unpaid.
      const limit = b.limits.find((l) => l.id === sx.countedIn && l.interventions.includes(id))?.maxDays;
      if (limit && limit.amount <= sx.afterDays.amount) out.push({ kind: 'later-periods-unpaid', intervention: id, label: y.label, from: lx, limit, afterDays: sx.afterDays.amount });
      else out.push({ kind: 'later-rate-removed', intervention: id, label: y.label, from: lx });
    }
    if (!lx && ly) out.push({ kind: 'later-rate-added', intervention: id, label: y.label, to: ly });
  }
  const field = 'maxDays';
  for (const limitId of [...new Set([...a.limits, ...b.limits].map((l) => l.id))]) {
    const lx: GroupLimit | undefined = a.limits.find((l) => l.id === limitId);
    const ly: GroupLimit | undefined = b.limits.find((l) => l.id === limitId);
    if (lx && ly) {
      const c = figureChange(lx.maxDays, ly.maxDays, ly.label, 'limit', () => ({ kind: 'limit', limit: limitId, field, label: ly.label, from: lx.maxDays, to: ly.maxDays }));
      if (c) out.push(c);
    }
    if (!lx && ly) out.push({ kind: 'limit-added', limit: limitId, field, label: ly.label, to: ly.maxDays });
    if (lx && !ly) out.push({ kind: 'limit-removed', limit: limitId, field, label: lx.label, from: lx.maxDays });
  }
  const ca = a.childSupplement;
  const cb = b.childSupplement;
  if (ca.documented && cb.documented) {
    if (ca.rate.amount !== cb.rate.amount) out.push({ kind: 'child-supplement-rate', from: ca.rate, to: cb.rate });
    const added = cb.appliesTo.filter((id) => !ca.appliesTo.includes(id));
    const removed = ca.appliesTo.filter((id) => !cb.appliesTo.includes(id));
    if (added.length || removed.length) out.push({ kind: 'child-supplement-scope', added, removed, source: cb.rate.source });
  }
  for (const item of ['childSupplement', 'extraSupplement', 'dailyAllowanceDeduction'] as const) {
    const x = a[item];
    const y = b[item];
    if (x.documented && !y.documented) out.push({ kind: 'no-longer-documented', item, note: y.note });
    if (!x.documented && y.documented) out.push({ kind: 'now-documented', item, source: 'source' in y ? y.source : y.rate.source });
  }
  // A year whose source does not say how point interventions were priced cannot show a change.
  const pa = a.pointInterventions.basis;
  const pb = b.pointInterventions.basis;
  if (pa !== 'not-documented' && pb !== 'not-documented' && pa !== pb) {
    out.push({ kind: 'point-basis', from: pa, to: pb, source: b.pointInterventions.source });
  }
  return out;
}
