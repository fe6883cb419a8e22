import { loadGlossaryFile } from '../lib/glossary/load';
import { searchNamesAttribute } from '../lib/glossary/rehype-glossary-terms';
import { TermFinder } from '../lib/glossary/terms';
import type { GlossaryEntry } from '../schemas/glossary';

/**
 * Gives Pagefind, for each page, every name of every glossary term the page's indexed text uses,
 * so a search for one name ("trafficking") finds a page that only says another
 * ("människohandel"). It works on the finished HTML, so text rendered from data counts as much
 * as MDX prose. Only the copy handed to Pagefind changes; the published page does not.
 */
export function glossaryNamesFor(contentDir: string) {
  const entries: GlossaryEntry[] = loadGlossaryFile(contentDir);
  const finders = { sv: new TermFinder(entries, 'sv'), en: new TermFinder(entries, 'en') } as const;
  return (html: string): string => {
    const lang = /<html[^>]*\blang="(sv|en)"/.exec(html)?.[1] as 'sv' | 'en' | undefined;
    const open = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
    if (!lang || !open) return html;
    const start = open.index + open[0].length;
    const end = html.indexOf('</article>', start);
    const text = html
      .slice(start, end === -1 ? undefined : end)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/&amp;/g, '&');
    const used = finders[lang].idsIn(text);
    const names = [
      ...new Set(entries.filter((e) => used.has(e.id)).flatMap((e) => [e.term[lang], ...e.synonyms[lang], ...(lang === 'en' ? [e.term.sv] : [])])),
    ].join(' · ');
    if (!names) return html;
    const escaped = names.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const span = `<span data-pagefind-index-attrs="${searchNamesAttribute}" ${searchNamesAttribute}="${escaped}"></span>`;
    return html.slice(0, start) + span + html.slice(start);
  };
}
