import { matches } from '../../lib/shortcuts';
import { toButton } from '../workbench/to-button';

type PaletteModule = typeof import('./palette');
let loading: Promise<PaletteModule> | undefined;

/** Opens the palette, loading its code (and then Pagefind) the first time only. */
function open(opener: HTMLElement | null, query = ''): void {
  loading ??= import('./palette');
  loading.then((palette) => palette.openPalette(opener, query)).catch(() => {
    // Offline or a broken deploy: the search page still works as a plain form.
    loading = undefined;
  });
}

/** Ctrl+K, ⌘K and F1 everywhere; the Search button, the Search activity and status bar items. */
export function initPaletteTriggers(): void {
  document.addEventListener('keydown', (event) => {
    if (!matches(event, 'palette')) return;
    event.preventDefault();
    open(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  });
  for (const trigger of document.querySelectorAll<HTMLElement>('[data-palette-open]')) {
    const query = trigger.dataset['paletteQuery'] ?? '';
    if (trigger instanceof HTMLAnchorElement) toButton(trigger, (button) => open(button, query));
    else trigger.addEventListener('click', () => open(trigger, query));
  }
}
