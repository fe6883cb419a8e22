import type { Page } from '@playwright/test';
import { expect, test } from '../support/guarded';
import { readdirSync } from 'node:fs';
import { rel } from '../support/built-pages';

/** The command palette: shortcuts, the Search button, page titles, full text, commands, filter. */
const palette = (page: Page) => page.getByRole('dialog', { name: 'Kommandopalett' });
const input = (page: Page) => palette(page).getByRole('combobox', { name: /Sök sidor/ });

for (const [name, press] of [
  ['Ctrl+K', 'Control+k'],
  ['⌘K', 'Meta+k'],
  ['F1', 'F1'],
] as const) {
  test(`${name} opens the palette, Escape closes it and focus returns`, async ({ page }) => {
    await page.goto(rel('/programmet/'));
    const link = page.getByRole('navigation', { name: 'Du är här' }).getByRole('link', { name: 'NSP-guiden' });
    await link.focus();
    await page.keyboard.press(press);
    await expect(palette(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(palette(page)).toBeHidden();
    await expect(link).toBeFocused();
  });
}

test('Ctrl+P is left to the browser: it does not open the palette', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  await page.evaluate(() => { window.print = () => {}; });
  await page.keyboard.press('Control+p');
  await expect(palette(page)).toBeHidden();
});

test('the visible Search button opens the palette and finds a page by a fuzzy title', async ({ page }) => {
  await page.goto(rel('/'));
  const button = page.getByRole('banner').getByRole('button', { name: 'Sök i NSP-guiden' });
  await button.click();
  await input(page).fill('om prgm');
  const option = palette(page).getByRole('option', { name: /Om programmet/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? 'x');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/programmet\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Nationella Stödprogrammet');
});

test('a word from a page’s text finds it with an excerpt, by arrow keys and Enter', async ({ page }) => {
  await page.goto(rel('/kallor/'));
  await page.keyboard.press('Control+k');
  await input(page).fill('Jämställdhetsmyndigheten');
  const textGroup = palette(page).getByRole('group', { name: 'I texten' });
  const hit = textGroup.getByRole('option', { name: /Om Nationella Stödprogrammet/ });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(/Jämställdhetsmyndigheten/i);
  // Walk down with the arrow keys until the hit is the active option, then open it.
  for (let i = 0; i < 20 && (await hit.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/programmet\/$/);
});

test('results can be filtered by section', async ({ page }) => {
  await page.goto(rel('/'));
  await page.keyboard.press('Control+k');
  await palette(page).getByRole('combobox', { name: 'Avsnitt' }).selectOption({ label: 'Referens' });
  // "o" is in titles of every section; only the reference section's pages may be listed.
  await input(page).fill('o');
  const pages = palette(page).getByRole('group', { name: 'Sidor' }).getByRole('option');
  await expect(pages.first()).toBeVisible();
  for (const text of await pages.allInnerTexts()) expect(text).toContain('Referens');
  await input(page).fill('NSP');
  await expect(palette(page).getByRole('group', { name: 'I texten' }).getByRole('option').first()).toBeVisible();
  const textHits = await palette(page).getByRole('group', { name: 'I texten' }).getByRole('option').allInnerTexts();
  expect(textHits.join('\n')).not.toContain('Om Nationella Stödprogrammet');
  await palette(page).getByRole('combobox', { name: 'Avsnitt' }).selectOption({ label: 'Programmet' });
  await expect(palette(page).getByRole('group', { name: 'I texten' }).getByRole('option', { name: /Om Nationella Stödprogrammet/ })).toBeVisible();
});

test('“>” lists commands: a theme command changes the theme for the session', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(rel('/programmet/'));
  await page.keyboard.press('F1');
  await input(page).fill('>tema');
  const options = palette(page).getByRole('group', { name: 'Kommandon' }).getByRole('option');
  await expect(options).toHaveText(['Tema: Mörkt', 'Tema: Ljust', 'Tema: Hög kontrast, mörkt', 'Tema: Hög kontrast, ljust']);
  await palette(page).getByRole('option', { name: 'Tema: Mörkt' }).click();
  await expect(palette(page)).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('region', { name: 'Statusfält' }).getByRole('button', { name: 'Tema: Mörkt' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 31, 31)');
  await page.goto(rel('/kallor/'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => sessionStorage.getItem('nsp:theme'))).toBe('dark');
});

test('commands switch language and open the shortcuts page', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  await page.keyboard.press('Control+k');
  await input(page).fill('>språk');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/programme\/$/);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox', { name: /Search pages/ }).fill('>shortcuts');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/shortcuts\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyboard shortcuts');
});

