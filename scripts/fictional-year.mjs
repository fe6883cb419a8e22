#!/usr/bin/env node
/**
 * The next annual report without a developer, proved: a copy of content/ gets a made-up next year
 * the way an editor adds one (its rates file, its report in sources.yaml, a series value), then
 * the copy is built and the tests that concern years run on it. If a test or a page assumed a
 * literal newest year, this fails.
 *   node scripts/fictional-year.mjs            build the copy, then the year tests (unit + e2e)
 *   node scripts/fictional-year.mjs --no-e2e   build the copy and run the unit year tests only
 *   node scripts/fictional-year.mjs --build-only / --tests-only   the two halves apart (npm test
 *     builds the copy beside its other builds, and runs the tests after the end-to-end step)
 *   E2E_PORT (default 4392), CHROMIUM_PATH: as for scripts/test.mjs
 * Cost: one extra build plus test/unit/years.test.ts and the end-to-end tests tagged @years.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';

const root = resolve('.tmp/fictional-year');
const content = join(root, 'content');
const testsOnly = process.argv.includes('--tests-only');
if (!testsOnly) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('content', content, { recursive: true });
}

const years = readdirSync(join(testsOnly ? content : 'content', 'rates')).filter((f) => /^\d{4}\.yaml$/.test(f)).map((f) => Number(f.slice(0, 4))).sort((a, b) => a - b);
const next = (years.at(-1) ?? 0) + (testsOnly ? 0 : 1);
if (!testsOnly) addYear();

/** The made-up year, added to the copy as an editor would. */
function addYear() {
  const newest = years.at(-1);
  const key = `nsp-${next}`;
  const newestRates = readFileSync(join(content, 'rates', `${newest}.yaml`), 'utf8');
  const newestKey = /^sources: \[([a-z0-9-]+)/m.exec(newestRates)?.[1];
  if (!newestKey) throw new Error(`content/rates/${newest}.yaml: no "sources: [key, …]" line to take the report key from`);

  // 1. The rates file: last year's, with the year and its report changed, as content/README.md says.
  const rates = newestRates
    .replaceAll(new RegExp(`\\b${newestKey}\\b`, 'g'), key)
    .replaceAll(new RegExp(`(?<!\\d)${newest}(?!\\d)`, 'g'), String(next));
  writeFileSync(join(content, 'rates', `${next}.yaml`), rates);

  // 2. The report, in the bibliography: the only place a source key is defined.
  writeFileSync(
    join(content, 'sources.yaml'),
    `${readFileSync(join(content, 'sources.yaml'), 'utf8').trimEnd()}\n- key: ${key}\n  title: Nationella Stödprogrammet – Årsrapport ${next} (påhittad, för testet)\n  publisher: Plattformen Civila Sverige mot människohandel\n  year: ${next + 1}\n  covers: "${next}"\n  kind:\n    sv: Årsrapport\n    en: Annual report\n  summary:\n    sv: En påhittad årsrapport som bara finns i testets kopia av innehållet.\n    en: A made-up annual report that exists only in the test's copy of the content.\n`,
  );

  // 3. A series value for the new year, citing the new report.
  const seriesFile = join(content, 'series', 'civilsamhallet-offer.yaml');
  // Edited through the yaml package's document, so the value lands in `values:` wherever that list
  // stands in the file, and the file's comments and other lists stay as they are.
  const series = parseDocument(readFileSync(seriesFile, 'utf8'));
  const values = series.get('values');
  const definition = values.items.at(-1).get('definition');
  series.setIn(['span', 'last'], next);
  values.add(series.createNode({ year: next, value: 123, definition, source: { key, section: '1 Statistik' } }));
  writeFileSync(seriesFile, series.toString({ lineWidth: 0 }));
}

// As in an npm script: the project's own commands, and the Node.js it brings (the "node" dev dependency).
const PATH = `${resolve('node_modules', '.bin')}:${process.env.PATH ?? ''}`;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, PATH, CONTENT_DIR: content, ...env } });
  console.log(`  ${title}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const out = join(root, 'dist');
if (!testsOnly) {
  run(`Build with a fictional ${next}`, 'astro', ['build'], { OUT_DIR: out, ASTRO_CACHE_DIR: join(root, 'cache') });
  if (!existsSync(join(out, 'ersattningar', String(next), 'index.html'))) {
    console.error(`The build has no page for ${next}: a new rates file should need nothing else.`);
    process.exit(1);
  }
}
if (process.argv.includes('--build-only')) process.exit(0);
run('Unit tests that concern years, on the copy', 'vitest', ['run', 'test/unit/years.test.ts', '--reporter=default', '--reporter=json', `--outputFile=${join(root, 'vitest.json')}`]);
if (process.argv.includes('--no-e2e')) process.exit(0);
// The end-to-end tests tagged @years (those of calculator.spec.ts and rate-comparison.spec.ts whose
// outcome depends on which years are documented; keyboard, layout and no-JS tests run once, at the root).
run('End-to-end tests that concern years, on the copy', 'playwright', ['test', '--grep', '@years'], {
  OUT_DIR: out,
  E2E_PORT: process.env.E2E_PORT ?? '4392',
  E2E_REPORT: join(root, 'playwright.json'),
});
console.log(`\nA fictional ${next} went in through content/ alone, and the year tests pass on it.`);
