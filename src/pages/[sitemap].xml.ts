import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../lib/routes';
import { withBase } from '../lib/paths';

/**
 * /sitemap.xml: every page of the site, each with its hreflang alternates (sv, en, x-default →
 * Swedish), from the one route list. The sitemap protocol allows only absolute URLs, so it is
 * written only when the build knows the site's address (SITE_URL, e.g. https://nsp.example.org);
 * without it there is no sitemap and robots.txt names none, as @astrojs/sitemap also does. (The
 * file name is a parameter only so that the page can be left out.)
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs SITE_URL');
  const absolute = (path: string) => escape(new URL(withBase(path), site).href);
  const routes = await getRoutes();
  const byKey = new Map<string, typeof routes>();
  for (const route of routes) byKey.set(route.key, [...(byKey.get(route.key) ?? []), route]);
  const urls = routes.map((route) => {
    const pair = [...(byKey.get(route.key) ?? [route])].sort((a, b) => b.lang.localeCompare(a.lang));
    const sv = pair.find((r) => r.lang === 'sv');
    const links = [
      ...pair.map((r) => `    <xhtml:link rel="alternate" hreflang="${r.lang}" href="${absolute(r.path)}"/>`),
      ...(sv ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${absolute(sv.path)}"/>`] : []),
    ];
    return `  <url>\n    <loc>${absolute(route.path)}</loc>\n${links.join('\n')}\n  </url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
