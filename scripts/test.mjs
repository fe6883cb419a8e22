#!/usr/bin/env node
/**
 * The one test command (npm test): type check, unit tests, production build, the Nu HTML Checker
 * on every page of it, end-to-end tests against that build; a release build (with SITE_URL) and Lighthouse's scores for each page type
 * of it; then a build under a sub-path (as on a GitHub Pages project site, with SITE_URL so the
 * sitemap is written, and explorer folders capped at 3 pages so that long folders are exercised
 * on real pages) and the base-dependent end-to-end tests against it.
 * The two extra builds run beside the Nu HTML Checker: none of the three fills both cores, and
 * nothing timed (end-to-end tests, Lighthouse) runs beside them.
 * Last, beside the sub-path's tests, the tests that concern years run on a copy of content/ with
 * a made-up next year.
 * Stops at the first failing step and ends with a table of each step's time and test counts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, findTestChromium } from './find-chromium.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
mkdirSync('.tmp', { recursive: true });
const reports = { root: '.tmp/playwright.json', subPath: '.tmp/playwright-subpath.json' };
const unitReport = '.tmp/vitest.json';
const lighthouseReport = '.tmp/lighthouse.json';
for (const f of [unitReport, lighthouseReport, ...Object.values(reports)]) rmSync(f, { force: true });
const port = process.env.E2E_PORT ?? '4391';
// The fictional year's tests run beside the sub-path's, so on a port of their own.
const fictionalPort = String(Number(port) + 1);
const subPath = { BASE_PATH: '/nsp-guiden/', OUT_DIR: '.tmp/dist-subpath', SITE_URL: `http://127.0.0.1:${port}`, ASTRO_CACHE_DIR: '.tmp/astro-cache-subpath', EXPLORER_FOLDER_LIMIT: '3' };
// Lighthouse audits the site as released: canonical and hreflang links are only valid (absolute)
// with SITE_URL, so it gets a build of its own, addressed at the port it is served on.
const lighthousePort = process.env.LIGHTHOUSE_PORT ?? '4397';
const release = { SITE_URL: `http://127.0.0.1:${lighthousePort}`, OUT_DIR: '.tmp/dist-release', ASTRO_CACHE_DIR: '.tmp/astro-cache-release' };

/** @typedef {{ title: string, seconds: number, ok: boolean, counts?: () => { passed: number, failed: number } | undefined }} Done */
/** @type {Done[]} */
const done = [];
const started = Date.now();

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}
const unitCounts = () => {
  const r = readJson(unitReport);
  return r && { passed: r.numPassedTests, failed: r.numFailedTests };
};
/** Flaky (passed only on a retry) counts as failed: the suite runs without retries. */
const e2eCounts = (path) => () => {
  const r = readJson(path);
  return r && { passed: r.stats.expected, failed: r.stats.unexpected + (r.stats.flaky ?? 0) };
};
const lighthouseCounts = () => {
  const r = readJson(lighthouseReport);
  return r && { passed: r.passed, failed: r.failed };
};

/**
 * Runs one command. With `prefix`, its output lines are prefixed (for commands that run side by
 * side); otherwise it shares this terminal.
 * @returns {Promise<boolean>}
 */
function run(title, command, args, extra = {}, prefix = '') {
  console.log(`\n━━ ${title} ━━  ${command} ${args.join(' ')}`);
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...env, ...extra } });
    if (prefix) {
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) console.log(`${prefix} ${line}`);
        });
        stream.on('end', () => rest && console.log(`${prefix} ${rest}`));
      }
    }
    child.on('close', (code) => {
      const seconds = (Date.now() - start) / 1000;
      done.push({ title, seconds, ok: code === 0, counts: stepCounts[title] });
      console.log(`${code === 0 ? '✓' : '✗'} ${title} (${seconds.toFixed(1)} s)`);
      resolve(code === 0);
    });
  });
}

/** Runs steps side by side; stops the suite if any failed. */
async function steps(...list) {
  const results = await Promise.all(list.map((s) => run(...s)));
  if (results.every(Boolean)) return;
  summary();
  process.exit(1);
}

