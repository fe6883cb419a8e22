import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '../support/guarded';
import { builtPages, rel } from '../support/built-pages';
import { listShortcuts } from '../../src/lib/shortcuts';
import { layoutShift, startedUp, watchLayoutShift } from '../support/layout-shift';

/** The workbench around every page: tabs, explorer, outline, drawer, print, no-JS navigation. */
const explorer = (page: Page) => page.getByRole('navigation', { name: 'Utforskaren' });
const tabs = (page: Page) => page.getByRole('navigation', { name: 'Öppna sidor' });

test('tabs open with each page, switch, and close by mouse and by keyboard', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  await explorer(page).getByRole('button', { name: 'Referens' }).click();
  await explorer(page).getByRole('link', { name: 'Källor' }).click();
  await expect(page).toHaveURL(/\/kallor\/$/);
  await expect(tabs(page).getByRole('link')).toHaveText(['Om programmet', 'Källor']);
  await expect(tabs(page).getByRole('link', { name: 'Källor' })).toHaveAttribute('aria-current', 'page');

  await tabs(page).getByRole('link', { name: 'Om programmet' }).click();
  await expect(page).toHaveURL(/\/programmet\/$/);
  await expect(tabs(page).getByRole('link')).toHaveText(['Om programmet', 'Källor']);

  await tabs(page).getByRole('button', { name: 'Stäng Källor' }).click();
  await expect(tabs(page).getByRole('link')).toHaveText(['Om programmet']);
  await page.reload();
  await expect(tabs(page).getByRole('link')).toHaveText(['Om programmet']);

  // Keyboard: arrows move between tabs, Delete closes the focused one; closing the page on
  // screen shows its neighbour.
  await page.goto(rel('/kortkommandon/'));
  await tabs(page).getByRole('link', { name: 'Kortkommandon' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs(page).getByRole('link', { name: 'Om programmet' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs(page).getByRole('link', { name: 'Kortkommandon' })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page).toHaveURL(/\/programmet\/$/);
  await expect(tabs(page).getByRole('link')).toHaveText(['Om programmet']);
  expect(await page.evaluate(() => sessionStorage.getItem('nsp:tabs'))).toContain('/programmet/');
});

test('with more tabs than fit, the current page’s tab is scrolled into view and the page is not', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  const swedish = builtPages().filter((p) => p.endsWith('/') && !p.startsWith('/en/')).slice(0, 12);
  for (const path of swedish) await page.goto(rel(path));
  const active = tabs(page).locator('[aria-current="page"]');
  await expect(active).toBeInViewport();
  expect(await tabs(page).evaluate((nav) => nav.scrollWidth > nav.clientWidth), 'the tabs overflow their strip').toBe(true);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('on a wide screen nothing moves once the page is shown (layout shift under 0.03)', async ({ page }) => {
  // Four pages to their network's rest: past 30 s on a 2-core machine at a load average of 50.
  test.slow();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await watchLayoutShift(page);
  for (const path of ['/', '/programmet/', '/ordlista/', '/kalkylator/']) {
    await page.goto(rel(path), { waitUntil: 'networkidle' });
    // The calculator fills in over a few frames: every stage has landed before the sum is read.
    await startedUp(page);
    expect(await layoutShift(page), path).toBeLessThan(0.03);
  }
});

test('the explorer works by keyboard as disclosure navigation', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  const folder = explorer(page).getByRole('button', { name: 'Programmet' });
  await expect(folder).toHaveAttribute('aria-expanded', 'true');
  await expect(explorer(page).getByRole('link', { name: 'Om programmet' })).toHaveAttribute('aria-current', 'page');
  const reference = explorer(page).getByRole('button', { name: 'Referens' });
  await expect(reference).toHaveAttribute('aria-expanded', 'false');
  await expect(explorer(page).getByRole('link', { name: 'Källor' })).toBeHidden();

  await folder.focus();
  await page.keyboard.press('ArrowDown');
  await expect(explorer(page).getByRole('link', { name: 'Om programmet' })).toBeFocused();
  // ArrowDown walks the visible items in order (the rest of this folder, the closed folders after
  // it) and so reaches the Reference folder, the last one, without skipping it.
  for (let i = 0; i < 40 && !(await reference.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(reference).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reference).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const first = explorer(page).locator('#folder-reference-files a').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Home');
  await expect(explorer(page).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(explorer(page).locator('#folder-reference-files a').last()).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+Tab');
  await reference.focus();
  await page.keyboard.press(' ');
  await expect(reference).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  const firstHref = (await first.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${firstHref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('the side bar collapses from the activity bar and resizes by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(rel('/programmet/'));
  const views = page.getByRole('navigation', { name: 'Vyer' });
  const button = views.getByRole('button', { name: 'Utforskaren' });
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await button.click();
  await expect(explorer(page)).toBeHidden();
  await button.click();
  await expect(explorer(page)).toBeVisible();
  const sash = page.getByRole('separator', { name: 'Sidopanelens bredd' });
  const before = Number(await sash.getAttribute('aria-valuenow'));
  await sash.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(sash).toHaveAttribute('aria-valuenow', String(before + 32));
  await views.getByRole('button', { name: 'Inställningar' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Färgtema' }).or(page.getByRole('group', { name: 'Färgtema' }))).toBeVisible();
});

test.describe('the settings view', () => {
  const views = (page: Page) => page.getByRole('navigation', { name: /^(Vyer|Views)$/ });
  const statusBar = (page: Page) => page.getByRole('region', { name: 'Statusfält' });
  test.use({ viewport: { width: 1280, height: 800 } });

  test('builds its choices when first opened; they change the theme and the rules year everywhere, and stay in step', async ({ page }) => {
    await page.goto(rel('/programmet/'));
    const years = JSON.parse((await page.locator('html').getAttribute('data-rate-years')) ?? '[]') as string[];
    expect(years.length, 'documented rules years').toBeGreaterThan(0);
    const settings = page.getByRole('region', { name: 'Inställningar' });
    await expect(settings.getByRole('radio')).toHaveCount(0);
    await views(page).getByRole('button', { name: 'Inställningar' }).click();
    const themes = settings.getByRole('group', { name: 'Färgtema' });
    await expect(themes.getByRole('radio')).toHaveCount(4);
    await themes.getByRole('radio', { name: 'Hög kontrast, ljust', exact: true }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'hc-light');
    await expect(statusBar(page).getByRole('button', { name: 'Tema: Hög kontrast, ljust' })).toBeVisible();
    const year = settings.getByRole('combobox', { name: 'Regelår för ersättningar och kalkylatorer' });
    await year.selectOption(years[0]!);
    await expect(statusBar(page).getByRole('button', { name: `Regelår: ${years[0]}` })).toBeVisible();
    // A change elsewhere (the palette) shows in the view at once.
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: /Sök sidor/ }).fill('>Mörkt');
    await page.getByRole('option', { name: 'Tema: Mörkt' }).click();
    await expect(themes.getByRole('radio', { name: 'Mörkt', exact: true })).toBeChecked();
    // The view stays open for the session, and the next page builds it at once, in its language.
    await page.goto(rel('/en/programme/'));
    const english = page.getByRole('region', { name: 'Settings' });
    await expect(english.getByRole('group', { name: 'Colour theme' }).getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
    await expect(english.getByRole('combobox', { name: 'Rules year for rates and calculators' })).toHaveValue(years[0]!);
  });

  test.describe('offline', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('if its choices cannot load, it says so, and tries again when opened again', async ({ page }) => {
      await page.route('**/settings/*.json', (route) => route.abort());
      await page.goto(rel('/programmet/'));
      const settings = page.getByRole('region', { name: 'Inställningar' });
      const button = views(page).getByRole('button', { name: 'Inställningar' });
      await button.click();
      await expect(settings.getByText(/^Färgtema och regelår kräver sidans skript\./)).toBeVisible();
      await expect(settings.getByRole('button', { name: 'Säkert läge' }), 'safe mode does not wait for them').toBeVisible();
      await page.unroute('**/settings/*.json');
      await button.click();
      await button.click();
      await expect(settings.getByRole('group', { name: 'Färgtema' }).getByRole('radio')).toHaveCount(4);
      await expect(settings.getByText(/^Färgtema och regelår kräver sidans skript\./)).toBeHidden();
    });
  });
});

test('the side bar\'s resize handle is never shown without its width (aria-valuenow)', async ({ page }) => {
  // Every moment the handle is shown is recorded, with or without its value: axe reads the page at
  // one moment, a screen reader at any, so a gap of one task between the two is a failure.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { sashSeen: string[] }).sashSeen = seen;
    new MutationObserver(() => {
      const sash = document.querySelector('.sidebar__sash');
      if (sash && !sash.hasAttribute('hidden')) seen.push(sash.getAttribute('aria-valuenow') ?? 'none');
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden', 'aria-valuenow'] });
  });
  for (const kept of [false, true]) {
    await page.goto(rel('/programmet/'));
    const sash = page.getByRole('separator', { name: 'Sidopanelens bredd' });
    await expect(sash).toBeVisible();
    const seen = await page.evaluate(() => (window as unknown as { sashSeen: string[] }).sashSeen);
    expect(seen.length, 'the handle was shown').toBeGreaterThan(0);
    expect(seen, kept ? 'with a width kept from earlier in the session' : 'with the style sheet\'s width').not.toContain('none');
    // A width chosen earlier in the session takes the other path: set at once, not in the next frame.
    if (!kept) {
      await sash.focus();
      await page.keyboard.press('ArrowRight');
    }
  }
});

test('the outline lists the headings and marks the section in view', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 700 });
  await page.goto(rel('/saker-anvandning/'));
  const outline = page.getByRole('navigation', { name: 'Disposition' });
  // The outline follows the page's own text; the "cite this page" block after it is not part of it.
  const headings = await page.locator('main h2:not(.cite-page h2)').allInnerTexts();
  await expect(outline.getByRole('link')).toHaveText(headings);
  await expect(outline.getByRole('link').first()).toHaveAttribute('aria-current', 'location');
  const last = headings.at(-1) ?? '';
  await page.getByRole('main').getByRole('heading', { name: last }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect(outline.getByRole('link', { name: last })).toHaveAttribute('aria-current', 'location');
  await expect(outline.getByRole('link').first()).not.toHaveAttribute('aria-current', 'location');
});

test('an outline built from headings made of parts keeps the parts apart', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 700 });
  await page.goto(rel('/rattslig-ram/svensk-lag/'));
  const outline = page.getByRole('navigation', { name: 'Disposition' });
  // The provision heading shows its chapter and section above its title: the outline must not
  // read "4 kap. 1 a §Brottet människohandel".
  await expect(outline.getByRole('link', { name: '4 kap. 1 a § Brottet människohandel' })).toBeVisible();
  const texts = await outline.getByRole('link').allTextContents();
  expect(texts.filter((x) => /§\p{L}/u.test(x))).toEqual([]);
});

test('the shortcuts page lists every shortcut of the one definition', async ({ page }) => {
  await page.goto(rel('/kortkommandon/'));
  const rows = page.getByRole('main').locator('tbody tr');
  await expect(rows).toHaveCount(listShortcuts().length);
  await expect(page.getByRole('row', { name: /Ctrl\+K.*⌘\+K.*F1/ })).toContainText('kommandopaletten');
  await expect(page.getByRole('row', { name: /Shift 3 gånger inom 5 sekunder/ })).toBeVisible();
  await page.goto(rel('/'));
  await page.getByRole('region', { name: 'Statusfält' }).getByRole('link', { name: 'Kortkommandon' }).click();
  await expect(page).toHaveURL(/\/kortkommandon\/$/);
});

test.describe('on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // Every page, loaded at 320 px, is checked for sideways scrolling in every-page.spec.ts.
  test('the activity bar sits at the bottom and the explorer is a drawer', async ({ page }) => {
    await page.goto(rel('/programmet/'));
    const views = page.getByRole('navigation', { name: 'Vyer' });
    const box = await views.boundingBox();
    expect(box && box.y + box.height).toBeGreaterThan(560);
    await expect(explorer(page)).toBeHidden();
    const button = views.getByRole('button', { name: 'Utforskaren' });
    await button.click();
    await expect(explorer(page)).toBeVisible();
    await expect(explorer(page).getByRole('link', { name: 'Om programmet' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(explorer(page)).toBeHidden();
    await expect(button).toBeFocused();
    await button.click();
    await explorer(page).getByRole('button', { name: 'Referens' }).click();
    await explorer(page).getByRole('link', { name: 'Källor' }).click();
    await expect(page).toHaveURL(/\/kallor\/$/);
    await expect(explorer(page)).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorer is a nested list of links that reaches every section', async ({ page }) => {
    await page.goto(rel('/'));
    const sections = await explorer(page).locator(':scope > ul > li').count();
    expect(sections).toBeGreaterThan(2);
    for (let i = 0; i < sections; i++) {
      await page.goto(rel('/'));
      const folder = explorer(page).locator(':scope > ul > li').nth(i);
      const link = folder.getByRole('link').first();
      await expect(link).toBeVisible();
      const name = (await link.innerText()).trim();
      await link.click();
      await expect(explorer(page).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Lämna sidan snabbt' })).toHaveAttribute('href', /^https:\/\//);
    await expect(page.getByRole('navigation', { name: 'Vyer' }).getByRole('link', { name: 'Sök' })).toHaveAttribute('href', /\/sok\/$/);
  });
});

test('printing shows the content alone', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  await page.emulateMedia({ media: 'print' });
  for (const chrome of [
    page.getByRole('banner'),
    page.getByRole('navigation', { name: 'Vyer' }),
    explorer(page),
    tabs(page),
    page.getByRole('navigation', { name: 'Du är här' }),
    page.getByRole('navigation', { name: 'Disposition' }),
    page.getByRole('region', { name: 'Statusfält' }),
    page.getByRole('button', { name: 'Lämna sidan snabbt' }),
    page.getByRole('contentinfo'),
  ]) {
    await expect(chrome).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Kompletteringsprincipen');
});

/**
 * The calculator page served in two parts, through a proxy of the served build on a free port:
 * everything up to the calculator's island at once, the rest (the status bar among it) only when
 * the test calls `release`. Everything else passes through unchanged.
 */
const splitPage = test.extend<{ split: { at: string; release: () => void } }>({
  split: async ({ baseURL }, use) => {
    const upstream = new URL(baseURL ?? '');
    const pageUrl = new URL(rel('/kalkylator/'), upstream);
    const served = await fetch(pageUrl);
    const html = await served.text();
    const cut = html.indexOf('</astro-island>') + '</astro-island>'.length;
    expect(cut, 'the calculator page has an island').toBeGreaterThan('</astro-island>'.length);
    let release = () => {};
    const rest = new Promise<void>((resolve) => (release = resolve));
    const headersOf = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)));
    const proxy = createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', upstream);
      if (url.pathname !== pageUrl.pathname) {
        const answer = await fetch(url);
        response.writeHead(answer.status, headersOf(answer));
        response.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      response.writeHead(200, headersOf(served));
      response.write(html.slice(0, cut));
      await rest;
      response.end(html.slice(cut));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const at = new URL(pageUrl.pathname, `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`).href;
    await use({ at, release });
    release();
    await new Promise((resolve) => proxy.close(resolve));
  },
  allowedOrigins: async ({ split }, use) => use([new URL(split.at).origin]),
});

splitPage('on a tool page whose island runs before the rest of the page has arrived, the workbench still wires the whole page', async ({ page, split }) => {
  // The island shares the workbench's chunk (astro.config.mjs, fewerScriptChunks), so the
  // workbench's code has run by the time the island has; it must wait for the rest of the page.
  const loaded = page.goto(split.at, { waitUntil: 'load' });
  await expect(page.getByRole('button', { name: 'Lägg till period' })).toBeVisible();
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  split.release();
  await loaded;
  await expect(page.locator('[data-theme-status]')).toBeVisible();
  await expect(page.locator('[data-js-only][hidden]')).toHaveCount(0);
});
