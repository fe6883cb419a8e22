import { expect, test } from '@playwright/test';
import { queryWords } from '../../scripts/bench/measure.mjs';
import { calculatorClsBudget, firstSearchBudget, KB } from '../support/budgets';
import { outDir, rel } from '../support/built-pages';
import { layoutShift, startedUp, watchLayoutShift } from '../support/layout-shift';

/**
 * The budgets of test/support/budgets.ts against the production build that need a visit of their
 * own: a first search's Pagefind bytes, and the calculator's stillness while it loads on a phone.
 * Every page's bytes are measured by every-page.spec.ts, on the same visit as its other checks,
 * and the content pages' medians by page-medians.spec.ts. A failure names the page and the bytes.
 */
const base = process.env.BASE_PATH ?? '/';

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
    // The island element itself is `display: contents` (Astro's own style) and has no box, so its
    // bounding box is always null: the room is kept by its host, which both the shell and the tool fill.
    const host = page.locator('.calc-host').first();
    await expect(host, 'the shell is in the server-rendered page').toBeAttached();
    const next = page.locator('.calc-host + *').first();
    const before = { shell: await host.boundingBox(), next: await next.boundingBox() };
    expect(await page.locator('astro-island[ssr]').count(), 'the island has not started while its script is held back').toBe(1);
    release();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 90_000 });
    await startedUp(page);
    const after = { tool: await host.boundingBox(), next: await next.boundingBox() };
    expect(before.shell, 'the shell is laid out before the script runs').not.toBeNull();
    // What a visitor sees of the tool is what fits on the screen: there the shell and the tool are
    // the same size, and whatever follows the tool starts below the screen before and after.
    const inView = (box: { y: number; height: number } | null) => Math.min((box?.y ?? 0) + (box?.height ?? 0), 844) - Math.max(box?.y ?? 0, 0);
    expect(Math.abs(inView(after.tool) - inView(before.shell)), `on screen: shell ${inView(before.shell)} px, hydrated tool ${inView(after.tool)} px (in all ${before.shell?.height} and ${after.tool?.height} px)`).toBeLessThanOrEqual(1);
    expect(before.next?.y ?? 0, 'the text after the tool starts below the screen while the tool loads').toBeGreaterThanOrEqual(844);
    expect(after.next?.y ?? 0, 'the text after the tool starts below the screen once the tool is there').toBeGreaterThanOrEqual(844);
    const shifted = await layoutShift(page);
    console.log(`layout shift on ${path} at 390 × 844, CPU 4× slower: ${shifted.toFixed(4)}`);
    expect(shifted).toBeLessThanOrEqual(calculatorClsBudget);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });
}
