import { atom } from 'nanostores';
import { isThemeId, type ThemeId } from '../lib/theme-ids';
import { readSession, themeKey, writeSession } from './session';

export { isThemeId, themeIds, type ThemeId } from '../lib/theme-ids';

/**
 * The theme on screen: the session's choice, or what the system asks for. Until a visitor picks
 * one, the page follows the system's `prefers-color-scheme` and `prefers-contrast` (in CSS, so it
 * also works without JavaScript); a choice lasts for the browser session only. The choice is
 * applied before first paint by the early script (src/components/theme/theme-init.ts), which
 * reads the same session key.
 */
export const theme = atom<ThemeId>('light');

export function systemTheme(): ThemeId {
  const query = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches;
  const dark = query('(prefers-color-scheme: dark)');
  if (query('(prefers-contrast: more)')) return dark ? 'hc-dark' : 'hc-light';
  return dark ? 'dark' : 'light';
}

export function initTheme(): void {
  const chosen = readSession(themeKey);
  theme.set(isThemeId(chosen) ? chosen : systemTheme());
}

export function setTheme(id: ThemeId): void {
  theme.set(id);
  writeSession(themeKey, id);
  document.documentElement.dataset['theme'] = id;
}
