import { leave } from './leave';
import { toButton } from '../workbench/to-button';

/**
 * The quick exit's button. Shift ×3, and coming back to a hidden page through the back/forward
 * cache, are the early script's (src/components/safe-mode/early-safety.ts), from the page's first
 * moment; without JavaScript the exit is a plain link.
 */
export function initQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const target = link.href;

  // The status bar leaves exactly the room the exit takes, whatever the language and text size.
  const box = link.parentElement;
  if (box && 'ResizeObserver' in window) {
    new ResizeObserver(() => document.documentElement.style.setProperty('--quick-exit-w', `${box.offsetWidth}px`)).observe(box);
  }

  // With JavaScript the exit is an action, not a link: a button, same place, same name.
  toButton(link, () => leave(document, target));
}
