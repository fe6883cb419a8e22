import { expect, test } from '../support/guarded';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { builtHtml, builtPages, rel } from '../support/built-pages';

/** "Citera den här sidan / Cite this page" sits at the end of every page's article. */
test('every page ends its article with a citation of itself, naming its title', () => {
  const pages = builtPages().filter((p) => !p.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const doc = parse(builtHtml(path));
    const block = doc.querySelector('article > .cite-page');
    expect(block, `${path} has no cite block`).not.toBeNull();
    const title = doc.querySelector('article h1')?.textContent.trim() ?? '';
    expect(block?.querySelector('[data-cite-text]')?.textContent, path).toContain(title);
  }
});

test('every prose page shows when it was last checked against its sources, and its citation says so', () => {
  const pages = builtPages().filter((p) => !p.endsWith('.html'));
  let prose = 0;
  for (const path of pages) {
    const doc = parse(builtHtml(path));
    const block = doc.querySelector('article > .cite-page');
    const reviewed = block?.querySelector('.cite-page__reviewed');
    if (!reviewed) continue;
    prose += 1;
    const iso = reviewed.getAttribute('data-reviewed') ?? '';
    expect(iso, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const cite = block?.querySelector('[data-cite-text]')?.textContent ?? '';
    expect(cite, path).toMatch(path.startsWith('/en/') ? /Reviewed \d{1,2} \w+ \d{4}\./ : /Granskad \d{1,2} \p{L}+ \d{4}\./u);
  }
  // Every MDX page has a required `reviewed` date (src/schemas/page.ts): there are dozens of them.
  expect(prose).toBeGreaterThan(40);
});

test('the reviewed date stands beside the citation heading', async ({ page }) => {
  await page.goto(rel('/certifiering/processen/'));
  const region = page.getByRole('region', { name: 'Citera den här sidan' });
  await expect(region.getByText('Innehållet kontrollerades mot källorna 2 december 2026.')).toBeVisible();
  await expect(region.locator('[data-cite-text]')).toContainText('Granskad 2 december 2026.');
});

test('a page generated from a rates file shows the day that file was checked, not the build day', async ({ page }) => {
  await page.goto(rel('/en/rates/2024/'));
  const region = page.getByRole('region', { name: 'Cite this page' });
  await expect(region.locator('[data-cite-text]')).toContainText('Reviewed 1 December 2026.');
  await expect(region.locator('.cite-page__reviewed')).toHaveAttribute('data-reviewed', '2026-12-01');
});

test('the citation names the sources of the page’s front matter, linked to the bibliography', async ({ page }) => {
  await page.goto(rel('/programmet/'));
  const region = page.getByRole('region', { name: 'Citera den här sidan' });
  const text = region.locator('[data-cite-text]');
  await expect(text).toContainText('NSP-guiden: ”Om Nationella Stödprogrammet”.');
  await expect(text).toContainText('Nationella Stödprogrammet – Årsrapport 2024, avsnitt ”1 Om Nationella Stödprogrammet” och ”1.1 Tillträde och utträde ur programmet”');
  // Without SITE_URL the build knows no origin; the page fills in the address the reader is on.
  await expect(text).toContainText(`Hämtad från ${page.url()}.`);
  await region.getByRole('link', { name: 'Nationella Stödprogrammet – Årsrapport 2024' }).click();
  await expect(page).toHaveURL(/\/kallor\/#nsp-2024$/);
});

test('the copy button puts the citation on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(rel('/en/programme/'));
  const region = page.getByRole('region', { name: 'Cite this page' });
  await region.getByRole('button', { name: 'Copy the citation' }).click();
  await expect(region.getByRole('status')).toHaveText('The citation has been copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await region.locator('[data-cite-text]').textContent())?.replace(/\s+/g, ' ').trim());
  // The review day as the page's front matter gives it, so the test follows the content.
  const reviewed = /^reviewed: "(\d{4}-\d{2}-\d{2})"/m.exec(readFileSync('content/pages/en/programme/index.mdx', 'utf8'))?.[1] ?? '';
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(reviewed));
  expect(copied.startsWith('NSP-guiden: “'), copied).toBe(true);
  expect(copied).toContain(`/en/programme/. Reviewed ${day}. Based on: `);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the citation is plain selectable text and no dead button shows', async ({ page }) => {
    await page.goto(rel('/ordlista/'));
    const region = page.getByRole('region', { name: 'Citera den här sidan' });
    // The address is absolute when the build knows its site (SITE_URL), else root-relative.
    const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
    const address = process.env.SITE_URL ? new URL(`${base}ordlista/`, process.env.SITE_URL).href : `${base}ordlista/`;
    await expect(region.locator('[data-cite-text]')).toContainText(`NSP-guiden: ”Ordlista”. Hämtad från ${address}.`);
    await expect(region.getByRole('button')).toHaveCount(0);
  });
});

test('the bibliography groups sources by publisher and lists the pages citing each', async ({ page }) => {
  await page.goto(rel('/kallor/'));
  await expect(page.getByRole('heading', { level: 2, name: /^Plattformen Civila Sverige mot människohandel/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Statens offentliga utredningar/ })).toBeVisible();
  const entry = page.locator('#nsp-2024');
  const citedBy = entry.locator('.source-list__cited-by a');
  await expect(citedBy.filter({ hasText: 'Om programmet' })).toHaveCount(1);
  await expect(citedBy.filter({ hasText: 'Ordlista' })).toHaveCount(1);
  // And the pages it names really cite it.
  for (const href of await citedBy.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''))) {
    const html = builtHtml(href.replace(/^.*?(\/[^]*)$/, '$1').replace(new RegExp(`^${(process.env.BASE_PATH ?? '/').replace(/\/+$/, '')}`), ''));
    expect(html, href).toContain('/kallor/#nsp-2024');
  }
});

test('a citation reads out its source’s title the first time the page cites that source, and only then', () => {
  let repeats = 0;
  for (const path of builtPages().filter((p) => !p.endsWith('.html'))) {
    const html = builtHtml(path);
    expect(html, `${path}: the build left its mark on a citation (src/middleware.ts did not run)`).not.toContain('data-source-title');
    const seen = new Set<string>();
    for (const link of parse(html).querySelectorAll('article .cite a')) {
      // An island (the self-assessment) draws its own citations, the same on the server and in the
      // browser, so they keep their titles.
      if (link.closest('astro-island')) continue;
      const href = link.getAttribute('href') ?? '';
      const title = link.querySelector('.visually-hidden');
      if (seen.has(href)) {
        repeats += 1;
        expect(title, `${path}: ${link.text} repeats its source’s title`).toBeNull();
      } else {
        expect(title?.text ?? '', `${path}: the first citation of ${href} names its source`).toMatch(/ – (Källa|Source): \S/);
      }
      seen.add(href);
    }
  }
  expect(repeats, 'citations of a source already cited on their page').toBeGreaterThan(50);
});
