/** Small helpers the benchmark steps share: running a build, serving it, sizes, medians. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createStaticServer } from '../lib/static-server.mjs';

export const KB = 1000;
export const fmtKB = (bytes) => (bytes === undefined ? '–' : `${(bytes / KB).toFixed(1)} kB`);

// Astro's own entry, run with this process's Node (the project's pinned Node 24): a bare
// `astro` needs node_modules/.bin on PATH (only `npm run` adds it) and its `#!/usr/bin/env node`
// would pick whatever Node comes first there.
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Builds the site; returns the wall time in seconds, or throws with the build's own output.
 * The build's cache (ASTRO_CACHE_DIR) is emptied first: a cache left by an earlier run would
 * make one row's build time a warm rebuild and the next a cold one.
 */
export function build(env) {
  if (env.ASTRO_CACHE_DIR) rmSync(env.ASTRO_CACHE_DIR, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Build failed (${JSON.stringify(env)}):\n${result.error ? `${result.error.message}\n` : ''}${`${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-4000)}`);
  return (Date.now() - started) / 1000;
}

/** Every file under a folder, as [path relative to it, bytes]. */
export function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else out.push([relative(dir, full).split(sep).join('/'), s.size]);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

export { builtPages } from '../../test/support/built-pages.ts';

const gzCache = new Map();
/** gzip -9 size of a built file, as a host that compresses would send it. */
export function gzipSizeOf(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzCache.get(file);
}

/**
 * Serves a build in-process with its _headers and logs every response, so the benchmark can
 * count what the browser really fetched (including requests from Pagefind's web worker, and
 * the 304s of revalidation, which carry no body).
 */
export async function serve(outDir, port) {
  const log = [];
  const server = createStaticServer({ root: outDir, onResponse: (entry) => log.push(entry) });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    log,
    origin: `http://127.0.0.1:${port}`,
    /** gzip bytes sent since log index `from`, for paths that pass `filter` (304s count 0). */
    bytesSince(from, filter = () => true) {
      let bytes = 0;
      let requests = 0;
      for (const { path, status } of log.slice(from)) {
        if (!filter(path)) continue;
        requests += 1;
        if (status !== 200) continue;
        const rel = decodeURIComponent(path).replace(/^\//, '');
        const file = join(outDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
        if (existsSync(file)) bytes += gzipSizeOf(file);
      }
      return { bytes, requests };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A Markdown table from a header row and rows. */
export function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
