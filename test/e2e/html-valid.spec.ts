import { expect, test } from '../support/guarded';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, outDir } from '../support/built-pages';

/**
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json),
 * which include no inline style attributes (the CSP forbids them). One rule is off, on purpose:
 * `long-title` is a search-snippet heuristic (70 characters), not validity; page titles are
 * bounded by src/schemas/page.ts and written to be clear, and the site name is appended.
 * One message is accepted, narrowly: Astro writes its island runtime's one-line `<style>`
 * (`astro-island{display:contents}`) in the body just before the first island, and no setting
 * moves it to <head>. The test checks that every other `<style>` stays out of the body.
 */
const astroIslandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = builtPages();
  const reports = await Promise.all(
    pages.map((path) => validator.validateFile(join(outDir, path.endsWith('/') ? `${path}index.html` : path))),
  );
  const results = reports
    .flatMap((r) => r.results)
    .map((r) => ({ ...r, messages: r.messages.filter((m) => !(m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element is not permitted'))) }))
    .map((r) => ({ ...r, errorCount: r.messages.length }))
    .filter((r) => r.messages.length > 0);
  const text = results.length ? formatterFactory('text')(results) : '';
  const strayStyles = pages.filter((path) => {
    const html = readFileSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const body = html.slice(html.indexOf('<body'));
    return (body.match(/<style[\s>][\s\S]*?<\/style>/g) ?? []).some((style) => style !== astroIslandStyle);
  });
  expect(strayStyles, 'pages with a <style> in the body other than Astro\'s island runtime').toEqual([]);
  expect(pages.length).toBeGreaterThan(3);
  expect(text, 'html-validate errors').toBe('');
});
