/**
 * What a visitor's browser loads: per page type, the gzip bytes of HTML, CSS and JavaScript
 * before any interaction (measured exactly as the end-to-end budgets measure them), and the
 * bytes Pagefind fetches for a first query and for a later one.
 */
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadedBytes } from '../../test/support/budgets.ts';

const asRoot = process.getuid?.() === 0;
export const chromiumArgs = [...(asRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(executablePath) {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** Gzip bytes by kind that one page loads before interaction, in a fresh (cold-cache) context. */
export async function pageBytes(browser, url, outDir) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const result = await loadedBytes(page, outDir);
  await context.close();
  return result;
}

/** Words of five letters or more in the MDX pages under `dir`, most frequent first. */
export function rankWords(dir) {
  const counts = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.mdx')) {
        const body = readFileSync(full, 'utf8').replace(/^---[\s\S]*?---/, '').replace(/<[^>]+>/g, ' ');
        for (const w of body.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 5) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  };
  walk(dir);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/** The two words the search measurements look for, from the Swedish pages' own text. */
export function queryWords(contentDir) {
  const ranked = rankWords(join(contentDir, 'pages', 'sv'));
  const first = ranked[0];
  const later = ranked.find((w) => w.length >= 9 && w !== first);
  if (!first || !later) throw new Error('Too little Swedish text to pick search words from');
  return { first, later, ranked };
}

/**
 * Pagefind's bytes for a first query (nothing cached) and a later one in the same session,
 * counted at the server (so the web worker's fetches and cache revalidations are included).
 */
export async function searchBytes(browser, server, words) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const isPagefind = (p) => p.includes('/pagefind/');
  const status = page.getByRole('status');
  await page.goto(`${server.origin}/sok/`, { waitUntil: 'networkidle' });
  let from = server.log.length;
  await page.getByRole('searchbox').fill(words.first);
  await page.keyboard.press('Enter');
  await status.filter({ hasText: words.first }).waitFor();
  await page.waitForLoadState('networkidle');
  const first = { ...server.bytesSince(from, isPagefind), hits: await page.locator('.search-page__results li').count() };
  from = server.log.length;
  await page.getByRole('searchbox').fill(words.later);
  await page.keyboard.press('Enter');
  await status.filter({ hasText: words.later }).waitFor();
  await page.waitForLoadState('networkidle');
  const later = { ...server.bytesSince(from, isPagefind), hits: await page.locator('.search-page__results li').count() };
  await context.close();
  return { first, later };
}
