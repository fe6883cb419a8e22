import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The rules every axe check of the suite runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.2 A/AA violations on the page as it stands, one line each ("rule: help
 * (targets)"), optionally within some selectors only: an empty list means none.
 *
 * axe.run() in the page itself, as @axe-core/playwright's legacy mode does, but with axe injected
 * once rather than twice per check, and only violations gathered (the passes, thousands of nodes,
 * would be serialised for nothing): about half the time of AxeBuilder's defaults, which run
 * axe.runPartial() in every frame and then axe.finishRun() in a new blank page, for cross-origin
 * iframes. The site has no iframe at all: its CSP (default-src 'none', no frame-src) allows none.
 */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      const { axe } = window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } };
      const context = include.length > 0 ? { include: include.map((s) => [s]) } : document;
      // Blocks with content-visibility: auto are not rendered until scrolled near, and axe would
      // then skip their colours: every block is rendered for the check, as the reader will see it.
      // A constructed sheet, which the site's CSP (no inline style) does not block.
      const rendered = new CSSStyleSheet();
      rendered.replaceSync('* { content-visibility: visible !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, rendered];
      const result = await axe
        .run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .finally(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== rendered)));
      return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: wcagTags, include },
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
