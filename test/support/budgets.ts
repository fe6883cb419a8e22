import type { Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/**
 * Byte budgets for what a page loads before anyone touches it, gzip-compressed (level 9, as
 * `gzip -9`; 1 kB = 1000 bytes). A content page must stay light on phones and slow links; the
 * calculators carry their engine and UI, so they get more script.
 */
export const KB = 1000;
export interface Budget {
  js: number;
  css: number;
}
export const contentBudget: Budget = { js: 15 * KB, css: 15 * KB };
export const calculatorBudget: Budget = { js: 40 * KB, css: 15 * KB };

/**
 * Lighthouse's mobile scores every page type must reach (median of three runs): checked by
 * test/lighthouse/check.mjs in npm test and reported by npm run bench. Accessibility, best
 * practices and SEO do not depend on the machine's speed; performance does, which is why the
 * CPU slowdown is calibrated to the host (scripts/bench/lighthouse.mjs).
 */
export const lighthouseTargets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

/**
 * Pages that are tools rather than reading (by URL, Swedish and English): the calculators and the
 * self-assessment checklist, an interactive form with file save and open.
 */
const calculatorPrefixes = ['/kalkylator/', '/en/calculator/', '/certifiering/sjalvskattning/', '/en/certification/self-assessment/'];

/** @param path site path without the base, e.g. "/en/calculator/" */
export function budgetFor(path: string): Budget {
  return calculatorPrefixes.some((p) => path.startsWith(p)) ? calculatorBudget : contentBudget;
}

export interface Transfer {
  /** Documents, inline <style> and <script> included. */
  html: number;
  /** Stylesheet files plus the page's inline <style> blocks (counted in html as well). */
  css: number;
  /** Script files plus the page's inline scripts (counted in html as well). */
  js: number;
  other: number;
  /** gzip bytes per URL, for the failure message. */
  files: Record<string, number>;
}

/**
 * Records every response a page receives from now on, gzip-measured by kind. Call `done()`
 * after the page has settled and before any interaction.
 */
export function recordTransfer(page: Page, filter: (url: string) => boolean = () => true) {
  const pending: Promise<void>[] = [];
  const transfer: Transfer = { html: 0, css: 0, js: 0, other: 0, files: {} };
  const onResponse = (response: Response) => {
    const url = response.url();
    if (!filter(url) || url.startsWith('data:')) return;
    pending.push(
      response.body().then(
        (body) => {
          const size = gzipSync(body, { level: 9 }).length;
          const type = response.request().resourceType();
          const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
          transfer[kind] += size;
          transfer.files[new URL(url).pathname] = (transfer.files[new URL(url).pathname] ?? 0) + size;
        },
        () => undefined, // a redirect or aborted response has no body
      ),
    );
  };
  page.on('response', onResponse);
  return {
    async done(): Promise<Transfer> {
      page.off('response', onResponse);
      await Promise.all(pending);
      // Astro inlines small styles and scripts: they cost the same bytes as files would.
      const inline = await page.evaluate(() => ({
        css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'),
        js: [...document.querySelectorAll('script:not([src])')]
          .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
          .map((s) => s.textContent ?? '')
          .join('\n'),
      }));
      for (const kind of ['css', 'js'] as const) {
        if (!inline[kind]) continue;
        const size = gzipSync(inline[kind], { level: 9 }).length;
        transfer[kind] += size;
        transfer.files[`(inline ${kind})`] = size;
      }
      return transfer;
    },
  };
}
