/**
 * Kronor formatting with Intl. Amounts are whole kronor (integers).
 * Swedish: `1 320 kr` (U+00A0 no-break spaces, both as group separator and before `kr`).
 * English: `SEK 1,320` (U+00A0 between `SEK` and the number).
 */

/** The site's two languages. */
export type Locale = 'sv' | 'en';

const formatters: Record<Locale, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
};

const numberFormatters: Record<Locale, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

/**
 * Formats whole kronor: `formatKronor(1320, 'sv')` → `"1\u00a0320\u00a0kr"`,
 * `formatKronor(1320, 'en')` → `"SEK\u00a01,320"`. A non-finite amount is shown as `–`.
 */
export function formatKronor(amount: number, locale: Locale = 'sv'): string {
  if (!Number.isFinite(amount)) return '–';
  return formatters[locale].format(Math.round(amount));
}

/** Formats a whole number with the locale's grouping (`1 320` / `1,320`), e.g. for day counts. */
export function formatNumber(value: number, locale: Locale = 'sv'): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormatters[locale].format(value);
}
