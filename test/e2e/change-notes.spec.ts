import { expect, test } from '../support/guarded';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import Parser from 'rss-parser';
import { parse as parseYaml } from 'yaml';
import { builtHtml, builtPages, rel } from '../support/built-pages';

/**
 * Change notes (issue 20): every content page shows its latest change and lists all of them in a
 * native <details>; "Ändringar" / "What's new" lists every change; each language has an RSS feed
 * that every page announces and that a real feed parser reads.
 */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const pages = builtPages().filter((p) => !p.endsWith('.html'));
/** A site path ("/en/rates/2024/") from an href the build wrote (with the base, maybe absolute). */
const sitePath = (href: string) => `/${new URL(href, `http://x${base}`).pathname.slice(base.length)}`;
/** Content pages: those that say when they were checked against their sources. */
const contentPages = pages.filter((p) => parseHtml(builtHtml(p)).querySelector('.cite-page__reviewed'));

test('every content page in both languages shows its latest change, then all its changes in a <details>', () => {
  expect(contentPages.length).toBeGreaterThan(40);
  expect(contentPages.filter((p) => p.startsWith('/en/')).length * 2).toBe(contentPages.length);
  for (const path of contentPages) {
    const doc = parseHtml(builtHtml(path));
    const last = doc.querySelector('article > h1 + p.changed');
    expect(last, `${path}: no "last changed" line under the title`).not.toBeNull();
    expect(last?.textContent, path).toMatch(path.startsWith('/en/') ? /^Last changed \d{1,2} [A-Z][a-z]+ \d{4}: \S/ : /^Senast ändrad \d{1,2} [a-zåäö]+ \d{4}: \S/);
    const all = doc.querySelector('article > p.changed + details.changed');
    expect(all?.querySelector('summary')?.textContent, path).toBe(path.startsWith('/en/') ? 'Show all changes' : 'Visa alla ändringar');
    const items = all?.querySelectorAll('li') ?? [];
    expect(items.length, path).toBeGreaterThan(0);
    // The latest is the first listed, with the same date and note.
    expect(last?.textContent.replace(/^\D+/, ''), path).toBe(items[0]?.textContent);
    // Each change with a link leads to an element that exists.
    for (const a of all?.querySelectorAll('li a') ?? []) {
      const href = a.getAttribute('href') ?? '';
      const target = href.startsWith('#') ? path : sitePath(href);
      const id = href.split('#')[1];
      const html = builtHtml(target);
      if (id) expect(html.includes(`id="${id}"`), `${path}: ${href} points to no element`).toBe(true);
    }
  }
});

test('a page and its twin list the same changes, each in its own language', () => {
  for (const path of contentPages.filter((p) => !p.startsWith('/en/'))) {
    const doc = parseHtml(builtHtml(path));
    const twin = doc.querySelector('link[rel=alternate][hreflang=en]')?.getAttribute('href') ?? '';
    const en = parseHtml(builtHtml(sitePath(twin)));
    const dates = (d: typeof doc) => d.querySelectorAll('details.changed li time').map((t) => t.getAttribute('datetime'));
    expect(dates(en), `${path} and ${twin}`).toEqual(dates(doc));
  }
});

