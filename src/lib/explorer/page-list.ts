import type { SiteRoute } from '../routes';

/**
 * One page as the explorer and the command palette know it. The full list per language is one
 * static file (`/explorer/<lang>.json`), read only when someone asks for more than the explorer
 * on the page holds (a long folder, or the palette's page search).
 */
export interface ListedPage {
  /** Root-relative path without the base, with a trailing slash. */
  path: string;
  /** The explorer's label. */
  navTitle: string;
  /** The full title, when it differs from the label (the palette searches both). */
  title?: string;
  section: string;
}

export const listedPage = (route: SiteRoute): ListedPage => ({
  path: route.path,
  navTitle: route.navTitle,
  ...(route.title !== route.navTitle ? { title: route.title } : {}),
  section: route.section,
});

/** Where the list of a language's pages is, under the site's base ("/" or "/sub/"). */
export const pageListUrl = (base: string, lang: string): string => `${base.replace(/\/?$/, '/')}explorer/${lang}.json`;
