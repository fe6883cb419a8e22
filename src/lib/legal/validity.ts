import type { DatedFact, Provision, TimelineEvent, TimelineEventData } from '../../schemas/legal';
import { compareDates } from './partial-date';

/**
 * Checks that make a provision's validity agree with the legal content's "as of" date, and the
 * timeline's dates agree with the provisions. Pure: the data layer calls them and fails the
 * build with their messages, which name the file and the entry an editor must fix.
 */

const PROVISIONS_FILE = 'content/legal/provisions.yaml';
const TIMELINE_FILE = 'content/legal/timeline.yaml';
const AS_OF_FILE = 'content/legal/as-of.yaml';

/** True when a (possibly partial) date begins on or before the day `asOf` (YYYY-MM-DD). */
function onOrBefore(date: string, asOf: string): boolean {
  return compareDates(date, asOf) <= 0;
}

/** Every contradiction between a provision's status and its dates on the as-of date, one message each. */
export function validityProblems(list: readonly Pick<Provision, 'id' | 'validity'>[], asOf: string): string[] {
  const problems: string[] = [];
  for (const { id, validity: v } of list) {
    const where = `${PROVISIONS_FILE}: entry "${id}"`;
    if (v.status === 'in-force' && v.inForceUntil && onOrBefore(v.inForceUntil.date, asOf)) {
      problems.push(
        `${where}: marked in force, but validity.inForceUntil (${v.inForceUntil.date}) is on or before the as-of date ${asOf} (${AS_OF_FILE}). Mark it repealed, or correct the date.`,
      );
    }
    if (v.status === 'in-force' && v.inForceFrom && !onOrBefore(v.inForceFrom.date, asOf)) {
      problems.push(
        `${where}: marked in force, but validity.inForceFrom (${v.inForceFrom.date}) is after the as-of date ${asOf} (${AS_OF_FILE}). Mark it adopted-not-applicable, or correct the date.`,
      );
    }
    if (v.replacedBy?.provision && !list.some((p) => p.id === v.replacedBy?.provision)) {
      problems.push(`${where}: validity.replacedBy.provision "${v.replacedBy.provision}" is not an entry of ${PROVISIONS_FILE}.`);
    }
  }
  return problems;
}

/** Date and source for a timeline event: its own, or the validity date of the provision it names. */
export function resolveTimelineEvent(e: TimelineEventData, byId: ReadonlyMap<string, Pick<Provision, 'validity'>>): TimelineEvent {
  const { validityOf, date, source, ...rest } = e;
  if (!validityOf) {
    if (!date || !source) throw new Error(`${TIMELINE_FILE}: entry "${e.id}": needs a date and its source, or validityOf`);
    return { ...rest, date, source };
  }
  const provision = byId.get(validityOf.provision);
  if (!provision) throw new Error(`${TIMELINE_FILE}: entry "${e.id}": validityOf.provision "${validityOf.provision}" is not an entry of ${PROVISIONS_FILE}`);
  const fact: DatedFact | undefined = provision.validity[validityOf.date];
  if (!fact) {
    const status = provision.validity.status;
    const why = status === 'proposed' || status === 'rejected' || status === 'status-unknown'
      ? ` (it is ${status}: a provision that is not adopted has no such date yet). Give the event its own date and source, e.g. the day the proposal was published, instead of validityOf; take the date from the provision once the law is adopted and ${PROVISIONS_FILE} states it`
      : `. Add validity.${validityOf.date} with its source to that entry, or give the event its own date and source instead of validityOf`;
    throw new Error(`${TIMELINE_FILE}: entry "${e.id}": provision "${validityOf.provision}" has no validity.${validityOf.date} in ${PROVISIONS_FILE}${why}`);
  }
  return { ...rest, date: fact.date, source: fact.source };
}
