#!/usr/bin/env node
/**
 * The Nu HTML Checker (the W3C validator, from the vnu-jar package) on every built page, in one
 * Java run (starting the JVM once per page would take minutes). Errors only: warnings are advice.
 * Prints each error with its file and position and exits 1 if there is any, 0 when none.
 * Usage: node scripts/vnu.mjs [build folder, default $OUT_DIR or dist]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vnu from 'vnu-jar';

const build = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';

/** Every HTML page of the build (Pagefind's and Astro's asset folders hold none). */
function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const files = pages(build);
if (files.length === 0) {
  console.error(`vnu: no HTML pages in ${build}: build the site first`);
  process.exit(1);
}
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error('vnu: the Nu HTML Checker needs Java (a JRE 11 or newer on the PATH; on Debian: apt-get install default-jre-headless).');
  process.exit(1);
}
const run = spawnSync('java', ['-Xss1024k', '-jar', String(vnu), '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const errors = `${run.stdout ?? ''}${run.stderr ?? ''}`.split('\n').filter((line) => line.trim() !== '');
for (const line of errors) console.error(line);
console.log(`vnu: ${files.length} pages checked, ${errors.length} errors`);
process.exit(errors.length === 0 && run.status === 0 ? 0 : 1);
