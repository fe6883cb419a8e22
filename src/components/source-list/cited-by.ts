import type { Citation } from '../../lib/citations';
import { pathFromContentFile } from '../../lib/paths';
import type { SiteRoute } from '../../lib/routes';

/** Who cites each source, in one language: pages (in site order) and data files not tied to a page. */
export interface CitedBy {
  pages: SiteRoute[];
  dataFiles: string[];
}

/**
 * Groups citations by source key. An MDX file stands for its page; a data file stands for the pages
 * `dataFilePages` ties it to, or is listed by name.
 */
export function citedBy(
  citations: readonly Citation[],
  routes: readonly SiteRoute[],
  lang: 'sv' | 'en',
  dataFilePages: ReadonlyArray<{ file: RegExp; keys: string[] }>,
): Map<string, CitedBy> {
  const byPath = new Map(routes.filter((r) => r.lang === lang).map((r) => [r.path, r]));
  const byKey = new Map(routes.filter((r) => r.lang === lang).map((r) => [r.key, r]));
  const pages = new Map<string, Set<SiteRoute>>();
  const files = new Map<string, Set<string>>();
  const add = <T>(map: Map<string, Set<T>>, key: string, value: T) => {
    const set = map.get(key) ?? new Set<T>();
    set.add(value);
    map.set(key, set);
  };
  for (const c of citations) {
    const page = /^pages\/(sv|en)\/(.+)$/.exec(c.file);
    if (page) {
      if (page[1] !== lang) continue;
      const route = byPath.get(pathFromContentFile(lang, page[2] ?? ''));
      if (route) add(pages, c.key, route);
      continue;
    }
    const tied = dataFilePages.find((d) => d.file.test(c.file));
    if (tied) {
      for (const key of tied.keys) {
        const route = byKey.get(key);
        if (route) add(pages, c.key, route);
      }
    } else {
      add(files, c.key, c.file);
    }
  }
  const order = (a: SiteRoute, b: SiteRoute) => routes.indexOf(a) - routes.indexOf(b);
  const out = new Map<string, CitedBy>();
  for (const key of new Set([...pages.keys(), ...files.keys()])) {
    out.set(key, { pages: [...(pages.get(key) ?? [])].sort(order), dataFiles: [...(files.get(key) ?? [])].sort() });
  }
  return out;
}
