import type { Page } from '@playwright/test';
import { expect, test } from '../support/guarded';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, outDir, rel } from '../support/built-pages';

/**
 * A folder longer than the explorer's limit (this build sets EXPLORER_FOLDER_LIMIT=3; see
 * scripts/test.mjs) lists a window of its pages and a link to all of them: the contents page
 * without JavaScript, the whole folder in place with it. The palette still finds every page.
 */
interface Listed {
  path: string;
  navTitle: string;
  section: string;
}
const limit = Number(process.env.EXPLORER_FOLDER_LIMIT);
const listed = (lang: string): Listed[] => JSON.parse(readFileSync(join(outDir, 'explorer', `${lang}.json`), 'utf8'));
const reference = listed('sv').filter((p) => p.section === 'reference');
const explorer = (page: Page) => page.getByRole('navigation', { name: 'Utforskaren' });
const folderFiles = (page: Page) => explorer(page).locator('#folder-reference-files');

test('the build under test has a folder longer than the limit', () => {
  expect(limit).toBeGreaterThan(0);
  expect(reference.length).toBeGreaterThan(limit);
});

test('a long folder lists its first pages and fills in the rest in place, focus on the first new one', async ({ page }) => {
  await page.goto(rel('/'));
  await explorer(page).getByRole('button', { name: 'Referens' }).click();
  const files = folderFiles(page).getByRole('link');
  await expect(files).toHaveText([...reference.slice(0, limit).map((p) => p.navTitle), `Alla ${reference.length} sidor i avsnittet`]);
  await files.last().click();
  await expect(files).toHaveText(reference.map((p) => p.navTitle));
  await expect(files.nth(limit)).toBeFocused();
  // The filled-in pages are real links that keep the explorer's keyboard behaviour.
  await page.keyboard.press('End');
  await expect(files.last()).toBeFocused();
  await files.last().click();
  await expect(page).toHaveURL(new RegExp(`${reference.at(-1)!.path}$`));
});

test('the current page stays listed and marked in its long folder', async ({ page }) => {
  const last = reference.at(-1)!;
  await page.goto(rel(last.path));
  await expect(folderFiles(page).getByRole('link', { name: last.navTitle, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(folderFiles(page).getByRole('link', { name: /^Alla \d+ sidor/ })).toBeVisible();
});

test('the palette finds a page that the explorer on screen does not list', async ({ page }) => {
  await page.goto(rel('/'));
  const hidden = reference.at(-2)!;
  await expect(explorer(page).getByRole('link', { name: hidden.navTitle, exact: true })).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Sök sidor/ }).fill(hidden.navTitle);
  await expect(page.getByRole('dialog').getByRole('option', { name: new RegExp(hidden.navTitle) }).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link leads to the folder on the contents page, which lists every page of the language', async ({ page }) => {
    await page.goto(rel('/'));
    await explorer(page).getByRole('link', { name: /^Alla \d+ sidor/ }).last().click();
    await expect(page).toHaveURL(/\/innehall\/#section-reference$/);
    await expect(page.getByRole('heading', { name: /^Referens/ })).toBeInViewport();
    const linked = await page.getByRole('main').locator('section a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const base = new URL(page.url()).pathname.replace(/innehall\/$/, '');
    const swedish = builtPages().filter((p) => p.endsWith('/') && !p.startsWith('/en/') && p !== '/404/');
    expect(linked.map((p) => `/${p.slice(base.length)}`).sort()).toEqual(swedish.sort());
  });
});
