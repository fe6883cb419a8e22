import AxeBuilder from '@axe-core/playwright';
import { budgetFor, recordTransfer } from '../support/budgets';
import { builtPages, rel } from '../support/built-pages';
import { expect, test } from '../support/guarded';

/**
 * Site-wide checks, one test per built page, served with the headers of dist/_headers:
 * WCAG 2.2 A/AA by axe-core; no CSP violation, request to another origin, console error,
 * cookie or localStorage write (the guard in test/support/guarded.ts); reflow at 320 CSS px;
 * and the byte budget
 * of what the page loads before any interaction (test/support/budgets.ts).
 */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of builtPages()) {
  test.describe(() => {
    // The 404 page answers with status 404 on purpose; Chromium logs that as a console error.
    if (path === '/404.html') test.use({ allowedConsoleErrors: [/status of 404/] });

    test(`${path} is accessible, private, error-free and within budget`, async ({ page }) => {
      // axe over a whole page is the slowest step of the suite; on a busy 2-core machine it can
      // take far longer than the suite's 30 s default without anything being wrong.
      test.setTimeout(90_000);
      const transfer = recordTransfer(page);
      await page.goto(rel(path), { waitUntil: 'networkidle' });
      const loaded = await transfer.done();

      // Only violations are collected: the passes (thousands of nodes) would be gathered and sent
      // back for nothing.
      const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(wcagTags).analyze();
      const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(violations, 'axe violations').toEqual([]);

      // Reflow (WCAG 1.4.10): at 320 CSS px, as at 400 % zoom, nothing needs sideways scrolling.
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow at 320 CSS px').toBeLessThanOrEqual(0);

      const budget = budgetFor(path);
      const files = JSON.stringify(loaded.files);
      expect(loaded.js, `JavaScript gzip bytes before interaction (${files})`).toBeLessThanOrEqual(budget.js);
      expect(loaded.css, `CSS gzip bytes before interaction (${files})`).toBeLessThanOrEqual(budget.css);
    });
  });
}
