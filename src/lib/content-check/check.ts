/**
 * The content check: every file of a content folder read with the build's own schemas, plus the
 * checks between files and pages, and last year's words in the rates files. The build runs it
 * first (src/integrations/content-check.ts) and stops with its messages; tests run it on a broken
 * copy of content/ without building the site.
 */
import type { RuleSet } from '../../../calculators/rules-schema';
import { defineSourceKeys } from '../../../calculators/source-keys';
import { crossProblems } from './cross';
import { lastYearsWords } from './last-year';
import { loadCollections } from './load';
import { pageProblems } from './pages';
import type { ContentProblem } from './problem';
import { readSourceKeys } from './source-file';

export { formatProblem, formatProblems, type ContentProblem } from './problem';

/** Every problem of the content folder (empty when the site can be built from it). */
export function checkContent(contentDir: string): ContentProblem[] {
  defineSourceKeys(readSourceKeys(contentDir));
  const { loaded, problems } = loadCollections(contentDir);
  const rates = loaded.rates.map((e) => e.data as unknown as RuleSet).sort((a, b) => a.year - b.year);
  const words = loaded.rates.flatMap((e) => lastYearsWords(e.source, (e.data as unknown as RuleSet).year));
  const pages = pageProblems(contentDir, rates.at(-1));
  return [...problems, ...crossProblems(loaded, pages.keys), ...pages.problems, ...words];
}
