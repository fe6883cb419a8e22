/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a throttled connection) of one
 * page, run several times with the system Chromium; the median of each category is reported.
 *
 * Lighthouse slows the CPU down 4× on the assumption that the host is a fast desktop (benchmark
 * index 1 500 to 2 000). On a slower host that emulates a slower phone than Lighthouse means to;
 * its CPU throttling calculator gives the slowdown for any index (1 300 → 3×, +1× per 233 above;
 * below that, proportionally, never under 1×). A shared host's speed swings from one moment to
 * the next (indices of 1 000 to 2 750 within one step here), so a reading taken before a run says
 * little about the run: calibrated that way, one page's slowdown went from 2.5× to 8.6× between
 * runs. `lighthouseMedian` therefore takes either a fixed slowdown (`npm run bench`, from
 * `calibrate`, a median of a few readings, or `--cpu`) or `{ upTo }`: each run's slowdown read off
 * the benchmark index Lighthouse took in that run, at most `upTo` (npm test: Lighthouse's default
 * 4×, test/support/budgets.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { chromiumArgs } from './measure.mjs';
import { median } from './util.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @param {number} benchmarkIndex @returns {number} Lighthouse's CPU slowdown for that host, one decimal */
export function cpuMultiplierFor(benchmarkIndex) {
  const m = benchmarkIndex >= 1300 ? 3 + (benchmarkIndex - 1300) / 233 : (3 * benchmarkIndex) / 1300;
  return Math.max(1, Math.round(m * 10) / 10);
}

/**
 * Lighthouse's benchmark index in a blank page of the Chromium listening on `port`. Taken twice,
 * keeping the second: the first, while the new Chromium is still starting, reads about half of
 * what Lighthouse itself then measures in the run (995, 1179, 1371 against 1797 to 2838 here).
 */
async function benchmarkIndexOn(port) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await (browser.contexts()[0] ?? (await browser.newContext())).newPage();
    await page.evaluate(pageFunctions.computeBenchmarkIndex);
    const index = await page.evaluate(pageFunctions.computeBenchmarkIndex);
    await page.close();
    return Math.round(index);
  } finally {
    await browser.close(); // only the connection: the Chromium goes on for the run
  }
}

/**
 * One Lighthouse run in a fresh Chromium, at a fixed CPU slowdown (a number) or at the slowdown
 * calibrated from this run's own benchmark index, at most `upTo` (`{ upTo }`). Lighthouse's
 * default throttling is simulated: it loads the page unthrottled and applies the slowdown when it
 * scores the trace. So the run is gathered first, the slowdown read off the benchmark index
 * Lighthouse took in that same gathering (the "CPU/Memory Power" its report shows), and the trace
 * then scored at that slowdown: the same result as if that slowdown had been set beforehand, from
 * a reading of the host at the moment of the load rather than before it.
 * @param {number | { upTo: number }} multiplier
 * @returns {Promise<{ lhr: any, multiplier: number }>}
 */
