#!/usr/bin/env node
/** Runs Playwright against the existing build with a system Chromium (see find-chromium.mjs). */
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let chromium;
try {
  chromium = await findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
