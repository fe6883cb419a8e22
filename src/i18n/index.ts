import { en } from './en';
import { sv, type UiKey } from './sv';

export const languages = ['sv', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'sv';
export type { UiKey };

/** BCP 47 tags for Intl and for `<html lang>`. */
export const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

const dictionaries: Record<Lang, Record<UiKey, string>> = { sv, en };

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

/**
 * The one way to get a UI string. `{name}` placeholders are filled from `params`; a
 * placeholder with no value is left visible so that a missing parameter shows up in review
 * instead of vanishing.
 */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const text = dictionaries[lang][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A `t` bound to one language, for components that render a single page. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => t(lang, key, params);
}
