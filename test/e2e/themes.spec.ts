import { axeViolations } from '../support/axe';
import { expect, test } from '../support/guarded';
import { rel } from '../support/built-pages';

/** The four themes: WCAG 2.2 AA (axe) for the page and the open palette, and the first paint. */
const themes = [
  ['dark', 'rgb(31, 31, 31)'],
  ['light', 'rgb(255, 255, 255)'],
  ['hc-dark', 'rgb(0, 0, 0)'],
  ['hc-light', 'rgb(255, 255, 255)'],
] as const;

for (const [theme, background] of themes) {
  test.describe(`the ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      // axe over the whole workbench takes a while on a busy CI machine.
      test.slow();
      await page.addInitScript((t) => sessionStorage.setItem('nsp:theme', t), theme);
    });

    test('passes axe on a prose page', async ({ page }) => {
      await page.goto(rel('/programmet/'));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
      expect(await axeViolations(page), 'axe violations').toEqual([]);
    });

    test('passes axe with the palette open over a page of tables', async ({ page }) => {
      await page.goto(rel('/en/shortcuts/'));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: /Search pages/ }).fill('safe');
      await expect(page.getByRole('group', { name: 'In the text' }).getByRole('option').first()).toBeVisible({ timeout: 15_000 });
      expect(await axeViolations(page), 'axe violations').toEqual([]);
    });
  });
}

test('a theme chosen earlier is in place before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    sessionStorage.setItem('nsp:theme', 'dark');
    // Record the theme at the very first point the body exists, before any module script runs.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { firstTheme: string | null }).firstTheme = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(rel('/programmet/'));
  expect(await page.evaluate(() => (window as unknown as { firstTheme: string | null }).firstTheme)).toBe('dark');
});

test('the first visit follows the system: dark, and high contrast when asked for', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(rel('/programmet/'));
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 31, 31)');
  await expect(page.getByRole('region', { name: 'Statusfält' }).getByRole('button', { name: 'Tema: Mörkt' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'hc-light');
  await expect(page.getByRole('region', { name: 'Statusfält' }).getByRole('button', { name: 'Tema: Hög kontrast, ljust' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('nsp:theme'))).toBeNull();
});

test('forced-colours mode keeps the current page and the exit visible and passes axe', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(rel('/programmet/'));
  await expect(page.getByRole('button', { name: 'Lämna sidan snabbt' })).toBeVisible();
  const current = page.getByRole('navigation', { name: 'Utforskaren' }).getByRole('link', { name: 'Om programmet' });
  expect(await current.evaluate((a) => getComputedStyle(a).borderLeftStyle)).toBe('solid');
  expect(await axeViolations(page), 'axe violations').toEqual([]);
});
