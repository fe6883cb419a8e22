import { expect, test } from '../support/guarded';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindRanking } from '../../src/lib/search-options';
import { parse } from 'node-html-parser';
import { builtHtml, rel } from '../support/built-pages';
import { searchHits } from '../support/search-hits';

/** The words to search for are taken from the built start pages, so the test follows the text. */
function wordsOf(path: string, count: number): string {
  const text = builtHtml(path)
    .replace(/^[\s\S]*?<main[^>]*>/, '')
    .replace(/<[^>]+>/g, ' ');
  const words = text.split(/[^\p{L}]+/u).filter((w) => w.length >= 9);
  if (words.length < count) throw new Error(`${path} has too few long words to search for`);
  return words.slice(0, count).join(' ');
}

for (const [lang, start, searchPage] of [
  ['sv', '/', '/sok/'],
  ['en', '/en/', '/en/search/'],
] as const) {
  test(`searching the ${lang} start page's text finds it`, async ({ page }) => {
    const query = wordsOf(start, 2);
    await page.goto(`${rel(searchPage)}?q=${encodeURIComponent(query)}`);
    // Among the first 20 hits (the best 5 are shown, "show more" adds the rest).
    const hrefs = await searchHits(page, 20);
    expect(hrefs.some((h) => h.endsWith(start))).toBe(true);
    await expect(page.getByRole('main').getByRole('status')).toContainText(query);
  });
}

test('the search form works from the keyboard and reports no hits plainly', async ({ page }) => {
  await page.goto(rel('/sok/'));
  await page.getByRole('searchbox', { name: 'Sök på webbplatsen' }).fill('qzxwvy');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Inga träffar för ”qzxwvy”.');
});

/**
 * Diacritics, on a small index built here with the same Pagefind as the site: an exact match
 * ranks first ("får" before "far"), and a query typed without them still finds the word.
 */
test.describe('Swedish diacritics in search', () => {
  let dir: string;
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nsp-pagefind-'));
    const pages = {
      'far/index.html': 'far far far. Min far och hans far.',
      'far-kort/index.html': 'far',
      'faar/index.html': 'Personen får stöd i trettio dagar.',
      'betanketid/index.html': 'Under betänketiden får personen vila och stöd.',
    };
    for (const [file, text] of Object.entries(pages)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), `<!doctype html><html lang="sv"><head><title>${file}</title></head><body><main data-pagefind-body><h1>${file}</h1><p>${text}</p></main></body></html>`);
    }
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('pagefind did not start');
    await index.addDirectory({ path: dir });
    await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    await pagefind.close();
  });

  test('exact diacritics rank first and a plain-letter query still finds the page', async ({ page }) => {
    await page.route('**/__fixture/**', (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^.*__fixture\//, '');
      const body = readFileSync(join(dir, path));
      const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
      return route.fulfill({ body, contentType: type });
    });
    await page.goto(rel('/sok/'));
    const found = await page.evaluate(async (ranking) => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/__fixture/pagefind/pagefind.js`);
      await pf.options({ baseUrl: '/', ranking });
      const urls = async (q: string) => {
        const r = await pf.search(q);
        return Promise.all(r.results.map(async (x: { data: () => Promise<{ url: string }> }) => (await x.data()).url));
      };
      return { faar: await urls('får'), betanketid: await urls('betanketid') };
    }, pagefindRanking);
    expect(found.faar[0]).toBe('/faar/');
    expect(found.betanketid).toContain('/betanketid/');
  });
});

test('search finds the guide pages: requirements, self-assessment and a rates year', async ({ page }) => {
  for (const [query, path] of [['minimikrav', '/certifiering/minimikrav/'], ['självskattning', '/certifiering/sjalvskattning/'], ['Ersättningar 2022', '/ersattningar/2022/']] as const) {
    await page.goto(`${rel('/sok/')}?q=${encodeURIComponent(query)}`);
    const results = page.locator('.search-page__results li a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.some((h) => h.endsWith(path)), `${query} → ${path}`).toBe(true);
  }
});

/**
 * What Pagefind indexes is the text of `data-pagefind-body` without `data-pagefind-ignore` parts,
 * joined as the HTML stands: where the build's HTML has no space between two elements, the
 * words run together in excerpts ("betänketidse betänketid", "4 kap. 1 a §Brottet").
 */
function indexedText(path: string): string {
  const doc = parse(builtHtml(path));
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) throw new Error(`${path} has no data-pagefind-body`);
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return body.textContent;
}

test('the glossary and the legal pages are indexed with their words apart', () => {
  const glossary = indexedText('/ordlista/');
  expect(glossary).not.toMatch(/betänketidse /);
  expect(glossary).not.toMatch(/UtlLse /);
  // A glossary "see" row only repeats a synonym its entry lists: the entry is indexed, the row not.
  expect(glossary).toContain('utlänningslagen');
  for (const path of ['/rattslig-ram/svensk-lag/', '/en/legal/swedish-law/']) {
    const text = indexedText(path);
    expect(text, path).not.toMatch(/§\p{Lu}/u);
  }
  const en = indexedText('/en/glossary/');
  expect(en, 'the Swedish term stands apart from the English one').not.toMatch(/\p{Ll}\(Swedish term/u);
});

test('search excerpts from the glossary read as the page does', async ({ page }) => {
  await page.goto(`${rel('/sok/')}?q=${encodeURIComponent('betänketid')}`);
  const excerpts = page.locator('.search-page__results li p');
  await expect(excerpts.first()).toBeVisible({ timeout: 15_000 });
  for (const text of await excerpts.allTextContents()) {
    expect(text).not.toMatch(/betänketidse |UtlLse |§\p{Lu}/u);
  }
});

test('the search page shows the best hits first and the rest on request, from the keyboard', async ({ page }) => {
  // A word on nearly every Swedish page, so there are more hits than are shown at first.
  await page.goto(`${rel('/sok/')}?q=${encodeURIComponent('programmet')}`);
  const results = page.locator('.search-page__results li a');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText(/\d+ träffar/, { timeout: 15_000 });
  const total = Number((await status.textContent())?.match(/(\d+) träffar/)?.[1]);
  expect(total).toBeGreaterThan(5);
  await expect(results).toHaveCount(5);
  const more = page.getByRole('button', { name: 'Visa fler träffar' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results).toHaveCount(Math.min(total, 15));
  // The keyboard goes on where the new hits begin.
  await expect(results.nth(5)).toBeFocused();
  if (total <= 15) await expect(more).toBeHidden();
});
