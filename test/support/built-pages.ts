import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The production build the end-to-end tests run against. */
export const outDir = process.env.OUT_DIR ?? 'dist';

/** Site path ("/en/rates/2024/") of every HTML page in a build, found on disk, never listed by hand. */
export function builtPages(build: string = outDir): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(build, full).split(sep).join('/');
        pages.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(build);
  if (pages.length === 0) throw new Error(`No built pages in ${build}: run the production build first`);
  return pages.sort();
}

/** The HTML of a built page, by site path. */
export function builtHtml(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(outDir, file), 'utf8');
}

/** Playwright's baseURL ends with the base path; page paths are relative to it. */
export function rel(path: string): string {
  return path.replace(/^\//, '');
}

/**
 * The files a built page asks for by itself: scripts, island code, style sheets, icons, images
 * (not the pages it links to). Sorted, each once.
 */
export function filesAskedFor(path: string): string[] {
  const html = builtHtml(path);
  const asked = new Set<string>();
  for (const m of html.matchAll(/<(script|img|link|astro-island)\b[^>]*>/g)) {
    const tag = m[0];
    if (m[1] === 'link' && /\brel="(alternate|canonical|prev|next|search)"/.test(tag)) continue;
    for (const a of tag.matchAll(/\b(src|href|component-url|renderer-url)="([^"]+)"/g)) asked.add(a[2] ?? '');
  }
  return [...asked].sort();
}

/**
 * One page for each distinct set of scripts pages run (their own and their islands'), in each
 * language, and the 404 page: together they run every script of the site in every combination a
 * page has, and so fetch every file scripts fetch as they run (a language's page list, the search
 * index, a worker). Style sheets and icons are left out of the comparison: they fetch nothing
 * more, and links.spec.ts checks that each one a page names exists (each MDX page has its own
 * set of component styles, which would make nearly every page distinct). Found from the build,
 * so a new kind of page is included by itself.
 */
export function pagesByScripts(build: string = outDir): string[] {
  const chosen = new Map<string, string>();
  for (const path of builtPages(build)) {
    const scripts = filesAskedFor(path).filter((file) => /\.m?js$/.test(file));
    const key = path === '/404.html' ? '404' : `${path.startsWith('/en/') ? 'en' : 'sv'} ${scripts.join(' ')}`;
    if (!chosen.has(key)) chosen.set(key, path);
  }
  return [...chosen.values()].sort();
}
