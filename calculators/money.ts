/**
 * Kronor formatting with Intl. Amounts are whole kronor (integers).
 * Swedish: `1 320 kr` (U+00A0 no-break spaces, both as group separator and before `kr`).
 * English: `SEK 1,320` (U+00A0 between `SEK` and the number).
 */

/** The site's two languages. */
export type Locale = 'sv' | 'en';

/** The BCP 47 tag each language formats with. */
export const localeTags: Readonly<Record<Locale, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** Whole kronor, with the currency. */
export const kronorOptions: Readonly<Intl.NumberFormatOptions> = { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 };
/** Whole numbers with the locale's grouping. */
export const wholeNumberOptions: Readonly<Intl.NumberFormatOptions> = { maximumFractionDigits: 0 };

/**
 * One formatter per locale and kind, made on first use: making one loads the locale's number data,
 * which costs a phone tens of milliseconds, and a page only ever needs its own language.
 */
function lazyFormats(options: Intl.NumberFormatOptions): (locale: Locale) => Intl.NumberFormat {
  const made: Partial<Record<Locale, Intl.NumberFormat>> = {};
  return (locale) => (made[locale] ??= new Intl.NumberFormat(localeTags[locale], options));
}

const kronorFormat = lazyFormats(kronorOptions);
const numberFormat = lazyFormats(wholeNumberOptions);

/**
 * Formats whole kronor: `formatKronor(1320, 'sv')` → `"1\u00a0320\u00a0kr"`,
 * `formatKronor(1320, 'en')` → `"SEK\u00a01,320"`. A non-finite amount is shown as `–`.
 */
export function formatKronor(amount: number, locale: Locale = 'sv'): string {
  if (!Number.isFinite(amount)) return '–';
  return kronorFormat(locale).format(Math.round(amount));
}

/** Formats a whole number with the locale's grouping (`1 320` / `1,320`), e.g. for day counts. */
export function formatNumber(value: number, locale: Locale = 'sv'): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(locale).format(value);
}
