import { expect, test } from '@playwright/test';
import { queryWords } from '../../scripts/bench/measure.mjs';
import { budgetMisses, calculatorClsBudget, firstSearchBudget, KB, loadedBytes, type PageFigures } from '../support/budgets';
import { builtPages, outDir, rel } from '../support/built-pages';
import { layoutShift, watchLayoutShift } from '../support/layout-shift';

/**
 * The budgets of test/support/budgets.ts against the production build: every page's bytes and
 * the content pages' medians, a first search's Pagefind bytes, and the calculator's stillness
 * while it loads on a phone. A failure names the page and the bytes.
 */
const base = process.env.BASE_PATH ?? '/';

test('every page and the content pages’ medians are within their byte budgets', async ({ browser }, info) => {
  const pages = builtPages();
  test.setTimeout(pages.length * 15_000);
  const measured: PageFigures[] = [];
  for (const path of pages) {
    // A fresh context per page: nothing cached, as on a first visit.
    const context = await browser.newContext({ baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await page.goto(rel(path), { waitUntil: 'networkidle' });
    const { html, css, js } = await loadedBytes(page, outDir, base);
    measured.push({ path, html, css, js });
    await context.close();
  }
  expect(budgetMisses(measured), 'budgets missed').toEqual([]);
});

test('a first search loads at most its budget from /pagefind/ and shows its results', async ({ page }) => {
  test.setTimeout(90_000);
  const word = queryWords(process.env.CONTENT_DIR ?? 'content').first;
  const fetched = new Set<string>();
  // Pagefind's worker fetches count too: they reach the context, not only the page.
  page.context().on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith(`${base}pagefind/`)) fetched.add(pathname);
  });
  await page.goto(rel(`/sok/?q=${encodeURIComponent(word)}`), { waitUntil: 'networkidle' });
  await expect(page.getByRole('status').filter({ hasText: word })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.search-page__results li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const { readFileSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const { join } = await import('node:path');
  const sizes = [...fetched].map((p) => [p, gzipSync(readFileSync(join(outDir, p.slice(base.length))), { level: 9 }).length] as const);
  const total = sizes.reduce((n, [, b]) => n + b, 0);
  expect(total, `first search for “${word}”: ${(total / KB).toFixed(1)} kB from /pagefind/ (${JSON.stringify(Object.fromEntries(sizes))})`).toBeLessThanOrEqual(firstSearchBudget);
});

for (const path of ['/kalkylator/', '/en/calculator/']) {
  test(`${path} does not move while it loads at 390 × 844 with a 4× slower CPU`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await watchLayoutShift(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Hold the island's own script back until the server-rendered shell has been measured.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/CalculatorIsland\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(rel(path), { waitUntil: 'domcontentloaded' });
    const island = page.locator('astro-island').first();
    const shell = await island.boundingBox();
    release();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 90_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const tool = await island.boundingBox();
    expect(shell, 'the shell is laid out before the script runs').not.toBeNull();
    expect(Math.abs((tool?.height ?? 0) - (shell?.height ?? 0)), `shell ${shell?.height} px high, hydrated tool ${tool?.height} px`).toBeLessThanOrEqual(1);
    const shifted = await layoutShift(page);
    console.log(`layout shift on ${path} at 390 × 844, CPU 4× slower: ${shifted.toFixed(4)}`);
    expect(shifted).toBeLessThanOrEqual(calculatorClsBudget);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
}
