import { t } from '../../src/i18n';
import { rel } from '../support/built-pages';
import { expect, test } from '../support/guarded';

/**
 * Keyboard use (WCAG 2.1.1, 2.4.1, 2.4.7, 2.4.11): the first Tab reaches the quick exit (a person
 * at risk must be able to leave at once); before any navigation come only the safe mode switch, the
 * link explaining both, and the skip link, which moves focus to the main content; every element Tab
 * reaches shows a visible focus indicator
 * and is not hidden off screen.
 */
for (const [lang, path] of [
  ['sv', '/tillganglighet/'],
  ['en', '/en/accessibility/'],
] as const) {
  test(`${path}: quick exit first, skip link before any navigation, then a visible focus on every stop`, async ({ page }) => {
    await page.goto(rel(path));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t(lang, 'wb.quickExit') }).or(page.getByRole('button', { name: t(lang, 'wb.quickExit') })).first()).toBeFocused();
    // Next come the safe mode switch and the link that explains both, then the skip link, before any navigation.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('skip-link') ?? false)) break;
      expect(await page.evaluate(() => document.activeElement?.closest('nav, main') === null), 'no navigation before the skip link').toBe(true);
    }
    const skip = page.getByRole('link', { name: t(lang, 'skip.toMain') });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'the next Tab stays in the content').toBe(true);

    await page.goto(rel(path));
    const problems: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          id: `${el.tagName} ${el.getAttribute('href') ?? el.id ?? ''} ${(el.textContent ?? '').trim().slice(0, 40)}`,
          indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
          onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
        };
      });
      if (!stop || seen.has(stop.id)) break;
      seen.add(stop.id);
      if (!stop.indicator) problems.push(`${stop.id}: no visible focus indicator`);
      if (!stop.onScreen) problems.push(`${stop.id}: focused but not on screen`);
    }
    expect(seen.size, 'focusable elements reached').toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });
}
