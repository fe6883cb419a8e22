import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir, documentedYears, newestYear, rates } from '../support/years';

/**
 * Every rate on the site comes from content/rates/: change the newest year's adult rate in the data
 * (e.g. 1 320 → 1 404 SEK, its halves 660 → 702) and every page that showed the old figure must
 * show the new one, and no page may still show the old one (which would mean it was typed by hand
 * somewhere). The same build adds a year file five years on, to prove that a new year needs
 * nothing but its file. Years and figures come from the content (CONTENT_DIR), never literals.
 */
const Y = newestYear();
const PREV = documentedYears().at(-2);
const ADDED = Y + 5;
const adult: number = rates(Y).interventions.reflection.rate.amount;
const half: number = rates(Y).interventions.reflection.rate.components.support.amount;
const newAdult = adult + 84;
const newHalf = half + 42;
const newestFile = `${Y}.yaml`;
const dir = mkdtempSync(join(tmpdir(), 'nsp-propagation-'));

function build(name: string, edit?: (newestRates: string) => string, addYear?: number): string {
  const content = join(dir, name, 'content');
  cpSync(contentDir, content, { recursive: true });
  if (edit) {
    const file = join(content, 'rates', newestFile);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  if (addYear) {
    // A new year is nothing but a new data file: here a copy of the newest with its year changed
    // everywhere, texts included, as content/README.md asks (the build refuses last year's words); the
    // citation keys stay (the copy still cites the newest report).
    const text = readFileSync(join(content, 'rates', newestFile), 'utf8').replace(new RegExp(`(?<![\\d-])${Y}(?!\\d)`, 'g'), String(addYear));
    writeFileSync(join(content, 'rates', `${addYear}.yaml`), text);
  }
  const out = join(dir, name, 'dist');
  const result = spawnSync('astro', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, name, 'cache') },
  });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

/** The visible text of every built page, by site path. */
function pageTexts(out: string): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        const body = html.replace(/^[\s\S]*?<main[^>]*>/, '').replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' | ');
        texts.set(`/${relative(out, full).replace(/index\.html$/, '')}`, body);
      }
    }
  };
  walk(out);
  return texts;
}

/** "1 320 kr" (Swedish, no-break spaces) or "SEK 1,320", not part of a longer number. */
const figure = (n: string) => new RegExp(`(?<!\\d)(?<!\\d[\\u00a0 ,])${n[0]}[\\u00a0 ,]?${n.slice(1)}(?!\\d|[\\u00a0 ,]\\d{3})`);
const oldFigure = figure(String(adult));
const newFigure = figure(String(newAdult));

let before: Map<string, string>;
let after: Map<string, string>;

beforeAll(() => {
  before = pageTexts(build('original'));
  after = pageTexts(build('changed', (t) => t.replaceAll(`amount: ${adult}`, `amount: ${newAdult}`).replaceAll(`amount: ${half}`, `amount: ${newHalf}`), ADDED));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a changed rate in the data changes every page that shows it', () => {
  it('the pages that showed the newest adult rate include the rate tables, the comparison and the interventions, in both languages', () => {
    const showing = [...before].filter(([, text]) => oldFigure.test(text)).map(([path]) => path);
    for (const path of [`/ersattningar/${Y}/`, `/en/rates/${Y}/`, '/ersattningar/', '/en/rates/', '/programmet/stodinsatser/', '/en/programme/interventions/']) {
      expect(showing, `${path} shows the ${Y} rate`).toContain(path);
    }
  });

  it('every one of them now shows the new rate and none still shows the old one', () => {
    const showing = [...before].filter(([, text]) => oldFigure.test(text)).map(([path]) => path);
    expect(showing.length).toBeGreaterThan(0);
    for (const path of showing) expect(after.get(path), `${path} shows the new rate`).toMatch(newFigure);
    const stale = [...after].filter(([, text]) => oldFigure.test(text)).map(([path]) => path);
    expect(stale, 'pages still showing the old rate').toEqual([]);
  });

  it('the comparison computes the new change from the year before for the reflection period', () => {
    expect(PREV, 'two documented years').toBeDefined();
    const previous: number = rates(PREV as number).interventions.reflection.rate.amount;
    const text = after.get('/ersattningar/') ?? '';
    expect(text).toMatch(new RegExp(`Ny ersättning för Reflektionsperiod:[\\s\\S]*?${figure(String(previous)).source}[\\s\\S]*?→[\\s\\S]*?${newFigure.source}`));
  });
});

describe('adding a year is adding its data file', () => {
  it('gets its own pages in both languages, in the explorer, and a column and a change section in the comparison', () => {
    expect(after.get(`/ersattningar/${ADDED}/`)).toContain(`Ersättningar och tak ${ADDED}`);
    expect(after.get(`/en/rates/${ADDED}/`)).toContain(`Rates and limits in ${ADDED}`);
    expect(before.has(`/ersattningar/${ADDED}/`)).toBe(false);
    const comparison = after.get('/ersattningar/') ?? '';
    expect(comparison).toContain(`Ersättningar år för år: ${[...documentedYears(), ADDED].join(', ')}`);
    expect(comparison).toContain(`Det här ändrades från ${Y} till ${ADDED}`);
    // The years between are reported as undocumented, not invented.
    expect(comparison).toContain(`${Y + 1}, ${Y + 2},`);
    const nav = readFileSync(join(dir, 'changed', 'dist', 'index.html'), 'utf8');
    expect(nav).toContain(`/ersattningar/${ADDED}/`);
  });
});
