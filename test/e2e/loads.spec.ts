import { pagesByScripts, rel } from '../support/built-pages';
import { expect, test } from '../support/guarded';

/**
 * Pages load completely wherever the site is deployed (this spec runs on the build under a
 * sub-path, BASE_PATH; at the root every-page.spec.ts loads every page): every file the page asks
 * for, and every file its scripts fetch as they run, exists on this origin, and the guard sees no
 * CSP violation, foreign request, console error or storage.
 *
 * One page per distinct set of scripts, in each language (pagesByScripts: 13 of 63 pages on
 * 2 December 2026), rather than every page: pages that run the same scripts fetch the same files
 * as they run, and links.spec.ts checks every file each page, style sheet and script refers to,
 * on every page, without a browser.
 */
for (const path of pagesByScripts()) {
  test.describe(() => {
    if (path === '/404.html') test.use({ allowedConsoleErrors: [/status of 404/] });
    test(`${path} loads every file it needs`, async ({ page, baseURL }) => {
      const failed: string[] = [];
      page.on('response', (response) => {
        const isPage = response.request().isNavigationRequest() && path === '/404.html';
        if (response.status() >= 400 && !isPage) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(rel(path), { waitUntil: 'networkidle' });
      expect(page.url().startsWith(baseURL ?? '')).toBe(true);
      expect(failed, 'failed requests').toEqual([]);
      // Stylesheets applied: the page is laid out by the site's CSS, not the browser's defaults.
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    });
  });
}
