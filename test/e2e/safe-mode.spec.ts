import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exitTarget } from '../../src/components/quick-exit/exit-target';
import { axeViolations } from '../support/axe';
import { rel } from '../support/built-pages';
import { expect, test as guarded } from '../support/guarded';

/**
 * Safe mode (issue 13): while it is on, every navigation within the site replaces the current
 * history entry, so the whole visit is one entry that the quick exit then replaces, and Back
 * leads to whatever the tab showed before the site. "Before the site" is a page of another local
 * origin, served by this file (on a free port, so that parallel workers do not collide); the
 * quick exit's neutral site is answered locally as in quick-exit.spec.ts.
 */
const neutral = new URL(exitTarget);
const beforeTitle = 'Innan: en annan webbplats';

const test = guarded.extend<object, { otherOrigin: string }>({
  otherOrigin: [
    async ({}, use) => {
      const server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<!doctype html><html lang="sv"><link rel="icon" href="data:,"><title>${beforeTitle}</title><p>En annan webbplats.</p></html>`);
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
  // The other origin and the neutral site are the two places these tests go to on purpose.
  allowedOrigins: async ({ otherOrigin }, use) => use([otherOrigin, neutral.origin]),
});

// Each test walks through several full page loads and the palette (with Pagefind): on a busy
// machine that takes longer than the suite's 30 s default without anything being wrong. The
// longest (the first moment, with the CPU 6× slower) took 1.7 min on a 2-core machine running
// 18 processes' worth of work beside it (load average 36); twice that is the limit.
test.describe.configure({ timeout: 200_000 });

test.beforeEach(async ({ page }) => {
  await page.route(`${neutral.origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Väder</title><p>Väder</p>' }));
});

const cornerSwitch = (page: Page) => page.getByRole('button', { name: 'Säkert läge', exact: true }).first();
const explorer = (page: Page) => page.getByRole('navigation', { name: 'Utforskaren' });
const tabs = (page: Page) => page.getByRole('navigation', { name: 'Öppna sidor' });
const historyLength = (page: Page) => page.evaluate(() => history.length);

/** The other origin's page, then the site's programme page, as a visitor would arrive. */
async function arrive(page: Page, otherOrigin: string) {
  await page.goto(`${otherOrigin}/`);
  await expect(page).toHaveTitle(beforeTitle);
  await page.goto(rel('/programmet/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Nationella Stödprogrammet');
}

/**
 * Waits for a page and its workbench script: the switch shows once that script has run, the same
 * moment its keys (Ctrl+K, Shift ×3) start to work. The address alone changes before that.
 */
async function arrived(page: Page, url: RegExp) {
  await expect(page).toHaveURL(url);
  await expect(cornerSwitch(page)).toBeVisible();
}

/** Three more pages: by a link in the text, by the explorer and by the palette. */
async function visitThreePages(page: Page) {
  await page.locator('main').getByRole('link', { name: 'minimikraven' }).first().click();
  await arrived(page, /\/certifiering\/minimikrav\/$/);
  await explorer(page).getByRole('button', { name: 'Referens' }).click();
  await explorer(page).getByRole('link', { name: 'Källor' }).click();
  await arrived(page, /\/kallor\/$/);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Sök sidor/ }).fill('kortkommandon');
  await expect(page.getByRole('option', { name: /Kortkommandon/ }).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await arrived(page, /\/kortkommandon\/$/);
}

async function pressShiftThreeTimes(page: Page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(exitTarget);
}

/** sessionStorage of the site's origin in this tab, read from a plain file that runs no script. */
async function siteSession(page: Page) {
  await page.goto(rel('/robots.txt'));
  return page.evaluate(() => Object.keys(sessionStorage));
}

test('with safe mode on, the whole visit is one history entry and Back after the quick exit leaves the site', async ({ page, otherOrigin }) => {
  await arrive(page, otherOrigin);
  const entries = await historyLength(page);
  await cornerSwitch(page).click();
  await expect(cornerSwitch(page)).toHaveAttribute('aria-pressed', 'true');

  await visitThreePages(page);
  expect(await historyLength(page), 'no entry added by the three pages').toBe(entries);
  await expect(cornerSwitch(page), 'still on after three pages').toHaveAttribute('aria-pressed', 'true');

  await pressShiftThreeTimes(page);
  await page.goBack();
  await expect(page).toHaveTitle(beforeTitle);
  expect(page.url()).toBe(`${otherOrigin}/`);
  // The quick exit also switched safe mode off and emptied the session.
  expect(await siteSession(page)).toEqual([]);
});

test('with safe mode off, Back steps through the visit as before', async ({ page, otherOrigin }) => {
  await arrive(page, otherOrigin);
  const entries = await historyLength(page);
  await visitThreePages(page);
  expect(await historyLength(page)).toBe(entries + 3);
  await pressShiftThreeTimes(page);
  await page.goBack();
  // Only the last page was replaced: Back finds the page before it, on the site.
  await expect(page).toHaveURL(/\/kallor\/$/);
});

test('the switch: a toggle button in the status bar and on the staying-safe page, kept for the session, switched off by the palette', async ({ page }) => {
  await page.goto(rel('/saker-anvandning/'));
  const switches = page.getByRole('button', { name: 'Säkert läge', exact: true });
  await expect(switches).toHaveCount(2);
  const inStatusBar = page.locator('.quick-exit').getByRole('button', { name: 'Säkert läge', exact: true });
  const onPage = page.getByRole('main').getByRole('button', { name: 'Säkert läge', exact: true });
  await expect(inStatusBar).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('main').getByText('Säkert läge är av.')).toBeVisible();

  await onPage.click();
  for (const button of await switches.all()) await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-safe-mode-status]')).toHaveText(/^Säkert läge är på\./);
  await expect(page.getByRole('main').getByText(/^Säkert läge är på\./)).toBeVisible();
  expect(await page.evaluate(() => ({ ...sessionStorage }))).toMatchObject({ 'nsp:safe-mode': 'on' });

  // The next page knows, and shows it in the status bar from the start.
  await page.getByRole('region', { name: 'Statusfält' }).getByRole('link', { name: 'Kortkommandon' }).click();
  await expect(page).toHaveURL(/\/kortkommandon\/$/);
  await expect(cornerSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(cornerSwitch(page)).toBeInViewport();

  // The palette command switches it off, says so, and leaves nothing in the session.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Sök sidor/ }).fill('>säkert');
  await expect(page.getByRole('option', { name: 'Säkert läge: slå på eller av' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(cornerSwitch(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-safe-mode-status]')).toHaveText('Säkert läge är av.');
  expect(await page.evaluate(() => sessionStorage.getItem('nsp:safe-mode'))).toBeNull();
  // And on: the same command again.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Sök sidor/ }).fill('>säkert');
  await page.keyboard.press('Enter');
  await expect(cornerSwitch(page)).toHaveAttribute('aria-pressed', 'true');
});

test('in safe mode, #fragment links, search, tabs and forms replace; a Ctrl+click still opens a new tab', async ({ page, context }) => {
  // Every step is bounded, so a step that never completes names itself rather than the whole test.
  page.setDefaultTimeout(30_000);
  await page.goto(rel('/programmet/'));
  await cornerSwitch(page).click();
  const entries = await historyLength(page);

  // The skip link: a fragment of this page, replaced, and focus still moves to the content.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 4 && !(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/programmet\/#main$/);
  await expect(page.locator('main')).toBeFocused();
  // The outline's links are fragments too.
  const outline = page.getByRole('navigation', { name: 'Disposition' });
  const heading = outline.getByRole('link').nth(1);
  const target = (await heading.getAttribute('href')) ?? '';
  await heading.click();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(target);
  expect(await historyLength(page)).toBe(entries);

  // Search: the form on the search page, then a result.
  await page.goto(rel('/sok/'));
  const searchEntries = await historyLength(page);
  await page.getByRole('searchbox').fill('ersättning');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=ers%C3%A4ttning$/);
  const hits = page.getByRole('main').getByRole('listitem').getByRole('link');
  // Pagefind's first query loads its WebAssembly and index: over 15 s at a load average of 50.
  await expect(hits.first()).toBeVisible({ timeout: 45_000 });
  await hits.first().click();
  await expect(page).not.toHaveURL(/\/sok\//);
  // The language switch, then back by the tabs, then closing the page on screen.
  await page.getByRole('link', { name: /English|engelska/i }).first().click();
  await expect(page).toHaveURL(/\/en\//);
  expect(await historyLength(page), 'search form, result and language switch added no entry').toBe(searchEntries);
  await page.goto(rel('/kallor/'));
  const tabEntries = await historyLength(page);
  await tabs(page).getByRole('link', { name: 'Om programmet' }).click();
  await expect(page).toHaveURL(/\/programmet\/$/);
  await tabs(page).getByRole('button', { name: 'Stäng Om programmet' }).click();
  await expect(page).not.toHaveURL(/\/programmet\/$/);
  expect(await historyLength(page)).toBe(tabEntries);
  expect(searchEntries).toBe(entries + 1); // page.goto itself adds the entry, as typing an address does

  // A Ctrl+click is the visitor asking for a new tab: safe mode leaves it alone.
  // The server draws the page's own tab; the script then redraws the strip with the session's
  // others. A click while that redraw replaces the link would land on no link at all, so the test
  // waits for the session's tabs to be drawn.
  await expect.poll(() => tabs(page).getByRole('link').count(), 'the session\'s tabs drawn').toBeGreaterThan(1);
  const here = page.url();
  const [opened] = await Promise.all([context.waitForEvent('page', { timeout: 30_000 }), tabs(page).getByRole('link').first().click({ modifiers: ['ControlOrMeta'] })]);
  await opened.close();
  expect(page.url()).toBe(here);
});

test('the calculator and the self-assessment work the same in safe mode', async ({ page }) => {
  await page.goto(rel('/kalkylator/'));
  await cornerSwitch(page).click();
  const entries = await historyLength(page);
  await expect(page.getByLabel('Regelår', { exact: true })).toBeVisible({ timeout: 20_000 });
  const total = page.getByTestId('calc-total');
  const before = await total.textContent();
  await page.getByLabel('Medföljande barn').fill('2');
  await expect(total).not.toHaveText(before ?? '');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner raderna (CSV)' }).click();
  expect((await csv).suggestedFilename()).toMatch(/\.csv$/);

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Sök sidor/ }).fill('självskattning');
  await expect(page.getByRole('option', { name: /Självskattning/ }).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/certifiering\/sjalvskattning\/$/);
  const status = page.getByRole('status').filter({ hasText: /krav besvarade/ });
  await page.getByRole('group', { name: /har kunskap om människohandel/ }).getByRole('radio', { name: 'Ja' }).check();
  await expect(status).toHaveText(/^1 av \d+ krav besvarade\.$/);
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara som fil' }).click()]);
  expect(saved.suggestedFilename()).toBe('nsp-sjalvskattning.json');
  expect(page.url()).toMatch(/\/certifiering\/sjalvskattning\/$/);
  expect(await historyLength(page)).toBe(entries);
});

test('with safe mode on, the staying-safe page passes axe and the state shows in every theme', async ({ page }) => {
  await page.goto(rel('/saker-anvandning/'));
  await cornerSwitch(page).click();
  for (const theme of ['light', 'dark', 'hc-light', 'hc-dark']) {
    await page.evaluate((id) => (document.documentElement.dataset['theme'] = id), theme);
    expect((await axeViolations(page, ['.quick-exit', '.safe-mode-panel'])).map((v) => `${theme} ${v}`)).toEqual([]);
  }
});

test('a page back from the back/forward cache reads the session again', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  await cornerSwitch(page).click();
  // As if safe mode were switched off (or the session emptied) on a later page before coming back.
  await page.evaluate(() => {
    sessionStorage.removeItem('nsp:safe-mode');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(cornerSwitch(page)).toHaveAttribute('aria-pressed', 'false');
});

test('where the browser blocks storage, safe mode switched on still holds for the page it was switched on', async ({ page, otherOrigin }) => {
  // As with "block all site data": every use of sessionStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'sessionStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await arrive(page, otherOrigin);
  const entries = await historyLength(page);
  await cornerSwitch(page).click();
  await expect(cornerSwitch(page)).toHaveAttribute('aria-pressed', 'true');
  await page.locator('main').getByRole('link', { name: 'minimikraven' }).first().click();
  await expect(page).toHaveURL(/\/certifiering\/minimikrav\/$/);
  expect(await historyLength(page), 'the link replaced the entry').toBe(entries);
});

test('without JavaScript the page says safe mode cannot work, shows no switch, and the quick exit is a link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel('/saker-anvandning/'));
  await expect(page.getByText(/^Säkert läge behöver JavaScript/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Säkert läge' })).toHaveCount(0);
  await expect(page.getByText('Säkert läge är av.')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Lämna sidan snabbt' })).toHaveAttribute('href', exitTarget);
  await context.close();
});

test('in English: the switch is called Safe mode', async ({ page }) => {
  await page.goto(rel('/en/staying-safe/'));
  const button = page.getByRole('main').getByRole('button', { name: 'Safe mode', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('main').getByText(/^Safe mode is on\./)).toBeVisible();
});

test.describe('on a phone', () => {
  /** Whether the language link's text ends before the quick exit's corner begins (nothing covers it). */
  const languageUncovered = (page: Page) =>
    page.evaluate(() => {
      const text = document.createRange();
      text.selectNodeContents(document.querySelector('.lang-switch__text')!);
      return text.getBoundingClientRect().right <= document.querySelector('.quick-exit')!.getBoundingClientRect().left;
    });

  test('the switch sits beside the quick exit without covering the language link', async ({ page }) => {
    for (const [width, path] of [[375, '/programmet/'], [320, '/en/programme/']] as const) {
      await page.setViewportSize({ width, height: 640 });
      await page.goto(rel(path));
      const corner = page.locator('.quick-exit').getByRole('button', { name: /^(Säkert läge|Safe mode)$/ });
      await expect(corner, `${width} ${path}`).toBeInViewport();
      expect(await languageUncovered(page), `${width} ${path}`).toBe(true);
    }
  });

  test('on the narrowest screen in Swedish, the switch is under Settings', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(rel('/programmet/'));
    await expect(page.locator('.quick-exit').getByRole('button', { name: 'Säkert läge' })).toBeHidden();
    expect(await languageUncovered(page)).toBe(true);
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Inställningar' }).click();
    const inSettings = page.getByRole('region', { name: 'Inställningar' }).getByRole('button', { name: 'Säkert läge' });
    await inSettings.click();
    await expect(inSettings).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => sessionStorage.getItem('nsp:safe-mode'))).toBe('on');
  });
});

/**
 * The first moment of a page: the workbench's module runs only after the page is parsed (later on
 * a slow phone), so links, forms and Shift ×3 are taken over by the script in <head>
 * (src/components/safe-mode/early-safety.ts, in /early/<hash>.js). These tests click the moment a
 * control appears, without waiting for the module, on pages loaded afresh.
 */
test.describe('before the page’s script has run', () => {
  const languageSwitch = (page: Page) => page.getByRole('link', { name: /^(In English – läs den här sidan på engelska|På svenska – read this page in Swedish)$/ });
  /** Waits only until the new page has replaced the old one (no load, no script). */
  const committed = (page: Page, url: RegExp) => page.waitForURL(url, { waitUntil: 'commit' });

  test('with the CPU 6× slower, links and the language switch clicked at once add no entry', async ({ page, otherOrigin }) => {
    await arrive(page, otherOrigin);
    const entries = await historyLength(page);
    await cornerSwitch(page).click();
    await expect(cornerSwitch(page)).toHaveAttribute('aria-pressed', 'true');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

    await page.locator('main').getByRole('link', { name: 'minimikraven' }).first().click();
    await committed(page, /\/certifiering\/minimikrav\/$/);
    await languageSwitch(page).click();
    await committed(page, /\/en\/certification\/requirements\/$/);
    await languageSwitch(page).click();
    await committed(page, /\/certifiering\/minimikrav\/$/);
    await page.getByRole('region', { name: 'Statusfält' }).getByRole('link', { name: 'Kortkommandon' }).click();
    await committed(page, /\/kortkommandon\/$/);
    await languageSwitch(page).click();
    await committed(page, /\/en\/shortcuts\/$/);
    expect(await historyLength(page), 'five pages opened at once, no entry added').toBe(entries);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect(page.getByRole('button', { name: 'Safe mode', exact: true }).first(), 'still on').toHaveAttribute('aria-pressed', 'true');
  });

  test('with the script late, a link, the search form and Shift ×3 still keep the visit one entry', async ({ page, otherOrigin }) => {
    await arrive(page, otherOrigin);
    const entries = await historyLength(page);
    await cornerSwitch(page).click();
    await expect(cornerSwitch(page)).toHaveAttribute('aria-pressed', 'true');
    // From here on the site's scripts arrive three seconds late, as on a slow connection.
    let late = 0;
    await page.route(/\/_astro\/.+\.js$/, async (route) => {
      late++;
      await new Promise((done) => setTimeout(done, 3_000));
      await route.continue().catch(() => undefined); // the page may have gone on already
    });
    // Read once the switch's markup is parsed (the locator waits for it): just after a navigation
    // commits it may not be yet (1 run in 260 read nothing), and the script that would unhide it
    // is held back 3 s.
    const stillLate = () => page.locator('[data-safe-mode-switch]').first().evaluate((el) => el.hasAttribute('hidden'));

    await page.locator('main').getByRole('link', { name: 'minimikraven' }).first().click();
    await committed(page, /\/certifiering\/minimikrav\/$/);
    await languageSwitch(page).click();
    await committed(page, /\/en\/certification\/requirements\/$/);
    await page.getByRole('link', { name: 'Search NSP-guiden' }).click();
    await committed(page, /\/en\/search\/$/);
    await page.getByRole('searchbox').fill('shelter');
    await page.getByRole('searchbox').press('Enter');
    await committed(page, /\/en\/search\/\?q=shelter$/);
    expect(await stillLate(), 'the script has not run yet').toBe(true);
    expect(await historyLength(page), 'a link, the language switch, a link and the search form added no entry').toBe(entries);

    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(exitTarget);
    expect(late, 'the scripts were held back').toBeGreaterThan(0);
    await page.goBack();
    await expect(page).toHaveTitle(beforeTitle);
  });
});
