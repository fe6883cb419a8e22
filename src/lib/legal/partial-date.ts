import { locales, type Lang } from '../../i18n';

/**
 * Dates as precise as a source gives them: "2015", "2022-03" or "2022-08-01". The timeline shows
 * each at its own precision (never inventing a day the source does not state) and orders them.
 */
export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** The first day the date can mean, as a sortable "YYYY-MM-DD". */
function earliestDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

const rank: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * Chronological order. A less precise date ("2022") comes before the more precise dates that
 * fall within it ("2022-03", "2022-08-01"), because it may mean any of them; ties keep data order.
 */
export function compareDates(a: string, b: string): number {
  const byDay = earliestDay(a).localeCompare(earliestDay(b));
  if (byDay !== 0) return byDay;
  return rank[precisionOf(a)] - rank[precisionOf(b)];
}

/** "1 augusti 2022", "mars 2022", "2015" (sv); "1 August 2022", "March 2022", "2015" (en). */
export function formatPartialDate(date: string, lang: Lang): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y, m - 1, d));
  const precision = precisionOf(date);
  if (precision === 'year') return String(y);
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locales[lang], options).format(utc);
}

/** Sorts timeline entries chronologically without changing the input. */
export function chronological<T extends { date: string; seq: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareDates(a.date, b.date) || a.seq - b.seq);
}