/** "41.3 s", or whole seconds past a minute ("12 min 05 s"; rounded first, so never "12 min 60 s"). */
function format(seconds) {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

function summary() {
  const rows = done.map((d) => {
    const c = d.counts?.();
    return [d.ok ? '✓' : '✗', d.title, format(d.seconds), c ? String(c.passed) : '', c ? String(c.failed) : ''];
  });
  const total = { passed: 0, failed: 0 };
  for (const d of done) {
    const c = d.counts?.();
    if (c) (total.passed += c.passed), (total.failed += c.failed);
  }
  rows.push(['', 'total (wall clock; side-by-side steps overlap)', format((Date.now() - started) / 1000), String(total.passed), String(total.failed)]);
  const head = ['', 'step', 'time', 'passed', 'failed'];
  const widths = head.map((_, i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
}

const titles = {
  check: 'Type check',
  unit: 'Unit tests',
  build: 'Production build',
  vnu: 'Nu HTML Checker (vnu) on every built page',
  release: 'Release build (with SITE_URL) for Lighthouse',
  subBuild: `Build under the sub-path ${subPath.BASE_PATH}`,
  e2e: 'End-to-end tests',
  lighthouse: 'Lighthouse budgets',
  subE2e: `End-to-end tests under ${subPath.BASE_PATH}`,
  fictionalBuild: 'A fictional next year: build of a copy of content/',
  fictionalTests: 'A fictional next year: the year tests on that build',
};
const fictional = '.tmp/fictional-year';
/** @type {Record<string, Done['counts']>} */
const stepCounts = {
  [titles.unit]: unitCounts,
  [titles.e2e]: e2eCounts(reports.root),
  [titles.lighthouse]: lighthouseCounts,
  [titles.subE2e]: e2eCounts(reports.subPath),
  [titles.fictionalTests]: () => {
    const u = readJson(`${fictional}/vitest.json`);
    const e = e2eCounts(`${fictional}/playwright.json`)();
    return u && { passed: u.numPassedTests + (e?.passed ?? 0), failed: u.numFailedTests + (e?.failed ?? 0) };
  },
};

const fail = (error) => {
  console.error(error.message);
  process.exit(1);
};
// Lighthouse scores the page in the full browser; the end-to-end tests run in the headless shell.
const chromium = await findChromium().catch(fail);
const testChromium = await findTestChromium().catch(fail);

await steps([titles.check, 'astro', ['check']]);
await steps([titles.unit, 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`]]);
await steps([titles.build, 'astro', ['build']]);
rmSync(release.OUT_DIR, { recursive: true, force: true });
rmSync(subPath.OUT_DIR, { recursive: true, force: true });
// The Nu HTML Checker (the W3C validator) beside html-validate, which runs in the end-to-end step.
await steps(
  [titles.vnu, process.execPath, ['scripts/vnu.mjs', 'dist'], {}, '[vnu]'],
  [titles.release, 'astro', ['build'], release, '[release]'],
  [titles.subBuild, 'astro', ['build'], subPath, '[sub-path]'],
);
// A made-up next year added to a copy of content/ as an editor would (scripts/fictional-year.mjs).
// Not beside the other builds: Astro keeps its content module map in the project's .astro/ folder,
// and a build of another content folder would overwrite it under them.
await steps([titles.fictionalBuild, process.execPath, ['scripts/fictional-year.mjs', '--build-only']]);
await steps([titles.e2e, 'playwright', ['test'], { CHROMIUM_PATH: testChromium, E2E_PORT: port }]);
await steps([titles.lighthouse, process.execPath, ['test/lighthouse/check.mjs'], { ...release, LIGHTHOUSE_PORT: lighthousePort, CHROMIUM_PATH: chromium }]);
// The last two steps side by side, each against its own build and server: neither is timed, and
// each spends its first and last seconds starting and stopping a server, a browser and workers,
// time in which the other uses the processor. The unit and end-to-end tests that concern years
// must pass with the made-up year as the newest.
await steps(
  [titles.subE2e, 'playwright', ['test'], { ...subPath, CHROMIUM_PATH: testChromium, E2E_PORT: port, E2E_REPORT: reports.subPath }, '[sub-path]'],
  [titles.fictionalTests, process.execPath, ['scripts/fictional-year.mjs', '--tests-only'], { CHROMIUM_PATH: testChromium, E2E_PORT: fictionalPort }, '[next year]'],
);
summary();
