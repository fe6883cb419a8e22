import { axeViolations } from '../support/axe';
import { budgetMisses, loadedBytes, readResources } from '../support/budgets';
import { builtPages, outDir, rel } from '../support/built-pages';
import { expect, test } from '../support/guarded';
import { saveFigures } from '../support/page-figures';

/**
 * Site-wide checks, one test per built page, all from one visit (a fresh browser context, nothing
 * cached), served with the headers of dist/_headers:
 * - the byte budgets of what the page loads before any interaction (test/support/budgets.ts);
 *   the figures go to page-medians.spec.ts, which checks the content pages' medians after all;
 * - WCAG 2.2 A/AA by axe-core, at the desktop size;
 * - reflow (WCAG 1.4.10): narrowed to 320 CSS px, as by zooming to 400 %, and loaded at 320 px,
 *   as on a small phone, nothing scrolls sideways;
 * - no CSP violation, request to another origin, console error, cookie or localStorage write
 *   (the guard in test/support/guarded.ts).
 * Each check is a step and a soft assertion, so one failure does not hide the others.
 */
const base = process.env.BASE_PATH ?? '/';

for (const path of builtPages()) {
  test.describe(() => {
    // The 404 page answers with status 404 on purpose; Chromium logs that as a console error.
    if (path === '/404.html') test.use({ allowedConsoleErrors: [/status of 404/] });

    test(`${path} is accessible, private, error-free, reflows and is within budget`, async ({ page }) => {
      // axe over a whole page is the slowest step of the suite; on a busy 2-core machine it can
      // take far longer than the suite's 30 s default without anything being wrong.
      test.setTimeout(90_000);
      await page.goto(rel(path));
      // Read as soon as the page has loaded: axe then runs for a second or more, time in which a
      // late script would have started loading; the budgets step counts that time towards its wait.
      const loaded = await readResources(page);

      await test.step('axe, WCAG 2.2 A and AA', async () => {
        expect.soft(await axeViolations(page), 'axe violations').toEqual([]);
      });

      await test.step('byte budgets', async () => {
        // loadedBytes waits until the page's list of resources has stopped growing.
        const { html, css, js, files } = await loadedBytes(page, outDir, base, loaded);
        saveFigures({ path, html, css, js });
        expect.soft(budgetMisses([{ path, html, css, js }]).filter((m) => m.startsWith(path)), `budgets missed (${JSON.stringify(files)})`).toEqual([]);
      });

      await test.step('narrowed to 320 CSS px, nothing scrolls sideways', async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(overflow, 'horizontal overflow at 320 CSS px').toBeLessThanOrEqual(0);
      });

      await test.step('loaded at 320 CSS px, nothing scrolls sideways', async () => {
        // Loaded narrow, the page's scripts start in their narrow layout (the explorer a drawer).
        await page.reload();
        expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), 'page width in CSS px, loaded at 320 CSS px').toBeLessThanOrEqual(320);
      });
    });
  });
}
