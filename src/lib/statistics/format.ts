/**
 * How statistics figures read on a page: numbers through Intl in the page's language, per cent
 * with the printed decimals, kronor with the currency. Pure, so the tests can check the pages'
 * text against the data with the same rules.
 */
import type { Lang } from '../../i18n';

const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A number as the page shows it, with at most one decimal (the sources print at most one). */
export function formatStatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 }).format(value);
}

/** A short axis label: "3 mn" / "3M" for millions, plain below ten thousand. */
export function formatAxisNumber(value: number, lang: Lang): string {
  if (Math.abs(value) < 10_000) return formatStatNumber(value, lang);
  return new Intl.NumberFormat(locales[lang], { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A figure with its unit sign where the unit is a sign (%, kr); counts stay bare, their label says what they count. */
export function formatStat(value: number, unit: string, lang: Lang): string {
  if (unit === 'percent') return lang === 'sv' ? `${formatStatNumber(value, lang)}\u00a0%` : `${formatStatNumber(value, lang)}%`;
  if (unit === 'SEK') return lang === 'sv' ? `${formatStatNumber(value, lang)}\u00a0kr` : `SEK\u00a0${formatStatNumber(value, lang)}`;
  return formatStatNumber(value, lang);
}

/** A signed difference ("+3", "−5", "0"), with a true minus sign. */
export function formatChange(value: number, unit: string, lang: Lang): string {
  const body = formatStat(Math.abs(value), unit, lang);
  if (value === 0) return body;
  return `${value > 0 ? '+' : '\u2212'}${body}`;
}

/** Reads a number back from page text in either language ("2 544 827 kr", "SEK 2,544,827", "42,7 %", "−5"). */
export function parseStatText(text: string, lang: Lang): number {
  let s = text.replace(/SEK|kr|%/g, '').replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-');
  s = lang === 'sv' ? s.replace(/,/g, '.') : s.replace(/,/g, '');
  const n = Number(s);
  if (s === '' || !Number.isFinite(n)) throw new Error(`not a number: "${text}"`);
  return n;
}

/** Bar length in per cent of the chart's largest value (0 when everything is 0). */
export function barPercent(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.round(Math.min(1, value / max) * 1000) / 10;
}
