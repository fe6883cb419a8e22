import type { Lang } from '../../i18n';
import { withBase } from '../paths';
import { routeByKey } from '../routes';
import type { SiteChange } from './notes';

/**
 * Where a change points: its home page (with the anchor), or just "#anchor" when shown on that
 * page. Undefined for a page's own note without an anchor (the reader is already there).
 */
export async function changeHref(change: SiteChange, lang: Lang, onPage?: string): Promise<string | undefined> {
  const home = change.pages[0] ?? '';
  const hash = change.anchor ? `#${change.anchor}` : '';
  if (home === onPage) return hash || undefined;
  const route = await routeByKey(home, lang);
  if (!route) throw new Error(`${change.file}: a change note belongs to page "${home}", which has no ${lang} version`);
  return `${withBase(route.path)}${hash}`;
}

/** Root-relative path (without the base) of a language's feed: beside its what's-new page. */
export const feedPathOf = (whatsNewPath: string): string => `${whatsNewPath}rss.xml`;

/** A date (YYYY-MM-DD) in the reader's language, e.g. "2 december 2026" / "2 December 2026". */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (iso) => format.format(new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`));
}
