import { expect, test } from '../support/guarded';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, outDir, rel } from '../support/built-pages';

/**
 * sitemap.xml and robots.txt. With SITE_URL the build lists every page with absolute URLs and
 * complete hreflang alternates, and robots.txt names the sitemap; without it (a sitemap cannot
 * hold relative URLs) there is no sitemap and robots.txt names none.
 */
const site = process.env.SITE_URL;
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const pages = builtPages().filter((p) => p !== '/404.html');

interface Entry {
  loc: string;
  alternates: Record<string, string>;
}

function readSitemap(xml: string): Entry[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '',
    alternates: Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang, href]) => [lang, href]),
    ),
  }));
}

if (site) {
  const prefix = new URL(base, site).href;
  const pathOf = (url: string) => (url.startsWith(prefix) ? `/${url.slice(prefix.length)}` : `!not under ${prefix}: ${url}`);

  test('the sitemap lists every built page once, with absolute URLs under the base path', async ({ request }) => {
    const response = await request.get(rel('/sitemap.xml'));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const entries = readSitemap(await response.text());
    expect(entries.map((e) => pathOf(e.loc)).sort()).toEqual(pages);
  });

  test('every sitemap entry has complete, reciprocal hreflang alternates', () => {
    const entries = readSitemap(readFileSync(join(outDir, 'sitemap.xml'), 'utf8'));
    const byLoc = new Map(entries.map((e) => [e.loc, e]));
    const problems: string[] = [];
    for (const entry of entries) {
      const { sv, en, 'x-default': fallback } = entry.alternates;
      const own = pathOf(entry.loc).startsWith('/en/') ? 'en' : 'sv';
      if (!sv || !en || !fallback) problems.push(`${entry.loc}: alternates ${Object.keys(entry.alternates).join(', ')}`);
      else {
        if (entry.alternates[own] !== entry.loc) problems.push(`${entry.loc}: its own ${own} alternate is ${entry.alternates[own]}`);
        if (fallback !== sv) problems.push(`${entry.loc}: x-default is not the Swedish page`);
        const twin = byLoc.get(own === 'sv' ? en : sv);
        if (!twin) problems.push(`${entry.loc}: its twin is not in the sitemap`);
        else if (twin.alternates[own] !== entry.loc) problems.push(`${entry.loc}: twin ${twin.loc} does not point back`);
      }
    }
    expect(entries.length).toBe(pages.length);
    expect(problems).toEqual([]);
  });

  test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
    const text = await (await request.get(rel('/robots.txt'))).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/\S*$/m);
    expect(text).toContain(`Sitemap: ${prefix}sitemap.xml`);
  });
} else {
  test('without SITE_URL there is no sitemap, and robots.txt names none but allows crawling', () => {
    expect(existsSync(join(outDir, 'sitemap.xml'))).toBe(false);
    const text = readFileSync(join(outDir, 'robots.txt'), 'utf8');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/Sitemap:|^Disallow: \/\S*$/m);
  });
}
