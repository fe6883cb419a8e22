#!/usr/bin/env node
/**
 * The one test command (npm test): type check, unit tests, production build, the Nu HTML Checker
 * on every page of it, end-to-end tests against that build; a release build (with SITE_URL) and Lighthouse's scores for each page type
 * of it; then a build under a sub-path (as on a GitHub Pages project site, with SITE_URL so the
 * sitemap is written, and explorer folders capped at 3 pages so that long folders are exercised
 * on real pages) and the base-dependent end-to-end tests against it.
 * Stops at the first failing step and prints what ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
mkdirSync('.tmp', { recursive: true });
const reports = ['.tmp/playwright.json', '.tmp/playwright-subpath.json'];
const lighthouseReport = '.tmp/lighthouse.json';
for (const f of ['.tmp/vitest.json', lighthouseReport, ...reports]) rmSync(f, { force: true });
const port = process.env.E2E_PORT ?? '4391';
const subPath = { BASE_PATH: '/nsp-guiden/', OUT_DIR: '.tmp/dist-subpath', SITE_URL: `http://127.0.0.1:${port}`, ASTRO_CACHE_DIR: '.tmp/astro-cache-subpath', EXPLORER_FOLDER_LIMIT: '3' };

/** @param {string} title @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [extra] */
function step(title, command, args, extra = {}) {
  console.log(`\n━━ ${title} ━━  ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extra } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds} s`);
    summary();
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds} s)`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

function summary() {
  const unit = readJson('.tmp/vitest.json');
  const u = unit ? { passed: unit.numPassedTests, failed: unit.numFailedTests } : { passed: 0, failed: 0 };
  const e = { passed: 0, failed: 0 };
  for (const report of reports.map(readJson).filter(Boolean)) {
    e.passed += report.stats.expected;
    e.failed += report.stats.unexpected + (report.stats.flaky ?? 0);
  }
  const lh = readJson(lighthouseReport) ?? { passed: 0, failed: 0 };
  console.log(`\nunit tests: ${u.passed} passed, ${u.failed} failed`);
  console.log(`end-to-end tests: ${e.passed} passed, ${e.failed} failed`);
  console.log(`Lighthouse page types: ${lh.passed} passed, ${lh.failed} failed`);
  console.log(`${u.passed + e.passed + lh.passed} passed, ${u.failed + e.failed + lh.failed} failed`);
}

const chromium = await findChromium().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

step('Type check', 'astro', ['check']);
step('Unit tests', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/vitest.json']);
step('Production build', 'astro', ['build']);
// The Nu HTML Checker (the W3C validator) beside html-validate, which runs in the end-to-end step.
step('Nu HTML Checker (vnu) on every built page', process.execPath, ['scripts/vnu.mjs', 'dist']);
step('End-to-end tests', 'playwright', ['test'], { CHROMIUM_PATH: chromium, E2E_PORT: port });
// A made-up next year added to a copy of content/ as an editor would: it must build, and the unit
// and end-to-end tests that concern years must pass on it (one build and two specs).
step('A fictional next year: build and year tests on a copy of content/', process.execPath, ['scripts/fictional-year.mjs'], { CHROMIUM_PATH: chromium, E2E_PORT: port });
// Lighthouse audits the site as released: canonical and hreflang links are only valid (absolute)
// with SITE_URL, so it gets a build of its own, addressed at the port it is served on.
const lighthousePort = process.env.LIGHTHOUSE_PORT ?? '4397';
const release = { SITE_URL: `http://127.0.0.1:${lighthousePort}`, OUT_DIR: '.tmp/dist-release', ASTRO_CACHE_DIR: '.tmp/astro-cache-release' };
rmSync(release.OUT_DIR, { recursive: true, force: true });
step('Release build (with SITE_URL) for Lighthouse', 'astro', ['build'], release);
step('Lighthouse budgets', process.execPath, ['test/lighthouse/check.mjs'], { ...release, LIGHTHOUSE_PORT: lighthousePort, CHROMIUM_PATH: chromium });
rmSync(subPath.OUT_DIR, { recursive: true, force: true });
step(`Build under the sub-path ${subPath.BASE_PATH}`, 'astro', ['build'], subPath);
step(`End-to-end tests under ${subPath.BASE_PATH}`, 'playwright', ['test'], {
  ...subPath,
  CHROMIUM_PATH: chromium,
  E2E_PORT: port,
  E2E_REPORT: reports[1],
});
summary();
