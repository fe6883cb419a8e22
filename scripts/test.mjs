#!/usr/bin/env node
/**
 * The one test command (npm test): type check, unit tests, production build, end-to-end tests
 * against that build. Stops at the first failing step and prints what ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
mkdirSync('.tmp', { recursive: true });
for (const f of ['.tmp/vitest.json', '.tmp/playwright.json']) rmSync(f, { force: true });

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
  const e2e = readJson('.tmp/playwright.json');
  const u = unit ? { passed: unit.numPassedTests, failed: unit.numFailedTests } : { passed: 0, failed: 0 };
  const e = e2e ? { passed: e2e.stats.expected, failed: e2e.stats.unexpected + (e2e.stats.flaky ?? 0) } : { passed: 0, failed: 0 };
  console.log(`\nunit tests: ${u.passed} passed, ${u.failed} failed`);
  console.log(`end-to-end tests: ${e.passed} passed, ${e.failed} failed`);
  console.log(`${u.passed + e.passed} passed, ${u.failed + e.failed} failed`);
}

const chromium = await findChromium().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

step('Type check', 'astro', ['check']);
step('Unit tests', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/vitest.json']);
step('Production build', 'astro', ['build']);
step('End-to-end tests', 'playwright', ['test'], { CHROMIUM_PATH: chromium });
summary();
