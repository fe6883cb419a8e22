import { everywhereKeys, matches } from '../../lib/shortcuts';
import { navigate } from '../safe-mode/navigate';
import { toButton } from '../workbench/to-button';

type PaletteModule = typeof import('./palette');
let loading: Promise<PaletteModule> | undefined;

/** The search page, where the palette's triggers lead without JavaScript. */
let searchPage: string | undefined;

/**
 * Opens the palette, loading its code, styles and texts (and then Pagefind) the first time only.
 * If they cannot be loaded (offline, a broken deploy), the search page opens instead, as the
 * Search link does without JavaScript: it works as a plain form. The next try loads them again.
 */
function open(opener: HTMLElement | null, query = ''): void {
  loading ??= import('./palette');
  loading
    .then((palette) => palette.openPalette(opener, query))
    .catch(() => {
      loading = undefined;
      if (searchPage) navigate(searchPage);
    });
}

/** Ctrl+K, ⌘K and F1 everywhere; the Search button, the Search activity and status bar items. */
export function initPaletteTriggers(): void {
  document.addEventListener('keydown', (event) => {
    if (!matches(event, everywhereKeys.palette)) return;
    event.preventDefault();
    open(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  });
  searchPage = document.querySelector<HTMLAnchorElement>('a[data-palette-open]')?.href;
  for (const trigger of document.querySelectorAll<HTMLElement>('[data-palette-open]')) {
    const query = trigger.dataset['paletteQuery'] ?? '';
    if (trigger instanceof HTMLAnchorElement) toButton(trigger, (button) => open(button, query));
    else trigger.addEventListener('click', () => open(trigger, query));
  }
}
