#!/usr/bin/env node
/**
 * The Lighthouse budgets, as a step of npm test: Lighthouse's mobile audit of each page type of
 * the production build (start, content page, rate table, calculator, statistics, search; picked
 * from the build as the benchmark picks them), served with its _headers, each run at the CPU
 * slowdown that Lighthouse's calculator gives for the benchmark index Lighthouse took in that run,
 * at most that of test/support/budgets.ts (Lighthouse's default 4×; LIGHTHOUSE_CPU sets another
 * ceiling). Each page must reach the targets of test/support/budgets.ts in the median of
 * LIGHTHOUSE_RUNS runs (5 unless set; runs that could no longer change a pass are skipped; accessibility,
 * best practices and SEO, which do not depend on timing, are scored in the first run). Ends with "lighthouse: N passed, N failed" and writes
 * the scores to .tmp/lighthouse.json; exits 1 when a page misses a target, naming the audits
 * that cost it points.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lighthouseMedian } from '../../scripts/bench/lighthouse.mjs';
import { pickPageTypes } from '../../scripts/bench/page-types.mjs';
import { builtPages, gzipSizeOf, serve } from '../../scripts/bench/util.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { lighthouseCpuSlowdown, lighthouseTargetsFor } from '../support/budgets.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4397);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const cpu = Number(process.env.LIGHTHOUSE_CPU ?? lighthouseCpuSlowdown);
if (!(cpu >= 1 && cpu <= 20)) throw new Error(`LIGHTHOUSE_CPU must be a highest CPU slowdown from 1 to 20 (it was "${process.env.LIGHTHOUSE_CPU}")`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number of at least 1 (it was "${process.env.LIGHTHOUSE_RUNS}")`);

const chromePath = await findChromium();
const pages = builtPages(outDir);
const types = pickPageTypes(pages, (p) => gzipSizeOf(join(outDir, p.endsWith('/') ? `${p}index.html` : p)));
const missing = types.filter((t) => !t.path).map((t) => t.type);
const server = await serve(outDir, port);
const results = [];
let failed = missing.length;
try {
  console.log(`CPU slowdown of each run from the host benchmark index Lighthouse took in it (its calculator: 1300 → 3×, +1× per 233 above), at most ${cpu}×${cpu === lighthouseCpuSlowdown ? " (Lighthouse's default)" : ' (LIGHTHOUSE_CPU)'}`);
  for (const type of missing) console.log(`✗ ${type}: no such page in ${outDir}`);
  for (const { type, path } of types.filter((t) => t.path)) {
    const targets = lighthouseTargetsFor(type);
    // Once more than half of the runs meet every target, the median of all of them does too,
    // whatever the remaining runs score: those runs are skipped (2 of 5 when the first 3 pass). The
    // categories that do not depend on timing are scored in the first run only (lighthouse.mjs).
    const expected = (category) => (category === 'performance' ? runs : 1);
    const passedByMajority = (scores) =>
      Object.entries(targets).every(([category, target]) => scores[category].filter((s) => s >= target).length > expected(category) / 2);
    // Likewise once more than half have missed a target, the median misses it too.
    const failedByMajority = (scores) =>
      Object.entries(targets).some(([category, target]) => scores[category].filter((s) => s < target).length > expected(category) / 2);
    const decided = (scores) => passedByMajority(scores) || failedByMajority(scores);
    const result = await lighthouseMedian(`${server.origin}${path}`, chromePath, runs, { upTo: cpu }, decided);
    const misses = Object.entries(targets).filter(([category, target]) => result.median[category] < target);
    const scores = Object.keys(targets).map((c) => `${c} ${result.median[c]} (${result.runs[c].join('/')})${targets[c] < 100 ? ` [target ${targets[c]}]` : ''}`).join(', ') + `; CPU slowdown ${result.multiplier.join('/')}× (host index ${result.benchmarkIndex.join('/')})`;
    if (misses.length === 0) console.log(`✓ ${type} ${path}: ${scores}`);
    else {
      failed += 1;
      const audits = Object.entries(result.failed).filter(([key]) => misses.some(([category]) => key.startsWith(`${category}:`)));
      console.log(`✗ ${type} ${path}: ${scores}\n    below target: ${misses.map(([c, t]) => `${c} < ${t}`).join(', ')}\n    ${audits.map(([key, what]) => `${key}: ${what}`).join('\n    ')}`);
    }
    results.push({ type, path, ...result });
  }
} finally {
  await server.close();
}
mkdirSync('.tmp', { recursive: true });
const passed = types.length - failed;
writeFileSync('.tmp/lighthouse.json', JSON.stringify({ passed, failed, results }, null, 2));
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
