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