test('the latest change of each rates page is the one its YAML file records last (read from the file, not typed here)', async ({ page }) => {
  test.setTimeout(120_000);
  const files = readdirSync('content/rates').filter((f) => /^\d{4}\.ya?ml$/.test(f));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const data = parseYaml(readFileSync(`content/rates/${file}`, 'utf8')) as { year: number; changes: { date: string; sv: string; en: string }[] };
    expect(data.changes.length, file).toBeGreaterThan(0);
    // Notes are appended: of the newest day's notes, the last written is the latest.
    const newest = data.changes.map((c) => c.date).sort().at(-1);
    const latest = data.changes.filter((c) => c.date === newest).at(-1)!;
    for (const [path, lang, locale, label] of [
      [`/ersattningar/${data.year}/`, 'sv', 'sv-SE', 'Senast ändrad'],
      [`/en/rates/${data.year}/`, 'en', 'en-GB', 'Last changed'],
    ] as const) {
      await page.goto(rel(path));
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${latest.date}T00:00:00Z`));
      await expect(page.locator('article p.changed')).toHaveText(`${label} ${date}: ${latest[lang]}`);
      // The <details> is closed until opened, and then lists the note.
      const details = page.locator('article details.changed');
      await expect(details.locator('li').first()).toBeHidden();
      await details.locator('summary').click();
      await expect(details.locator('li').filter({ hasText: latest[lang] })).toBeVisible();
    }
  }
});

for (const [lang, start, title, monthHeading] of [
  ['sv', '/', 'Ändringar', /^December 2026$/],
  ['en', '/en/', "What's new", /^December 2026$/],
] as const) {
  test(`${lang}: the what's-new page lists every change by month, says where the history starts, and the explorer and the palette reach it`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(rel(start));
    const explorer = page.getByRole('navigation', { name: lang === 'sv' ? 'Utforskaren' : 'Explorer' });
    await explorer.getByRole('button', { name: lang === 'sv' ? 'Referens' : 'Reference' }).click();
    await explorer.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 2, name: monthHeading })).toBeVisible();
    await expect(page.locator('article')).toContainText(lang === 'sv' ? 'Historiken börjar där våra anteckningar börjar, i december 2026' : 'The history starts where our records start, in December 2026');
    const entries = page.locator('article ul.whats-new > li');
    expect(await entries.count()).toBeGreaterThan(20);
    // Newest first.
    const dates = await entries.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());

    await page.goto(rel(start));
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: lang === 'sv' ? 'Kommandopalett' : 'Command palette' });
    const input = palette.getByRole('combobox', { name: lang === 'sv' ? /^Sök sidor/ : /^Search pages/ });
    // As a page by its title, and as a command after ">".
    await input.fill(title);
    await expect(palette.getByRole('option', { name: new RegExp(`^${title}`) }).first()).toBeVisible();
    await input.fill(lang === 'sv' ? '>ändringar' : ">what's new");
    await palette.getByRole('option', { name: lang === 'sv' ? 'Visa ändringar på webbplatsen' : "Show what's new on the site" }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}

test('every page announces its language’s feed; both feeds parse, one item per change, each with a date, a link and a title', async ({ request }) => {
  test.setTimeout(120_000);
  const feeds = new Map<string, string>();
  for (const path of pages) {
    const doc = parseHtml(builtHtml(path));
    const links = doc.querySelectorAll('link[rel=alternate][type="application/rss+xml"]');
    expect(links.length, path).toBe(1);
    const lang = doc.querySelector('html')?.getAttribute('lang') ?? '';
    const href = sitePath(links[0]?.getAttribute('href') ?? '');
    expect(feeds.get(lang) ?? href, `${path} announces another ${lang} feed`).toBe(href);
    feeds.set(lang, href);
  }
  expect([...feeds.keys()].sort()).toEqual(['en', 'sv']);

  const parser = new Parser();
  for (const [lang, path] of feeds) {
    const response = await request.get(rel(path));
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/xml/);
    const feedUrl = response.url();
    const feed = await parser.parseString(await response.text());
    expect(feed.title, path).toMatch(/NSP-guiden/);
    // One item per change: as many as the what's-new page (the feed's channel link) lists.
    const listed = parseHtml(builtHtml(sitePath(new URL(feed.link ?? '', feedUrl).href))).querySelectorAll('ul.whats-new > li').length;
    expect(listed, `${lang} what's-new page`).toBeGreaterThan(20);
    expect(feed.items.length, path).toBe(listed);
    const guids = new Set<string>();
    const targets = new Set<string>();
    for (const item of feed.items) {
      expect(item.title, path).toBeTruthy();
      expect(Number.isNaN(Date.parse(item.isoDate ?? '')), `${path}: ${item.title} has no date`).toBe(false);
      expect(item.link, `${path}: ${item.title} has no link`).toBeTruthy();
      const url = new URL(item.link ?? '', feedUrl);
      expect(url.origin, item.link).toBe(new URL(feedUrl).origin);
      expect(url.search, `${item.link} carries parameters`).toBe('');
      expect(item.guid && !guids.has(item.guid), `${path}: guid ${item.guid} missing or repeated`).toBe(true);
      guids.add(item.guid ?? '');
      targets.add(url.href);
    }
    // Every link leads to a page the server has, and its anchor to an element on that page.
    for (const target of targets) {
      const url = new URL(target);
      expect((await request.get(url.href)).status(), target).toBe(200);
      const id = url.hash.slice(1);
      if (id) expect(builtHtml(sitePath(url.href)).includes(`id="${id}"`), `${target} points to no element`).toBe(true);
    }
  }
});
