import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { join } from 'node:path';
import { builtPages, outDir } from '../support/built-pages';

/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json),
 * which include no inline style attributes (the CSP forbids them). One rule is off, on purpose:
 * `long-title` is a search-snippet heuristic (70 characters), not validity; page titles are
 * bounded by src/schemas/page.ts and written to be clear, and the site name is appended.
 */
test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = builtPages();
  const reports = await Promise.all(
    pages.map((path) => validator.validateFile(join(outDir, path.endsWith('/') ? `${path}index.html` : path))),
  );
  const failed = reports.filter((r) => !r.valid);
  const text = failed.length ? formatterFactory('text')(failed.flatMap((r) => r.results)) : '';
  expect(pages.length).toBeGreaterThan(3);
  expect(text, 'html-validate errors').toBe('');
});
