import { initRateYears, rateYear, setRateYear } from '../../stores/rate-year';
import { initTheme, setTheme, theme, themeIds, type ThemeId } from '../../stores/theme';

/**
 * Keeps the status bar and the settings view in step with the shared stores: the theme and the
 * rules year. A change in the palette, the settings or (for the year) a rate table or calculator
 * shows here at once, because they all change the same nanostore.
 */
export function initStatusBar(): void {
  const years = JSON.parse(document.documentElement.dataset['rateYears'] ?? '[]') as string[];
  initTheme();
  // Another island (a rates page) may already have set up the years with its own page year.
  if (years.length > 0 && rateYear.get() === undefined) initRateYears(years);

  const themeButton = document.querySelector<HTMLElement>('[data-theme-status]');
  const yearButton = document.querySelector<HTMLElement>('[data-rate-year-status]');
  const choices = document.querySelectorAll<HTMLInputElement>('[data-theme-choice]');
  const yearSelect = document.querySelector<HTMLSelectElement>('[data-rate-year-select]');

  // The settings view's radio labels are the theme names in the page's language.
  const names = new Map([...choices].map((c) => [c.value, c.parentElement?.textContent?.trim() ?? c.value]));
  theme.subscribe((id) => {
    const text = themeButton?.querySelector('[data-text]');
    if (text) text.textContent = (themeButton?.dataset['label'] ?? '').replace('{name}', names.get(id) ?? id);
    for (const choice of choices) choice.checked = choice.value === id;
  });
  rateYear.subscribe((year) => {
    const text = yearButton?.querySelector('[data-text]');
    if (text && year) text.textContent = (yearButton?.dataset['label'] ?? '').replace('{year}', year);
    if (yearSelect && year) yearSelect.value = year;
  });
  for (const choice of choices) {
    choice.addEventListener('change', () => {
      if (choice.checked && themeIds.includes(choice.value as ThemeId)) setTheme(choice.value as ThemeId);
    });
  }
  yearSelect?.addEventListener('change', () => setRateYear(yearSelect.value));
}
