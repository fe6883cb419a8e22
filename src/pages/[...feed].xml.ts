/**
 * One RSS 2.0 feed per language, beside its what's-new page (/andringar/rss.xml,
 * /en/whats-new/rss.xml): one item per change, newest first, each with a stable guid (the note's
 * id, not its link: several changes share a page), its date, its page's link and the note.
 *
 * Links: RSS wants absolute URLs, and the build knows the site's address only with SITE_URL. With
 * it, every link is absolute. Without it (a build meant for any host), links are root-relative,
 * base path included; feed readers resolve them against the feed's own address, which is on the
 * same origin, so they still lead to the page. @astrojs/rss insists on a `site`, so the links go
 * in through `customData`, which it writes as given (and which overrides the channel link it
 * would derive from `site`); the placeholder below is never written out. No tracking parameters,
 * nothing about the reader: the file is the same for everyone.
 */
import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, useTranslations, type Lang } from '../i18n';
import { siteChanges } from '../lib/changes/collect';
import { feedPathOf } from '../lib/changes/links';
import { withBase } from '../lib/paths';
import { getRoutes, routeByKey, type SiteRoute } from '../lib/routes';

export const getStaticPaths = (async () =>
  (await getRoutes())
    .filter((r) => r.kind === 'changes')
    .map((route) => ({ params: { feed: feedPathOf(route.path).slice(1).replace(/\.xml$/, '') }, props: { route } }))) satisfies GetStaticPaths;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute<{ route: SiteRoute }> = async ({ props, site }) => {
  const { route } = props;
  const lang: Lang = route.lang;
  const t = useTranslations(lang);
  const url = (path: string) => escape(site ? new URL(withBase(path), site).href : withBase(path));
  const items = await Promise.all(
    (await siteChanges()).map(async (change) => {
      const page = await routeByKey(change.pages[0] ?? '', lang);
      if (!page) throw new Error(`${change.file}: a change note belongs to page "${change.pages[0]}", which has no ${lang} version`);
      const link = url(`${page.path}${change.anchor ? `#${change.anchor}` : ''}`);
      return {
        title: `${page.title}: ${change.text[lang]}`,
        description: change.text[lang],
        pubDate: new Date(`${change.date}T00:00:00Z`),
        customData: `<link>${link}</link><guid isPermaLink="false">${escape(`${change.id}:${lang}`)}</guid>`,
      };
    }),
  );
  const xml = await getRssString({
    title: t('changes.feedTitle'),
    description: t('changes.feedDescription'),
    site: site ?? 'http://localhost/',
    customData: `<link>${url(route.path)}</link><language>${locales[lang]}</language>`,
    items,
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
