import { expect, test } from '../support/guarded';
import { parse } from 'node-html-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, builtPages, outDir } from '../support/built-pages';

/**
 * Every internal link and #anchor in the build resolves to a page and an id that exist, and every
 * file a page names (scripts, island code, style sheets, images) exists.
 */
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

test('every internal link, anchor and file a page names resolves', () => {
  const broken: string[] = [];
  for (const from of pages) {
    const doc = parse(builtHtml(from));
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], form[action], astro-island')) {
      // An island names two files: its component's code and its framework's renderer.
      const refs = el.tagName === 'ASTRO-ISLAND' ? [el.getAttribute('component-url'), el.getAttribute('renderer-url')] : [el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')];
      for (const href of refs) {
        if (!href) continue;
        if (/^(mailto|tel|javascript):/.test(href) || el.getAttribute('rel')?.includes('alternate') && /^https?:/.test(href)) continue;
        const target = targetPage(href, from);
        if (!target) continue;
        if (!exists(target.path)) broken.push(`${from}: ${href} (no such page)`);
        else if (target.hash && !ids.get(target.path)?.has(target.hash)) broken.push(`${from}: ${href} (no #${target.hash})`);
      }
    }
  }
  expect(pages.length).toBeGreaterThan(3);
  expect(broken).toEqual([]);
});

/**
 * Every file the site's style sheets and scripts refer to exists under the base: url() in style
 * sheets, and in scripts every module they import, the files they preload and the workers they
 * start (any quoted path to a .js, .css, .wasm, .svg, .json or font file). With the test above
 * (the files each page names) and loads.spec.ts, which loads one page of each kind in a browser
 * under the sub-path, this stands in for loading every page there.
 */
test('every file the style sheets and scripts refer to exists', () => {
  const missing: string[] = [];
  const check = (from: string, ref: string, relativeTo: string) => {
    const target = targetPage(ref, relativeTo);
    if (target && !exists(target.path)) missing.push(`${from}: ${ref}`);
  };
  const assets = readdirSync(join(outDir, '_astro'));
  const fileRef = /["'`]((?:\.{1,2}\/|\/|_astro\/)[^"'`\s()]*\.(?:m?js|css|wasm|svg|json|woff2?))["'`]/g;
  let refs = 0;
  for (const name of assets) {
    const text = readFileSync(join(outDir, '_astro', name), 'utf8');
    const self = `/_astro/${name}`;
    if (name.endsWith('.css')) {
      for (const m of text.matchAll(/url\(\s*["']?([^"')\s]+)["']?\s*\)/g)) {
        if (!/^(data|#)/.test(m[1] ?? '')) (refs++, check(self, m[1] ?? '', self));
      }
    } else if (name.endsWith('.js')) {
      for (const m of text.matchAll(fileRef)) {
        const ref = m[1] ?? '';
        // Vite's preload list names files from the base ("_astro/x.js"), modules name them from the script.
        (refs++, check(self, ref, ref.startsWith('_astro/') ? '/' : self));
      }
    }
  }
  // The build has scripts that import others: a pattern that matched nothing would check nothing.
  expect(refs).toBeGreaterThan(10);
  expect(missing).toEqual([]);
});
