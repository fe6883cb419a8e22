import { builtPages, rel } from '../support/built-pages';
import { expect, test } from '../support/guarded';

/**
 * Every page loads completely wherever the site is deployed (the suite runs at the domain root
 * and again on a build under a sub-path, BASE_PATH): every file the page asks for exists on this
 * origin, and the guard sees no CSP violation, foreign request, console error or storage.
 */
for (const path of builtPages()) {
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
