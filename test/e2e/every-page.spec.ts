import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, rel } from '../support/built-pages';

/**
 * Site-wide checks, one test per built page: WCAG 2.2 A/AA by axe-core, no request to any
 * other origin, no console error, no cookie, nothing in localStorage.
 */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of builtPages()) {
  test(`${path} is accessible, private and error-free`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      // A 404 page answers with status 404 on purpose; Chromium logs that as a console error.
      if (message.type() === 'error' && !(path === '/404.html' && /404/.test(message.text()))) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(rel(path), { waitUntil: 'networkidle' });

    const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations, 'axe violations').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    expect(await page.evaluate(() => window.localStorage.length), 'localStorage entries').toBe(0);
  });
}
