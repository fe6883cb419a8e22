import { getCollection } from 'astro:content';
import { en } from '../../i18n/en';
import { sv } from '../../i18n/sv';
import type { Lang } from '../../i18n';
import type { PageContext } from './shared';

/**
 * What every calculator island gets from its page: only the `calc.*` UI strings of the page's
 * language (not the whole dictionary), less those under `leaveOut` (another island's own), the
 * bibliography's address and the source titles.
 */
export async function pageContext(lang: Lang, sourcesHref: string, leaveOut?: string): Promise<PageContext> {
  const dict: Record<string, string> = lang === 'sv' ? sv : en;
  const strings = Object.fromEntries(Object.entries(dict).filter(([k]) => k.startsWith('calc.') && !(leaveOut && k.startsWith(leaveOut))));
  const sourceTitles = Object.fromEntries((await getCollection('sources')).map((s) => [s.data.key, s.data.title]));
  return { lang, strings, sourcesHref, sourceTitles };
}
