import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageFigures } from './budgets';
import { outDir } from './built-pages';

/**
 * Each page's byte figures, as every-page.spec.ts measures them, handed to the medians test
 * (page-medians.spec.ts), which runs in a Playwright project that depends on theirs and so
 * starts only after every page's test has passed. One file per page: the tests run in parallel
 * workers. A folder per build, emptied when a run starts (test/support/global-setup.ts), so the
 * medians never see a page measured by an earlier run.
 */
export const figuresDir = join('.tmp', 'page-figures', outDir.replace(/[^\w.-]+/g, '_'));

export function clearFigures(): void {
  rmSync(figuresDir, { recursive: true, force: true });
}

export function saveFigures(figures: PageFigures): void {
  mkdirSync(figuresDir, { recursive: true });
  writeFileSync(join(figuresDir, `${encodeURIComponent(figures.path)}.json`), JSON.stringify(figures));
}

export function readFigures(): PageFigures[] {
  let files: string[] = [];
  try {
    files = readdirSync(figuresDir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(join(figuresDir, f), 'utf8')) as PageFigures);
}
