import type { Lang } from '../../i18n';

/** The parts of a glossary entry that finding terms in text needs (keeps this module free of Astro). */
export interface TermNames {
  id: string;
  term: Record<Lang, string>;
  synonyms: Record<Lang, string[]>;
}

/** A term found in a text: which entry, and where. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
  /** The words as they stand in the text, e.g. "Reflektionsperioden". */
  text: string;
}

/**
 * Endings a word may carry and still count as the term, so that "betänketiden" and "punktinsatser"
 * find their entries. Only these whole endings are allowed: "LMA" never matches inside "LMAX".
 * Longest first, so the regex prefers the whole inflected word.
 */
const endings: Record<Lang, string[]> = {
  sv: ['ernas', 'arnas', 'erna', 'arna', 'ens', 'ets', 'er', 'ar', 'en', 'et', 'na', 'n', 's', 't', 'a'],
  en: ["'s", 'es', 's'],
};

// A term starts and ends at a word edge; a hyphen joins words, so "NSP-guiden" is not "NSP".
const edgeBefore = String.raw`(?<![\p{L}\p{N}_-])`;
const edgeAfter = String.raw`(?![\p{L}\p{N}_-])`;

/** How a name is compared: lower case, single spaces. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Every name (term and synonyms) of every entry in one language, pointing to its entry. */
export function namesIndex(entries: readonly TermNames[], lang: Lang, fileName = 'content/glossary.yaml'): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.term[lang], ...entry.synonyms[lang]]) {
      const key = normalizeName(name);
      const other = index.get(key);
      if (other && other !== entry.id) {
        throw new Error(`${fileName}: the ${lang} name "${name}" belongs to both "${other}" and "${entry.id}"; a name may lead to one entry only`);
      }
      index.set(key, entry.id);
    }
  }
  return index;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds the glossary's terms and synonyms in plain text, whole words, any case, longest name first. */
export class TermFinder {
  private readonly index: Map<string, string>;
  private readonly pattern: RegExp | undefined;

  constructor(entries: readonly TermNames[], readonly lang: Lang) {
    this.index = namesIndex(entries, lang);
    const names = [...this.index.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    if (names.length === 0) return;
    const alternatives = names.map((n) => escape(n).replace(/ /g, String.raw`\s+`)).join('|');
    const suffix = `(?:${endings[lang].map(escape).join('|')})?`;
    this.pattern = new RegExp(`${edgeBefore}(${alternatives})${suffix}${edgeAfter}`, 'giu');
  }

  /** All occurrences in `text`, in order, never overlapping. */
  findAll(text: string): TermMatch[] {
    if (!this.pattern) return [];
    const found: TermMatch[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const name = m[1] ?? '';
      const id = this.index.get(normalizeName(name));
      if (id === undefined || m.index === undefined) continue;
      found.push({ id, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return found;
  }

  /** The ids of the entries that occur in `text`. */
  idsIn(text: string): Set<string> {
    return new Set(this.findAll(text).map((m) => m.id));
  }
}
