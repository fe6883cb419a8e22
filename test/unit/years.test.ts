import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/check';
import { readSourceKeys } from '../../src/lib/content-check/source-file';
import { contentDir, documentedYears, newestYear, rates } from '../support/years';

/**
 * What a new year needs is its data: these checks read the years from the content (CONTENT_DIR,
 * content/ by default), so they hold for the real content and for scripts/fictional-year.mjs's
 * copy with a made-up next year.
 */
describe('the documented years, read from the content', () => {
  it('the content, with every year it documents, has no mistakes', () => {
    expect(checkContent(contentDir).map(formatProblem)).toEqual([]);
  }, 60_000);

  it('every rates file is named after the year it states', () => {
    for (const year of documentedYears()) expect(rates(year).year, `content/rates/${year}.yaml`).toBe(year);
  });

  it('every source the newest year cites is defined in sources.yaml, with no list of keys in code', () => {
    const defined = new Set(readSourceKeys(contentDir));
    const cited: string[] = rates(newestYear()).sources;
    expect(cited.length).toBeGreaterThan(0);
    for (const key of cited) expect(defined, `${key} in ${contentDir}/sources.yaml`).toContain(key);
  });
});
