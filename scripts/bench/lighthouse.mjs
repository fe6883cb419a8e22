/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a throttled connection) of one
 * page, run several times with the system Chromium; the median of each category is reported.
 *
 * Lighthouse slows the CPU down 4× on the assumption that the host is a fast desktop
 * (benchmark index about 1500). On a slower or busy host that makes the "phone" far slower than
 * the one Lighthouse means to emulate, so the host's benchmark index is measured and the
 * multiplier calibrated as Lighthouse's CPU throttling calculator does (1300 → 3×, +1× per 233
 * above; below that, proportionally, never under 1×). A shared host's speed drifts while a page
 * is scored (indices of 864 to 1000 seen in one page's runs after a calibration of 1270), and a
 * multiplier set once would then emulate a phone almost half as fast for that page. So each run
 * is calibrated just before it, in its own Chromium (`lighthouseMedian` without a fixed
 * multiplier); `calibrate` (a median of a few) is for reports that want one figure for all pages.
 */
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
 * One Lighthouse run in a fresh Chromium. Without a fixed `multiplier` the CPU slowdown is
 * calibrated for this run, from the benchmark index taken in the same Chromium just before it.
 * @returns {Promise<{ lhr: any, multiplier: number }>}
 */
async function runOnce(url, chromePath, flags, multiplier) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const slowdown = multiplier ?? cpuMultiplierFor(await benchmarkIndexOn(chrome.port));
    // The full-page screenshot is taken after the page has loaded and scores nothing.
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, disableFullPageScreenshot: true, ...flags, throttling: { cpuSlowdownMultiplier: slowdown } });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { lhr: result.lhr, multiplier: slowdown };
  } finally {
    await chrome.kill();
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
 * `runs` full runs of one page at a given CPU slowdown (from `calibrate` or `--cpu`); each run's
 * own benchmark index is kept, to show how the host's speed moved while the page was scored.
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
  return { median: Object.fromEntries(categories.map((c) => [c, median(scores[c])])), runs: scores, failed, multiplier: multiplier ?? multipliers, benchmarkIndex };
}
