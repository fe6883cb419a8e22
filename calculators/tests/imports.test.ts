/**
 * Walls for the engine room (issue 17): no import circle in calculators/, type imports included,
 * nothing in src/stores/ imports from src/components/ (stores hold logic; islands read them), and
 * the browser's code takes only types from calculators/client.ts.
 * The imports are read from the source text, so `import type` and `export … from` count too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Every relative module a file names: static imports and re-exports (type-only too) and dynamic imports. */
export function relativeImports(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s+(?:type\s+)?[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]/g, /\bimport\s*['"](\.[^'"]+)['"]/g, /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]) found.push(m[1]);
  return found;
}

/** The .ts files of a folder (not its tests), by path relative to the repo. */
function tsFiles(dir: string): string[] {
  return readdirSync(join(repo, dir), { withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => `${dir}/${e.name}`);
}

/** The module graph of `files`: each file to the files of the same set it imports. */
function graph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const resolveImport = (from: string, spec: string): string | null => {
    const base = relative(repo, resolve(repo, dirname(from), spec)).replace(/\.(js|ts)$/, '');
    for (const cand of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (known.has(cand)) return cand;
    return null;
  };
  return new Map(files.map((f) => [f, relativeImports(readFileSync(join(repo, f), 'utf8')).flatMap((s) => resolveImport(f, s) ?? [])]));
}

/** The import circles of a graph, each as the files in order, the first repeated at the end. */
export function circles(g: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    path.push(f);
    for (const to of g.get(f) ?? []) {
      if (state.get(to) === 'open') found.push([...path.slice(path.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe('module walls', () => {
  test('the check itself finds a circle through a type import and a re-export', () => {
    const g = new Map([
      ['a.ts', relativeImports("import type { X } from './b';").map(() => 'b.ts')],
      ['b.ts', relativeImports("export { y } from './a';").map(() => 'a.ts')],
    ]);
    expect(circles(g)).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });
  test('calculators/ has no import circle, type imports included', () => {
    expect(circles(graph(tsFiles('calculators')))).toEqual([]);
  });
  test('src/stores/ imports nothing from src/components/', () => {
    const offenders = tsFiles('src/stores').flatMap((f) =>
      relativeImports(readFileSync(join(repo, f), 'utf8'))
        .filter((spec) => relative(repo, resolve(repo, dirname(f), spec)).startsWith('src/components'))
        .map((spec) => `${f} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
  test('the stores and islands take only types from calculators/client.ts, each function from its module', () => {
    // Through one index the bundler put both tools' code in a chunk both pages loaded (issue 22).
    const browser = ['src/stores', 'src/components/calculator', 'src/components/scenario'].flatMap(tsFiles);
    const valueImport = /\bimport\s+(?!type\b)[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g;
    const offenders = browser.flatMap((f) =>
      [...readFileSync(join(repo, f), 'utf8').matchAll(valueImport)]
        .filter((m) => /calculators\/client$/.test(m[1] ?? ''))
        .map(() => f),
    );
    expect(browser.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});
