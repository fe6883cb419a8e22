/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), with no time zone: pure arithmetic on the proleptic
 * Gregorian calendar through UTC, so the result never depends on where the code runs.
 * Every range here is INCLUSIVE of both ends: a period of N days starting on D covers D … D+N−1.
 */

/** A checked calendar date. */
export interface IsoDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a strict ISO calendar date `YYYY-MM-DD` (years 1000–9999). Returns `null` for anything
 * else: wrong type, wrong shape, or an impossible date such as `2024-02-30` or `2023-02-29`.
 */
export function parseIsoDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  const m = ISO_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `true` if `value` is a valid ISO calendar date string. */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/** Formats a date as `YYYY-MM-DD`. */
export function formatIsoDate(d: IsoDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function toDayNumber(d: IsoDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromDayNumber(n: number): IsoDate {
  const dt = new Date(n * MS_PER_DAY);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

function mustParse(iso: string): IsoDate {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not an ISO date: ${JSON.stringify(iso)}`);
  return d;
}

/**
 * The date `days` days after `iso` (negative goes back). `addDays('2024-12-31', 1)` is `'2025-01-01'`.
 * Throws a RangeError on an invalid date or a non-integer `days` (callers validate user input first).
 */
export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return formatIsoDate(fromDayNumber(toDayNumber(mustParse(iso)) + days));
}

/**
 * Number of days from `from` to `to`, both INCLUSIVE: the same date gives 1, the next day 2;
 * `to` before `from` gives 0. Throws a RangeError on an invalid date.
 */
export function inclusiveDayCount(from: string, to: string): number {
  const n = toDayNumber(mustParse(to)) - toDayNumber(mustParse(from)) + 1;
  return Math.max(0, n);
}

/** The last day of a period of `days` days starting on `start` (inclusive): start + days − 1. */
export function lastDayOf(start: string, days: number): string {
  return addDays(start, days - 1);
}

/** An inclusive date range with its length in days. */
export interface DayRange {
  from: string;
  to: string;
  days: number;
}

/**
 * Splits the inclusive range `from` … `to` at every 31 December it crosses, giving one inclusive
 * range per calendar year, in order. `('2024-12-30', '2025-01-02')` gives
 * `2024-12-30…2024-12-31` (2 days) and `2025-01-01…2025-01-02` (2 days). Empty if `to` < `from`.
 */
export function splitAtYearEnds(from: string, to: string): DayRange[] {
  const a = mustParse(from);
  const b = mustParse(to);
  const out: DayRange[] = [];
  if (toDayNumber(b) < toDayNumber(a)) return out;
  let cur = a;
  while (cur.year < b.year) {
    const end = { year: cur.year, month: 12, day: 31 };
    const f = formatIsoDate(cur);
    const t = formatIsoDate(end);
    out.push({ from: f, to: t, days: inclusiveDayCount(f, t) });
    cur = { year: cur.year + 1, month: 1, day: 1 };
  }
  const f = formatIsoDate(cur);
  const t = formatIsoDate(b);
  out.push({ from: f, to: t, days: inclusiveDayCount(f, t) });
  return out;
}

/**
 * The same month and day in another year (29 February becomes 28 February in a common year).
 * Used to try one plan under another year's rules.
 */
export function sameDayInYear(iso: string, year: number): string {
  const d = mustParse(iso);
  return formatIsoDate({ year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) });
}
