import { getCollection } from 'astro:content';
import type { Lang } from '../../i18n';
import type { GlossaryEntry } from '../../schemas/glossary';
import { getRoutes, type SiteRoute } from '../routes';
import { mdxPlainText } from './mdx-text';
import { TermFinder } from './terms';

const fileName = 'content/glossary.yaml';

/**
 * The glossary entries, checked against the rest of the site: every `related` key must be a page
 * in src/lib/routes.ts and every `seeAlso` id an entry, or the build stops naming the entry.
 */
export async function glossaryEntries(): Promise<GlossaryEntry[]> {
  const entries = (await getCollection('glossary')).map((e) => e.data);
  const routeKeys = new Set((await getRoutes()).map((r) => r.key));
  const ids = new Set(entries.map((e) => e.id));
  for (const entry of entries) {
    for (const key of entry.related) {
      if (!routeKeys.has(key)) {
        throw new Error(`${fileName}: entry "${entry.id}": related page "${key}" does not exist (page keys: ${[...routeKeys].sort().join(', ')})`);
      }
    }
    for (const id of entry.seeAlso) {
      if (!ids.has(id)) throw new Error(`${fileName}: entry "${entry.id}": seeAlso "${id}" is not an entry id`);
      if (id === entry.id) throw new Error(`${fileName}: entry "${entry.id}": seeAlso names the entry itself`);
    }
  }
  // Throws if one name leads to two entries.
  new TermFinder(entries, 'sv');
  new TermFinder(entries, 'en');
  return entries;
}

/**
 * For each entry, the pages in `lang` that use the term or one of its synonyms: found in the MDX
 * bodies, titles and descriptions at build time, so the list follows the text.
 */
export async function termUsage(lang: Lang, entries: readonly GlossaryEntry[]): Promise<Map<string, SiteRoute[]>> {
  const finder = new TermFinder(entries, lang);
  const pages = new Map((await getCollection('pages')).map((p) => [p.id, p]));
  const usage = new Map<string, SiteRoute[]>();
  for (const route of await getRoutes()) {
    if (route.lang !== lang || route.key === 'glossary') continue;
    const body = route.entryId ? (pages.get(route.entryId)?.body ?? '') : '';
    const text = [route.title, route.description, mdxPlainText(body)].join('\n');
    for (const id of finder.idsIn(text)) {
      const list = usage.get(id) ?? [];
      list.push(route);
      usage.set(id, list);
    }
  }
  return usage;
}
