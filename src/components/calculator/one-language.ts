import type { Lang } from '../../i18n';

/**
 * A copy of build-time data for a tool in `lang`: every `{ sv, en }` text pair holds the page's
 * language twice. The tool only ever reads the page's language, and the pairs are most of the rule
 * sets' weight in its data file (/tool-data/<tool>/<lang>.json); the twin copy compresses to a few
 * bytes, and the data keeps its shape (its type and schema still hold).
 */
export function oneLanguage<T>(value: T, lang: Lang): T {
  if (Array.isArray(value)) return value.map((v) => oneLanguage(v, lang)) as T;
  // Only plain objects and arrays are walked: a Date or other class instance is kept as it is.
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const entries = Object.entries(value);
  const isPair = entries.length === 2 && typeof (value as Record<string, unknown>)['sv'] === 'string' && typeof (value as Record<string, unknown>)['en'] === 'string';
  if (isPair) {
    const text = (value as unknown as Record<Lang, string>)[lang];
    return { sv: text, en: text } as T;
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, oneLanguage(v, lang)])) as T;
}
