import { expect, type Page } from '@playwright/test';

/**
 * The paths of the search page's hits, pressing "show more" (as a visitor would) until `max` hits
 * are shown or there are no more. The page shows the best few first and loads the rest on request.
 */
export async function searchHits(page: Page, max = Infinity): Promise<string[]> {
  const links = page.locator('.search-page__results li a');
  const more = page.locator('.search-page__more');
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  for (let shown = await links.count(); shown < max && (await more.isVisible()); shown = await links.count()) {
    await more.click();
    await expect(links).not.toHaveCount(shown);
  }
  const hrefs = await links.evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.slice(0, max);
}