async function runOnce(url, chromePath, flags, multiplier) {
  // The back/forward cache audit weighs 0 in performance, its only category, and its gatherer
  // navigates away and back after the trace: about 0.5 s a run for no score. The full-page
  // screenshot is likewise taken after the page has loaded and scores nothing.
  const settings = { output: 'json', logLevel: 'error', onlyCategories: categories, disableFullPageScreenshot: true, skipAudits: ['bf-cache'], ...flags };
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  const dir = mkdtempSync(join(tmpdir(), 'nsp-lighthouse-'));
  try {
    const fixed = typeof multiplier === 'number' ? multiplier : undefined;
    await lighthouse(url, { ...settings, port: chrome.port, gatherMode: dir, ...(fixed ? { throttling: { cpuSlowdownMultiplier: fixed } } : {}) });
    const artifactsFile = join(dir, 'artifacts.json');
    const artifacts = JSON.parse(readFileSync(artifactsFile, 'utf8'));
    const slowdown = fixed ?? Math.min(multiplier.upTo, cpuMultiplierFor(artifacts.BenchmarkIndex));
    // Lighthouse refuses to score with settings other than those it gathered with; the slowdown
    // plays no part in a simulated gathering, so it is set in the saved settings.
    artifacts.settings.throttling.cpuSlowdownMultiplier = slowdown;
    writeFileSync(artifactsFile, JSON.stringify(artifacts));
    const result = await lighthouse(url, { ...settings, auditMode: dir, throttling: { cpuSlowdownMultiplier: slowdown } });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { lhr: result.lhr, multiplier: slowdown };
  } finally {
    await chrome.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Why a run gave no score (Lighthouse's own error, or audits that errored), or undefined. */
function brokenBecause(lhr, wanted) {
  if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  const unscored = wanted.filter((c) => typeof lhr.categories[c]?.score !== 'number');
  if (unscored.length === 0) return undefined;
  const errors = Object.values(lhr.audits).filter((a) => a.errorMessage).map((a) => `${a.id}: ${a.errorMessage}`);
  return `no ${unscored.join(', ')} score (${errors.join('; ') || 'no audit says why'})`;
}

/**
 * One Lighthouse run. A run that yields no score (Lighthouse's own error, or a metric that could
 * not be measured, as happens on a busy host) says nothing about the page, so it is made again,
 * twice at most; a page that breaks every time is reported with Lighthouse's own words.
 */
async function run(url, chromePath, flags, multiplier) {
  let why;
  for (let attempt = 0; attempt < 3; attempt++) {
    const done = await runOnce(url, chromePath, flags, multiplier);
    why = brokenBecause(done.lhr, flags.onlyCategories ?? categories);
    if (!why) return done;
    console.warn(`Lighthouse run of ${url} gave no score (${why}); running it again`);
  }
  throw new Error(`Lighthouse could not audit ${url}: ${why}`);
}

/**
 * The host's benchmark index, `runs` times, and the multiplier of their median. The index is
 * Lighthouse's own (its computeBenchmarkIndex, which each Lighthouse run also takes first), in a
 * blank page of a Chromium started exactly as for a Lighthouse run: a second or two each, where a
 * whole Lighthouse run would take ten.
 * @returns {Promise<{ benchmarkIndex: number[], median: number, multiplier: number }>}
 */
export async function calibrate(chromePath, runs = 3) {
  const benchmarkIndex = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
    try {
      benchmarkIndex.push(await benchmarkIndexOn(chrome.port));
    } finally {
      await chrome.kill();
    }
  }
  const mid = median(benchmarkIndex);
  return { benchmarkIndex, median: mid, multiplier: cpuMultiplierFor(mid) };
}

/**
 * `runs` full runs of one page at a CPU slowdown (a number, or `{ upTo }` to calibrate each run:
 * see `runOnce`); each run's own benchmark index and slowdown are kept, to show how the host's
 * speed moved while the page was scored.
 * `decided`, given the scores so far, may end the runs early once further runs cannot change
 * the outcome the caller cares about (npm test: a pass once most of the runs have passed).
 * @param {(scores: Record<string, number[]>) => boolean} [decided]
 */
export async function lighthouseMedian(url, chromePath, runs, multiplier, decided = () => false) {
  const scores = Object.fromEntries(categories.map((c) => [c, []]));
  const failed = {};
  const benchmarkIndex = [];
  const multipliers = [];
  for (let i = 0; i < runs; i++) {
    // Accessibility, best practices and SEO do not depend on timing: the first run scores them,
    // the later ones only performance (axe over the page is a good part of a run's time).
    const only = i === 0 ? categories : ['performance'];
    const { lhr, multiplier: used } = await run(url, chromePath, { onlyCategories: only }, multiplier);
    multipliers.push(used);
    benchmarkIndex.push(Math.round(lhr.environment.benchmarkIndex));
    for (const c of only) {
      scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failed[`${c}: ${ref.id}`] = `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`;
      }
    }
    if (decided(scores)) break;
  }
  return { median: Object.fromEntries(categories.map((c) => [c, median(scores[c])])), runs: scores, failed, multiplier: multipliers, benchmarkIndex };
}
