/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a throttled connection) of one
 * page, run several times with the system Chromium; the median of each category is reported.
 *
 * Lighthouse slows the CPU down 4× on the assumption that the host is a fast desktop
 * (benchmark index about 1500). On a slower or busy host that makes the "phone" far slower than
 * the one Lighthouse means to emulate, so a first run measures the host's benchmark index and
 * the multiplier is calibrated as Lighthouse's CPU throttling calculator does (1300 → 3×,
 * +1× per 233 above; below that, proportionally, never under 1×). `cpu` fixes it instead.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from './measure.mjs';
import { median } from './util.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export function cpuMultiplierFor(benchmarkIndex) {
  const m = benchmarkIndex >= 1300 ? 3 + (benchmarkIndex - 1300) / 233 : (3 * benchmarkIndex) / 1300;
  return Math.max(1, Math.round(m * 10) / 10);
}

async function run(url, chromePath, flags) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, ...flags });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

export async function lighthouseMedian(url, chromePath, runs, cpu) {
  const scores = Object.fromEntries(categories.map((c) => [c, []]));
  const failed = {};
  const benchmarkIndex = [];
  let multiplier = cpu;
  if (!multiplier) {
    const calibration = await run(url, chromePath, { onlyCategories: ['performance'] });
    multiplier = cpuMultiplierFor(calibration.environment.benchmarkIndex);
  }
  for (let i = 0; i < runs; i++) {
    const lhr = await run(url, chromePath, { throttling: { cpuSlowdownMultiplier: multiplier } });
    benchmarkIndex.push(Math.round(lhr.environment.benchmarkIndex));
    for (const c of categories) {
      scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failed[`${c}: ${ref.id}`] = `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`;
      }
    }
  }
  return { median: Object.fromEntries(categories.map((c) => [c, median(scores[c])])), runs: scores, failed, multiplier, benchmarkIndex };
}
