import type { Page } from '@playwright/test';
import { expect, test } from '../support/guarded';
import { exitTarget } from '../../src/components/quick-exit/exit-target';
import { rel } from '../support/built-pages';

/**
 * The quick exit. The neutral site is answered locally (the tests make no request to another
 * origin); what matters is that the page is left with location.replace and the session is empty.
 */
const neutral = new URL(exitTarget);
// Leaving for the neutral site is the point of these tests: its (locally answered) request is the
// one request to another origin that the guard lets through.
test.use({ allowedOrigins: [neutral.origin] });

test.beforeEach(async ({ page }) => {
  await page.route(`${neutral.origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Väder</title><p>Väder</p>' }));
});

/** Leaves some state in the session, as a visitor would: a theme and open tabs. */
async function useTheSite(page: Page) {
  await page.goto(rel('/programmet/'));
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Sök sidor/ }).fill('>tema: mörkt');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
}

/** sessionStorage of the site's origin in this tab, read from a plain file that runs no script. */
async function siteSessionLength(page: Page) {
  await page.goto(rel('/robots.txt'));
  return page.evaluate(() => sessionStorage.length);
}

test('the quick exit is the first stop in tab order and always on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(rel('/saker-anvandning/'));
  await page.keyboard.press('Tab');
  const exit = page.getByRole('button', { name: 'Lämna sidan snabbt' });
  await expect(exit).toBeFocused();
  await page.mouse.wheel(0, 3000);
  await expect(exit).toBeInViewport();
  await expect(page.getByRole('link', { name: /Säker användning: vad snabbutgången gör/ })).toHaveAttribute('href', /\/saker-anvandning\/$/);
});

test('the button hides the page, empties the session and Back does not return', async ({ page }) => {
  await useTheSite(page);
  await page.getByRole('button', { name: 'Lämna sidan snabbt' }).click();
  await expect(page).toHaveURL(exitTarget);
  await page.goBack();
  expect(page.url().startsWith(new URL(rel('/'), 'http://x').origin)).toBe(false);
  expect(page.url()).not.toContain('/programmet/');
  expect(await siteSessionLength(page)).toBe(0);
});

test('Shift three times within 5 seconds leaves, announcing each press', async ({ page }) => {
  await useTheSite(page);
  const status = page.locator('[data-quick-exit-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Skift 1 av 3. Tryck igen för att lämna sidan snabbt.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText(/Skift 2 av 3/);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitTarget);
  await page.goBack();
  expect(page.url()).not.toContain('/programmet/');
  expect(await siteSessionLength(page)).toBe(0);
});

test('typing capitals does not trigger the exit', async ({ page }) => {
  await page.goto(rel('/sok/'));
  await page.getByRole('searchbox').click();
  await page.keyboard.type('Ann Åsa Örn');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/sok\/$/);
  await expect(page.getByRole('searchbox')).toHaveValue('Ann Åsa Örn');
});

test('coming back through the back/forward cache shows the page again', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  await page.evaluate(() => {
    document.documentElement.classList.add('leaving');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
