import { isThemeId } from '../../lib/theme-ids';
import { readSession, themeKey } from '../../stores/session';

/**
 * The theme part of the early script (src/components/workbench/early.ts), which runs in <head>
 * before the first paint, so that a theme chosen earlier in the session shows without a flash.
 * With no choice it sets nothing unless the system asks for more contrast: CSS then follows the
 * system's light or dark live, and the theme store (src/stores/theme.ts) takes over once the
 * page's module runs. The `js` class lets CSS lay out the parts that only work with JavaScript
 * (the drawer).
 */
export function applySessionTheme(root: HTMLElement): void {
  root.classList.add('js');
  const chosen = readSession(themeKey);
  const prefers = (query: string) => matchMedia(query).matches;
  const theme = isThemeId(chosen)
    ? chosen
    : prefers('(prefers-contrast: more)')
      ? prefers('(prefers-color-scheme: dark)')
        ? 'hc-dark'
        : 'hc-light'
      : undefined;
  if (theme) root.dataset['theme'] = theme;
}
