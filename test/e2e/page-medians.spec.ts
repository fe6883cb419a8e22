import { expect, test } from '@playwright/test';
import { budgetMisses } from '../support/budgets';
import { builtPages } from '../support/built-pages';
import { readFigures } from '../support/page-figures';

/**
 * The content pages' median bytes (test/support/budgets.ts), over the figures every-page.spec.ts
 * measured in this run. playwright.config.ts runs this file in a project that depends on that
 * spec's, so it starts only after every page's test has passed.
 */
test('the content pages’ medians are within their budgets', () => {
  const measured = readFigures();
  expect(measured.map((m) => m.path).sort(), 'every built page was measured in this run').toEqual(builtPages());
  expect(budgetMisses(measured).filter((m) => m.startsWith('median')), 'budgets missed').toEqual([]);
});
