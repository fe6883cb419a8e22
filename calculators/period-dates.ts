/**
 * The dates of a plan's periods as staff think of them: each period's first and last day (both
 * inclusive), and a number of days from a chosen last day. Periods follow each other with no gap,
 * so every period's dates follow from the start and the days of the periods before it: moving,
 * removing or inserting a period moves the dates after it and nothing else. Zod-free, for the browser.
 */
import { addDays, inclusiveDayCount, isIsoDate } from './dates';

/** A period's first and last day; `null` where they cannot be known. */
export type PeriodRange = { from: string; to: string } | null;

const wholeDays = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3660 ? v : null);

/**
 * Each period's dates from the plan's start and the periods' days. A period whose days are not a
 * whole number (still being typed) has no dates, and counts as 0 days for those after it, as in the
 * engine; a period of 0 days has none either. An invalid start gives no dates at all.
 */
export function periodRanges(start: string, days: readonly unknown[]): PeriodRange[] {
  if (!isIsoDate(start)) return days.map(() => null);
  let cursor = start;
  return days.map((d) => {
    const n = wholeDays(d);
    if (n === null || n === 0) return null;
    const range = { from: cursor, to: addDays(cursor, n - 1) };
    cursor = addDays(cursor, n);
    return range;
  });
}

/**
 * The first day of each period (where the next one would start), even for a period of 0 days:
 * what a last day is counted from.
 */
export function periodStarts(start: string, days: readonly unknown[]): (string | null)[] {
  if (!isIsoDate(start)) return days.map(() => null);
  let cursor = start;
  return days.map((d) => {
    const from = cursor;
    cursor = addDays(cursor, wholeDays(d) ?? 0);
    return from;
  });
}

/**
 * The number of days of a period from `from` to `last`, both counted; `null` when `last` is not
 * a date or comes before `from`.
 */
export function daysUntil(from: string, last: string): number | null {
  if (!isIsoDate(from) || !isIsoDate(last) || last < from) return null;
  return inclusiveDayCount(from, last);
}
