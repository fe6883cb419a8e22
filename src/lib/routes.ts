import { getCollection } from 'astro:content';
import type { Lang } from '../i18n';
import { sectionIds, type SectionId } from '../schemas/sections';
import { pathFromContentFile } from './paths';
import { generatedRoutes } from './route-providers';

/** Every page of the site, prose or generated from data: the one list that navigation, the
 * language switch, hreflang, the explorer and the command palette read. */
export interface SiteRoute {
  /** Language-neutral identity shared by a page's Swedish and English versions. */
  key: string;
  lang: Lang;
  /** Root-relative path with a trailing slash, without the base ("/en/rates/2024/"). */
  path: string;
  title: string;
  /** Short label for the explorer, tabs and breadcrumbs. */
  navTitle: string;
  description: string;
  section: SectionId;
  order: number;
  /** How the page is rendered: "page" is an MDX entry; other kinds come from data. */
  kind: string;
  /** The MDX entry's id, for kind "page". */
  entryId?: string;
  /** Serialisable parameters for generated kinds (e.g. the rates year). */
  params?: Record<string, string>;
  /** For a page generated from data: the day that data was last checked against its sources. */
  reviewed?: string;
}

let cache: Promise<SiteRoute[]> | undefined;

export function getRoutes(): Promise<SiteRoute[]> {
  cache ??= loadRoutes();
  return cache;
}

async function loadRoutes(): Promise<SiteRoute[]> {
  const entries = await getCollection('pages');
  const pages: SiteRoute[] = entries.map((entry) => {
    const file = entry.filePath ?? entry.id;
    const match = /content\/pages\/(sv|en)\/(.+)$/.exec(file) ?? /^(sv|en)\/(.+)$/.exec(file);
    if (!match) throw new Error(`${file}: pages must sit under content/pages/sv/ or content/pages/en/`);
    const lang = match[1] as Lang;
    return {
      key: entry.data.key,
      lang,
      path: pathFromContentFile(lang, match[2] ?? ''),
      title: entry.data.title,
      navTitle: entry.data.navTitle ?? entry.data.title,
      description: entry.data.description,
      section: entry.data.section,
      order: entry.data.order,
      kind: 'page',
      entryId: entry.id,
    };
  });
  const all = [...pages, ...(await generatedRoutes())];
  assertConsistent(all);
  return all.sort((a, b) => a.order - b.order || a.path.localeCompare(b.path));
}

/** A site where a page lacks its other-language twin, or two pages share a path, fails the build. */
function assertConsistent(routes: SiteRoute[]): void {
  const seenPaths = new Map<string, SiteRoute>();
  const byKey = new Map<string, Partial<Record<Lang, SiteRoute>>>();
  for (const route of routes) {
    const clash = seenPaths.get(route.path);
    if (clash) throw new Error(`Two pages want ${route.path}: "${clash.key}" and "${route.key}"`);
    seenPaths.set(route.path, route);
    const pair = byKey.get(route.key) ?? {};
    if (pair[route.lang]) throw new Error(`Two ${route.lang} pages share the key "${route.key}"`);
    pair[route.lang] = route;
    byKey.set(route.key, pair);
  }
  for (const [key, pair] of byKey) {
    if (!pair.sv || !pair.en) {
      const missing = pair.sv ? 'English' : 'Swedish';
      throw new Error(`Page "${key}" has no ${missing} version: add it together with its twin`);
    }
    if (pair.sv.section !== pair.en.section) {
      throw new Error(`Page "${key}" sits in section ${pair.sv.section} in Swedish but ${pair.en.section} in English`);
    }
  }
}

/** A language's pages folder by folder, in the explorer's folder order; empty folders left out. */
export async function sectionsIn(lang: Lang): Promise<{ id: SectionId; pages: SiteRoute[] }[]> {
  const routes = await routesIn(lang);
  return sectionIds.map((id) => ({ id, pages: routes.filter((r) => r.section === id) })).filter((g) => g.pages.length > 0);
}

export async function routesIn(lang: Lang): Promise<SiteRoute[]> {
  return (await getRoutes()).filter((r) => r.lang === lang);
}

/** The same page in the other language (always exists: the build enforces pairs). */
export async function twinOf(route: Pick<SiteRoute, 'key' | 'lang'>): Promise<SiteRoute | undefined> {
  return (await getRoutes()).find((r) => r.key === route.key && r.lang !== route.lang);
}

export async function routeByKey(key: string, lang: Lang): Promise<SiteRoute | undefined> {
  return (await getRoutes()).find((r) => r.key === key && r.lang === lang);
}
