import { expect, test } from '../support/guarded';
import { parse } from 'node-html-parser';
import { builtHtml, builtPages, rel } from '../support/built-pages';

const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const contentPages = builtPages().filter((p) => p !== '/404.html');
const strip = (href: string) => `/${new URL(href, 'http://x.test').pathname.slice(base.length)}`;

test('every page has the right <html lang> and a complete hreflang pair', () => {
  const problems: string[] = [];
  for (const path of contentPages) {
    const doc = parse(builtHtml(path));
    const lang = doc.querySelector('html')?.getAttribute('lang');
    const expected = path.startsWith('/en/') ? 'en' : 'sv';
    if (lang !== expected) problems.push(`${path}: lang="${lang}", expected "${expected}"`);
    const alternates = Object.fromEntries(
      doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), strip(l.getAttribute('href') ?? '')]),
    );
    if (alternates[expected] !== path) problems.push(`${path}: hreflang ${expected} points to ${alternates[expected]}`);
    const other = expected === 'sv' ? 'en' : 'sv';
    const twin = alternates[other];
    if (!twin || !contentPages.includes(twin)) {
      problems.push(`${path}: no hreflang ${other} twin`);
      continue;
    }
    const back = parse(builtHtml(twin)).querySelector(`link[rel="alternate"][hreflang="${expected}"]`)?.getAttribute('href');
    if (!back || strip(back) !== path) problems.push(`${path}: twin ${twin} does not point back`);
  }
  expect(contentPages.length).toBeGreaterThan(3);
  expect(problems).toEqual([]);
});

test('the language switch lands on the same page in the other language', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // The name starts with the visible words, so that speech input can name the link (WCAG 2.5.3).
  await page.getByRole('link', { name: 'In English – läs den här sidan på engelska', exact: true }).first().click();
  await expect(page).toHaveURL(/\/en\/programme\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'På svenska – read this page in Swedish', exact: true }).first().click();
  await expect(page).toHaveURL(/\/programmet\/$/);
});
