import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every rate on the site comes from content/rates/: change the 2024 adult rate in the data (1 320
 * → 1 404 SEK, split 702 + 702) and every page that showed the old figure must show the new one,
 * and no page may still show the old one (which would mean it was typed by hand somewhere).
 * The same build adds a year file (2099) to prove that a new year needs nothing but its file.
 */
const dir = mkdtempSync(join(tmpdir(), 'nsp-propagation-'));

function build(name: string, edit?: (rates2024: string) => string, addYear?: number): string {
  const content = join(dir, name, 'content');
  cpSync('content', content, { recursive: true });
  if (edit) {
    const file = join(content, 'rates', '2024.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  if (addYear) {
    // A new year is nothing but a new data file (here a copy of 2024 under another year).
    const text = readFileSync(join(content, 'rates', '2024.yaml'), 'utf8').replace(/^year: 2024$/m, `year: ${addYear}`);
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
const oldFigure = figure('1320');
const newFigure = figure('1404');

let before: Map<string, string>;
let after: Map<string, string>;

beforeAll(() => {
  before = pageTexts(build('original'));
  after = pageTexts(build('changed', (t) => t.replaceAll('amount: 1320', 'amount: 1404').replaceAll('amount: 660', 'amount: 702'), 2099));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a changed rate in the data changes every page that shows it', () => {
  it('the pages that showed 1 320 include the rate tables, the comparison and the interventions, in both languages', () => {
    const showing = [...before].filter(([, text]) => oldFigure.test(text)).map(([path]) => path);
    for (const path of ['/ersattningar/2024/', '/en/rates/2024/', '/ersattningar/', '/en/rates/', '/programmet/stodinsatser/', '/en/programme/interventions/']) {
      expect(showing, `${path} shows the 2024 rate`).toContain(path);
    }
  });

  it('every one of them now shows 1 404 and none still shows 1 320', () => {
    const showing = [...before].filter(([, text]) => oldFigure.test(text)).map(([path]) => path);
    expect(showing.length).toBeGreaterThan(0);
    for (const path of showing) expect(after.get(path), `${path} shows the new rate`).toMatch(newFigure);
    const stale = [...after].filter(([, text]) => oldFigure.test(text)).map(([path]) => path);
    expect(stale, 'pages still showing the old rate').toEqual([]);
  });

  it('the comparison computes the new change: 1 200 → 1 404 for the reflection period', () => {
    const text = after.get('/ersattningar/') ?? '';
    expect(text).toMatch(/Ny ersättning för Reflektionsperiod:[\s\S]*?1[\u00a0 ]200[\s\S]*?→[\s\S]*?1[\u00a0 ]404/);
  });
});

describe('adding a year is adding its data file', () => {
  it('gets its own pages in both languages, in the explorer, and a column and a change section in the comparison', () => {
    expect(after.get('/ersattningar/2099/')).toMatch(/Ersättningar och tak 2099/);
    expect(after.get('/en/rates/2099/')).toMatch(/Rates and limits in 2099/);
    expect(before.has('/ersattningar/2099/')).toBe(false);
    const comparison = after.get('/ersattningar/') ?? '';
    expect(comparison).toMatch(/Ersättningar år för år: 2022, 2024, 2099/);
    expect(comparison).toMatch(/Det här ändrades från 2024 till 2099/);
    // The years between are reported as undocumented, not invented.
    expect(comparison).toMatch(/Guidens källor innehåller ingen årsrapport för 2023, 2025,/);
    const nav = readFileSync(join(dir, 'changed', 'dist', 'index.html'), 'utf8');
    expect(nav).toContain('/ersattningar/2099/');
  });
});
