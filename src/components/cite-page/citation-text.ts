/**
 * The text of "cite this page": plain sentences a researcher can paste into a reference list.
 * Pure, so the page, the copy button and the tests agree on one wording.
 */
export interface CitationParts {
  siteName: string;
  title: string;
  url: string;
  /** Already formatted: "Granskad 3 maj 2025" or "Version från 3 maj 2025". */
  dated: string;
  /** Already formatted source descriptions, in the order the page lists them. */
  sources: string[];
  labels: { retrieved: string; basedOn: string };
  lang: 'sv' | 'en';
}

export function citationText(p: CitationParts): string {
  const [open, close] = p.lang === 'sv' ? ['”', '”'] : ['“', '”'];
  const parts = [`${p.siteName}: ${open}${p.title}${close}.`, `${p.labels.retrieved.replace('{url}', p.url)}.`, `${p.dated}.`];
  if (p.sources.length > 0) parts.push(`${p.labels.basedOn}: ${p.sources.join('; ')}.`);
  return parts.join(' ');
}

/** One source as cited: publisher (year), title, the sections the page draws on. */
export function describeSource(
  source: { publisher: string; year: number; title: string },
  sections: readonly string[],
  sectionWord: string,
  locale: string,
): string {
  // Section titles may hold commas themselves, so each is quoted and the list joined with "och"/"and".
  const quoted = sections.map((s) => (locale.startsWith('sv') ? `”${s}”` : `“${s}”`));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(quoted);
  const where = sections.length > 0 ? `, ${sectionWord} ${list}` : '';
  return `${source.publisher} (${source.year}), ${source.title}${where}`;
}
