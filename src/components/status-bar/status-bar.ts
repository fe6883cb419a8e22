import { themeIds } from '../../lib/theme-ids';
import { initRateYears, rateYear } from '../../stores/rate-year';
import { initTheme, theme } from '../../stores/theme';

/**
 * Keeps the status bar in step with the shared stores: the theme and the rules year. A change in
 * the palette, the settings view or (for the year) a rate table or calculator shows here at once,
 * because they all change the same nanostore.
 */
export function initStatusBar(): void {
  const years = JSON.parse(document.documentElement.dataset['rateYears'] ?? '[]') as string[];
  initTheme();
  // Another island (a rates page) may already have set up the years with its own page year.
  if (years.length > 0 && rateYear.get() === undefined) initRateYears(years);

  const themeButton = document.querySelector<HTMLElement>('[data-theme-status]');
  const yearButton = document.querySelector<HTMLElement>('[data-rate-year-status]');
  // The theme names in the page's language, in the order of themeIds, "|" between them.
  const names = (themeButton?.dataset['names'] ?? '').split('|');
  theme.subscribe((id) => {
    const text = themeButton?.querySelector('[data-text]');
    if (text) text.textContent = (themeButton?.dataset['label'] ?? '').replace('{name}', names[themeIds.indexOf(id)] || id);
  });
  rateYear.subscribe((year) => {
    const text = yearButton?.querySelector('[data-text]');
    if (text && year) text.textContent = (yearButton?.dataset['label'] ?? '').replace('{year}', year);
  });
}
