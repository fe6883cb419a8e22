import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

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
export function builtHtml(path: string, build: string = outDir): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(build, file), 'utf8');
}

/** Playwright's baseURL ends with the base path; page paths are relative to it. */
export function rel(path: string): string {
  return path.replace(/^\//, '');
}

/** The scripts a built page runs: its own and its islands' code (sorted, each once). */
function scriptsOf(path: string, build: string): string[] {
  const doc = parse(builtHtml(path, build));
  const urls = [
    ...doc.querySelectorAll('script[src]').map((el) => el.getAttribute('src')),
    ...doc.querySelectorAll('astro-island').flatMap((el) => [el.getAttribute('component-url'), el.getAttribute('renderer-url')]),
  ];
  return [...new Set(urls.filter((url): url is string => Boolean(url)))].sort();
}

/**
 * One page for each distinct set of scripts pages run (their own and their islands'), in each
 * language, and the 404 page: together they run every script of the site in every combination a
 * page has, and so fetch every file scripts fetch as they run (a language's page list, the search
 * index, a worker). Style sheets and icons are left out of the comparison: they fetch nothing
 * more, and links.spec.ts checks that every one a page names exists (each MDX page has its own
 * set of component styles, which would make nearly every page distinct). Found from the build,
 * so a new kind of page is included by itself.
 */
export function pagesByScripts(build: string = outDir): string[] {
  const chosen = new Map<string, string>();
  for (const path of builtPages(build)) {
    const key = path === '/404.html' ? '404' : `${path.startsWith('/en/') ? 'en' : 'sv'} ${scriptsOf(path, build).join(' ')}`;
    if (!chosen.has(key)) chosen.set(key, path);
  }
  return [...chosen.values()].sort();
}
