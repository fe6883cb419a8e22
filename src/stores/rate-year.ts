import { atom } from 'nanostores';
import { readSession, writeSession } from './session';

/**
 * The selected rules year, shared by the status bar, the rate tables and the calculators: one
 * change anywhere changes it everywhere. Only documented years (those with a file in
 * content/rates/) can be chosen; the list arrives from the page at start-up.
 */
export const documentedYears = atom<readonly string[]>([]);
export const rateYear = atom<string | undefined>(undefined);

const storageKey = 'rate-year';

/**
 * Called once per page with the documented years (newest last) and the year the page itself
 * shows, if any. A year kept from earlier in the session wins when the page does not force one.
 */
export function initRateYears(years: readonly string[], pageYear?: string): void {
  documentedYears.set(years);
  const kept = readSession(storageKey);
  const chosen = [pageYear, kept, years.at(-1)].find((y): y is string => !!y && years.includes(y));
  if (chosen && chosen !== rateYear.get()) rateYear.set(chosen);
}

/** Returns false (and changes nothing) for a year that is not documented. */
export function setRateYear(year: string): boolean {
  if (!documentedYears.get().includes(year)) return false;
  rateYear.set(year);
  writeSession(storageKey, year);
  return true;
}