test('calculator commands exist exactly when calculator pages do', async ({ page }) => {
  await page.goto(rel('/'));
  const calculators = await page.getByRole('navigation', { name: 'Utforskaren' }).locator('[data-section="calculators"] a').allInnerTexts();
  await page.keyboard.press('Control+k');
  await input(page).fill('>öppna kalkylator');
  const options = palette(page).getByRole('option', { name: /^Öppna kalkylator: / });
  // One command per calculator page; the palette orders them by match, so compare as sets.
  await expect(options).toHaveCount(calculators.length);
  const labels = (await options.allInnerTexts()).map((text) => text.trim()).sort();
  expect(labels).toEqual(calculators.map((title) => `Öppna kalkylator: ${title.trim()}`).sort());
});

test('the rules year is offered only for documented years, and a gap year is called undocumented', async ({ page }) => {
  let years: string[] = [];
  try {
    years = readdirSync('content/rates').map((f) => /^(\d{4})\.ya?ml$/.exec(f)?.[1]).filter((y): y is string => !!y).sort();
  } catch {
    years = [];
  }
  await page.goto(rel('/'));
  const status = page.getByRole('region', { name: 'Statusfält' });
  await page.keyboard.press('Control+k');
  await input(page).fill('>regelår');
  if (years.length === 0) {
    await expect(status.getByRole('button', { name: /Regelår/ })).toHaveCount(0);
    await expect(palette(page).getByRole('option', { name: /Regelår/ })).toHaveCount(0);
    return;
  }
  for (const year of years) await expect(palette(page).getByRole('option', { name: `Regelår: ${year}` })).toBeVisible();
  const first = Number(years[0]);
  const last = Number(years.at(-1));
  for (let y = first + 1; y < last; y++) {
    if (years.includes(String(y))) continue;
    await expect(palette(page).getByRole('option', { name: `Regelår: ${y} – inga regler dokumenterade` })).toHaveAttribute('aria-disabled', 'true');
  }
  await palette(page).getByRole('option', { name: `Regelår: ${years[0]}` }).click();
  await expect(status.getByRole('button', { name: `Regelår: ${years[0]}` })).toBeVisible();
});

test('the palette’s styles come with it: no page links them, and the open palette is styled', async ({ page }) => {
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') sheets.push(new URL(request.url()).pathname);
  });
  await page.goto(rel('/programmet/'));
  expect(sheets.length, 'the page’s own style sheets').toBeGreaterThan(0);
  expect(sheets.filter((path) => path.includes('palette')), 'palette sheets before it is opened').toEqual([]);
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
  expect(sheets.filter((path) => path.includes('palette')), 'palette sheets once open').toHaveLength(1);
  // The palette's own look (palette.css), not the browser's default dialog.
  expect(await palette(page).evaluate((dialog) => getComputedStyle(dialog).borderTopLeftRadius)).toBe('6px');
});

test.describe('when the palette’s texts or styles cannot be fetched', () => {
  // The browser logs the failed fetch; nothing else may be logged.
  test.use({ allowedConsoleErrors: [/status of 503/] });

  test('no page carries the palette; Ctrl+K then opens the search page instead, and the palette once its texts arrive', async ({ page }) => {
    await page.route('**/palette/*.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(rel('/programmet/'));
    await expect(palette(page)).toHaveCount(0);
    await page.keyboard.press('Control+k');
    await expect(page).toHaveURL(/\/sok\/$/);
    await expect(page.getByRole('searchbox')).toBeVisible();
    // The shortcut is the page's script's: it is in place once the page has loaded.
    await page.waitForLoadState('load');
    await page.unroute('**/palette/*.json');
    await page.keyboard.press('Control+k');
    await expect(input(page)).toBeFocused();
  });

  test('without its styles, Ctrl+K opens the search page rather than an unstyled palette', async ({ page }) => {
    await page.route('**/palette.*.css', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(rel('/programmet/'));
    await page.keyboard.press('Control+k');
    await expect(page).toHaveURL(/\/sok\/$/);
    await expect(palette(page)).toHaveCount(0);
  });
});
