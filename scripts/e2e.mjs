#!/usr/bin/env node
/** Runs Playwright against the existing build in a system Chromium's headless shell (see find-chromium.mjs). */
import { spawnSync } from 'node:child_process';
import { findTestChromium } from './find-chromium.mjs';

let chromium;
try {
  chromium = await findTestChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
