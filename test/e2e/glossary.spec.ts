import { expect, test } from '../support/guarded';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { TermFinder } from '../../src/lib/glossary/terms';
import { builtHtml, builtPages, rel } from '../support/built-pages';
import { searchHits } from '../support/search-hits';

/** The glossary as the build saw it: the tests follow the data, never a copy of it. */
interface Entry {
  id: string;
  term: { sv: string; en: string };
  synonyms: { sv: string[]; en: string[] };
}
const entries = (parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as Entry[]).map((e) => ({
  ...e,
  synonyms: { sv: e.synonyms?.sv ?? [], en: e.synonyms?.en ?? [] },
}));
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const sitePath = (pathname: string) => `/${pathname.slice(base.length)}`;

/** The visible prose of a built page's article, without the search-only names and the cite block. */
function articleText(path: string): string {
  const doc = parse(builtHtml(path));
  const article = doc.querySelector('article');
  article?.querySelectorAll('.glossary-names, .cite-page').forEach((e) => e.remove());
  return (article?.textContent ?? '').replace(/\s+/g, ' ');
}

for (const [lang, path] of [['sv', '/ordlista/'], ['en', '/en/glossary/']] as const) {
  test(`the ${lang} glossary has every entry as an anchor, with letter links that lead to them`, async ({ page }) => {
    await page.goto(rel(path));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'sv' ? 'Ordlista' : 'Glossary');
    for (const entry of entries) {
      await expect(page.locator(`[id="${entry.id}"] dfn`)).toHaveText(entry.term[lang]);
    }
    const letters = page.getByRole('navigation', { name: lang === 'sv' ? 'Gå till bokstav' : 'Go to letter' }).getByRole('link');
    expect(await letters.count()).toBeGreaterThan(10);
    await letters.filter({ hasText: /^T$/ }).click();
    const heading = page.getByRole('heading', { level: 2, name: /T$/ });
    await expect(heading).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#${lang === 'sv' ? 'bokstav' : 'letter'}-t$`));
  });
}

test('a synonym row sends the reader to the main entry', async ({ page }) => {
  await page.goto(rel('/ordlista/'));
  const row = page.locator('.glossary__see').filter({ has: page.getByText('uppehållstillstånd för betänketid', { exact: true }) });
  await row.getByRole('link', { name: 'betänketid' }).click();
  await expect(page).toHaveURL(/#betanketid$/);
  await expect(page.locator('#betanketid')).toBeInViewport();
});

test("the programme's reflection period is its own entry, not a name for the residence permit (betänketid)", async ({ page }) => {
  await page.goto(rel('/ordlista/'));
  // "reflektionsperiod" no longer leads to betänketid: no synonym row sends it there.
  await expect(page.locator('.glossary__see').filter({ has: page.getByText('reflektionsperiod', { exact: true }) })).toHaveCount(0);
  const entry = page.locator('#reflektionsperiod');
  await expect(entry).toContainText('reflektionsperiod');
  await expect(entry).toContainText('inte ett uppehållstillstånd');
});

test('"used on" lists exactly the pages whose text uses the term, computed from the build', async ({ page }) => {
  await page.goto(rel('/ordlista/'));
  // Every page listed under "Används på" for the programme term really mentions it...
  const usedOn = page.locator('#nationella-stodprogrammet .glossary__used-on a');
  const hrefs = await usedOn.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect(articleText(sitePath(href)).toLowerCase(), href).toMatch(/nationella stödprogrammet|\bnsp\b/);
  // ...and following one lands on a page whose first use links back to the definition.
  await usedOn.first().click();
  const termLink = page.locator('article a.term[href$="/ordlista/#nationella-stodprogrammet"]');
  await expect(termLink).toHaveCount(1);
  await termLink.click();
  await expect(page).toHaveURL(/\/ordlista\/#nationella-stodprogrammet$/);
  await expect(page.locator('#nationella-stodprogrammet')).toBeInViewport();
});

test('the first use of a term on a page links to its definition, and only the first', () => {
  const checked: string[] = [];
  for (const path of builtPages()) {
    if (path === '/ordlista/' || path === '/en/glossary/' || path === '/404.html') continue;
    const doc = parse(builtHtml(path));
    const links = doc.querySelectorAll('article a.term');
    const targets = links.map((a) => a.getAttribute('href') ?? '');
    // Never twice to the same definition on one page, never inside a heading.
    expect(new Set(targets).size, `${path}: a term is linked twice`).toBe(targets.length);
    expect(doc.querySelectorAll('article h1 a.term, article h2 a.term, article h3 a.term'), path).toHaveLength(0);
    if (links.length > 0) checked.push(path);
  }
  expect(checked).toEqual(expect.arrayContaining(['/', '/en/', '/programmet/', '/en/programme/']));
});

test('the glossary page itself links no term to itself', () => {
  expect(parse(builtHtml('/ordlista/')).querySelectorAll('a.term')).toHaveLength(0);
});

/** Whether search indexes the page: its text is marked for Pagefind (navigation pages are not). */
const indexed = (path: string) => parse(builtHtml(path)).querySelector('article[data-pagefind-body]') !== null;

/**
 * Indexed pages (not the glossary) whose visible text uses the glossary entry `id` (as the
 * glossary's own matcher reads it) but never contains `query`: a search for `query` can only
 * find them through the entry's synonyms.
 */
function pagesSayingOnly(id: string, query: string, lang: 'sv' | 'en'): string[] {
  const finder = new TermFinder(entries, lang);
  return builtPages().filter((p) => {
    if (p.endsWith('.html') || p === '/ordlista/' || p === '/en/glossary/' || (lang === 'sv') === p.startsWith('/en/') || !indexed(p)) return false;
    const text = articleText(p);
    return finder.idsIn(text).has(id) && !text.toLowerCase().includes(query.toLowerCase());
  });
}

test('searching "betänketid" on the search page finds its glossary entry and every page that says it another way', async ({ page }) => {
  await page.goto(`${rel('/sok/')}?q=${encodeURIComponent('betänketid')}`);
  await expect(page.getByRole('main').getByRole('status')).toContainText(/träff/, { timeout: 15_000 });
  const found = await searchHits(page);
  expect(found.some((p) => p.endsWith('/ordlista/'))).toBe(true);
  for (const target of pagesSayingOnly('betanketid', 'betänketid', 'sv')) {
    expect(found.some((p) => p.endsWith(target)), `${target} says reflektionsperiod`).toBe(true);
  }
});

test('a synonym finds a real content page that only uses the other name', async ({ page }) => {
  // The Swedish pages say "människohandel"; the glossary gives "trafficking" as another name for it.
  const targets = pagesSayingOnly('manniskohandel', 'trafficking', 'sv');
  expect(targets).toEqual(expect.arrayContaining(['/', '/programmet/']));
  await page.goto(rel('/sok/'));
  const found = await page.evaluate(async (base) => {
    const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pf.options({ baseUrl: base });
    const r = await pf.search('trafficking');
    return Promise.all(r.results.map(async (x: { data: () => Promise<{ url: string }> }) => (await x.data()).url));
  }, base);
  for (const target of targets) expect(found.some((u: string) => u.endsWith(target)), `${target} not found by a synonym`).toBe(true);
});
