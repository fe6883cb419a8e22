#!/usr/bin/env node
/**
 * Every built page's gzip bytes before interaction (HTML, CSS, JS, measured in a browser as the
 * budgets test measures them), the content pages' medians and a first search's Pagefind bytes
 * by kind, each beside its budget from test/support/budgets.ts. Part of `npm run bench`; on its
 * own: `node scripts/bench/pages.mjs [dist] [--port=4399]` measures a build that exists.
 */
import { pathToFileURL } from 'node:url';
import { budgetFor, budgetMisses, calculatorGoal, contentMedianBudget, contentMedianGoal, firstSearchBudget, htmlBudgetFor, htmlCeilings, isCalculatorPage, isContentPage, maxHtml, maxHtmlGoal, median } from '../../test/support/budgets.ts';
import { findChromium } from '../find-chromium.mjs';
import { launch, pageBytes, queryWords } from './measure.mjs';
import { join } from 'node:path';
import { builtPages, fmtKB, gzipSizeOf, serve, table } from './util.mjs';

/** Kinds of Pagefind file, by name: what a first search spends its bytes on. */
export function pagefindKind(path) {
  if (/\.pagefind$/.test(path)) return 'WASM';
  if (/\/index\//.test(path)) return 'index chunks';
  if (/\/fragment\//.test(path)) return 'fragments';
  if (/\/filter\//.test(path)) return 'filters';
  if (/\.js$/.test(path)) return 'scripts';
  return 'entry and meta';
}

/** Every page of a build, measured in a fresh context each: [{ path, html, css, js, files }]. */
export async function measurePages(browser, origin, paths, outDir) {
  const out = [];
  for (const path of paths) {
    const b = await pageBytes(browser, `${origin}${path}`, outDir);
    out.push({ path, html: b.html, css: b.css, js: b.js, other: b.other, files: b.files });
  }
  return out;
}

/** The page tables, medians and misses as Markdown lines. */
export function pagesReport(measured) {
  const lines = [];
  const content = measured.filter((p) => isContentPage(p.path));
  const heaviest = [...measured].sort((a, b) => b.html - a.html)[0];
  const m = (k) => median(content.map((p) => p[k]));
  lines.push(`## Every page (gzip -9, before interaction; ${content.length} content pages of ${measured.length})\n`);
  lines.push(
    table(
      ['figure', 'measured', 'enforced', 'goal'],
      [
        ['content pages, median HTML', fmtKB(m('html')), `≤ ${fmtKB(contentMedianBudget.html)}`, `≤ ${fmtKB(contentMedianGoal.html)}`],
        ['content pages, median CSS', fmtKB(m('css')), `≤ ${fmtKB(contentMedianBudget.css)}`, `≤ ${fmtKB(contentMedianGoal.css)}`],
        ['content pages, median JS', fmtKB(m('js')), `≤ ${fmtKB(contentMedianBudget.js)}`, `≤ ${fmtKB(contentMedianGoal.js)}`],
        [`heaviest HTML (\`${heaviest.path}\`)`, fmtKB(heaviest.html), `≤ ${fmtKB(htmlBudgetFor(heaviest.path))}`, `≤ ${fmtKB(maxHtmlGoal)}`],
        ...measured
          .filter((p) => isCalculatorPage(p.path) || p.path in htmlCeilings)
          .map((p) => [
            // A tool's rules and texts are a JSON file it fetches beside its code (src/pages/tool-data/): shown, not budgeted.
            `\`${p.path}\` HTML / JS${p.other ? ' (+ data)' : ''}`,
            `${fmtKB(p.html)} / ${fmtKB(p.js)}${p.other ? ` (+ ${fmtKB(p.other)})` : ''}`,
            `≤ ${fmtKB(htmlBudgetFor(p.path))} / ${fmtKB(budgetFor(p.path).js)}`,
            `≤ ${fmtKB(maxHtmlGoal)} / ${isCalculatorPage(p.path) ? fmtKB(calculatorGoal.js) : '–'}`,
          ]),
        [`any other page's HTML`, '', `≤ ${fmtKB(maxHtml)}`, `≤ ${fmtKB(maxHtmlGoal)}`],
      ],
    ),
  );
  lines.push('');
  lines.push(table(['page', 'HTML', 'CSS', 'JS'], [...measured].sort((a, b) => b.html - a.html).map((p) => [`\`${p.path}\``, fmtKB(p.html), fmtKB(p.css), fmtKB(p.js)])));
  return { lines, misses: budgetMisses(measured), medians: { html: m('html'), css: m('css'), js: m('js') } };
}

/**
 * A first search: the search page with one query, nothing cached, counted at the server; the
 * bytes by kind of Pagefind file.
 */
export async function firstSearch(browser, server, word, outDir) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/sok/`, { waitUntil: 'networkidle' });
  const from = server.log.length;
  await page.getByRole('searchbox').fill(word);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: word }).waitFor();
  await page.waitForLoadState('networkidle');
  const hits = await page.locator('.search-page__results li').count();
  const byKind = {};
  let total = 0;
  for (const { path, status } of server.log.slice(from).filter((e) => e.path.includes('/pagefind/'))) {
    // A 304 (revalidated from the cache) carries no body.
    const bytes = status === 200 ? gzipSizeOf(join(outDir, decodeURIComponent(path).replace(/^\//, ''))) : 0;
    const kind = pagefindKind(path);
    byKind[kind] ??= { files: 0, bytes: 0 };
    byKind[kind].files += 1;
    byKind[kind].bytes += bytes;
    total += bytes;
  }
  await context.close();
  return { word, hits, total, byKind };
}

export function searchReport(s) {
  return [
    `## A first search (“${s.word}”, ${s.hits} hits shown): ${fmtKB(s.total)} from /pagefind/, budget ≤ ${fmtKB(firstSearchBudget)}\n`,
    table(['kind', 'files', 'bytes'], Object.entries(s.byKind).map(([k, v]) => [k, v.files, fmtKB(v.bytes)])),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const port = Number(args.find((a) => a.startsWith('--port='))?.slice(7) ?? process.env.BENCH_PORT ?? 4399);
  const server = await serve(dir, port);
  const browser = await launch(await findChromium());
  try {
    const measured = await measurePages(browser, server.origin, builtPages(dir), dir);
    const { lines, misses } = pagesReport(measured);
    const search = await firstSearch(browser, server, queryWords('content').first, dir);
    console.log([...lines, '', ...searchReport(search)].join('\n'));
    if (search.total > firstSearchBudget) misses.push(`first search: ${fmtKB(search.total)} > ${fmtKB(firstSearchBudget)}`);
    if (misses.length) console.log(`\n✗ ${misses.length} budget(s) missed:\n  ${misses.join('\n  ')}`);
    else console.log('\n✓ every page budget met');
  } finally {
    await browser.close();
    await server.close();
  }
}
