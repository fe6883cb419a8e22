import type { Page } from '@playwright/test';

/**
 * Layout shift as a visitor feels it: the sum of every shift not caused by their own input, from
 * the first paint on. Call `watchLayoutShift` before the first `goto`, read with `layoutShift`.
 */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.shifted += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed since the page was loaded. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shifted: number }).shifted);
}

/**
 * Waits until a page has finished starting: its islands hydrated and, on a calculator, the last
 * of its stages (the print sheet) rendered; then two frames, by which every shift is reported.
 */
export async function startedUp(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]') && (!document.querySelector('.calc-layout') || !!document.querySelector('.calc-sheet')));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
