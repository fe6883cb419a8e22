import { expect, test } from '../support/guarded';
import { parse } from 'node-html-parser';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, builtPages, outDir } from '../support/built-pages';

/** Every internal link and #anchor in the build resolves to a page and an id that exist. */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const pages = builtPages();
const ids = new Map(pages.map((p) => [p, new Set(parse(builtHtml(p)).querySelectorAll('[id]').map((e) => e.id))]));

function targetPage(href: string, from: string): { path: string; hash: string } | undefined {
  const url = new URL(href, `http://site.test${base}${from.slice(1)}`);
  if (url.origin !== 'http://site.test') return undefined;
  if (!url.pathname.startsWith(base)) return { path: `!outside-base:${url.pathname}`, hash: '' };
  return { path: `/${url.pathname.slice(base.length)}`, hash: decodeURIComponent(url.hash.slice(1)) };
}

function exists(path: string): boolean {
  if (path.startsWith('!')) return false;
  if (path.endsWith('/')) return existsSync(join(outDir, path, 'index.html'));
  return existsSync(join(outDir, path));
}

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const from of pages) {
    const doc = parse(builtHtml(from));
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
      if (/^(mailto|tel|javascript):/.test(href) || el.getAttribute('rel')?.includes('alternate') && /^https?:/.test(href)) continue;
      const target = targetPage(href, from);
      if (!target) continue;
      if (!exists(target.path)) broken.push(`${from}: ${href} (no such page)`);
      else if (target.hash && !ids.get(target.path)?.has(target.hash)) broken.push(`${from}: ${href} (no #${target.hash})`);
    }
  }
  expect(pages.length).toBeGreaterThan(3);
  expect(broken).toEqual([]);
});
