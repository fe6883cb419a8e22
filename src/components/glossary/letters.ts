import type { Lang } from '../../i18n';

/**
 * The letter a glossary row is filed under. Swedish keeps Å, Ä and Ö as letters of their own (they
 * sort after Z); English files them under their base letter. Anything else goes under "#".
 */
export function letterOf(name: string, lang: Lang): string {
  const first = name.trim().charAt(0).toLocaleUpperCase(lang === 'sv' ? 'sv-SE' : 'en-GB');
  if (lang === 'sv' && 'ÅÄÖ'.includes(first)) return first;
  const base = first.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[A-Z]$/.test(base) ? base : '#';
}

/** The anchor of a letter's section, in plain ASCII ("bokstav-ae" for Ä, "letter-a"). */
export function letterId(letter: string, lang: Lang): string {
  const ascii: Record<string, string> = { Å: 'aa', Ä: 'ae', Ö: 'oe', '#': 'other' };
  return `${lang === 'sv' ? 'bokstav' : 'letter'}-${ascii[letter] ?? letter.toLowerCase()}`;
}
