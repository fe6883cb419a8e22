import { matches, repeatCounter } from '../../lib/shortcuts';
import { safeMode } from '../../stores/safe-mode';
import { clearSession } from '../../stores/session';
import { toButton } from '../workbench/to-button';

/**
 * Hides the page at once, switches safe mode off, forgets the session and leaves without a
 * history entry to come back to. Leaving must happen whatever fails before it.
 */
export function leave(target: string): void {
  document.documentElement.classList.add('leaving');
  document.title = '';
  try {
    safeMode.set(false);
    clearSession();
  } finally {
    location.replace(target);
  }
}

export function initQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
  if (!link || !status) return;
  const target = link.href;
  const { leaving = '', progress = '' } = link.dataset;

  // The status bar leaves exactly the room the exit takes, whatever the language and text size.
  const box = link.parentElement;
  if (box && 'ResizeObserver' in window) {
    new ResizeObserver(() => document.documentElement.style.setProperty('--quick-exit-w', `${box.offsetWidth}px`)).observe(box);
  }

  // With JavaScript the exit is an action, not a link: a button, same place, same name.
  toButton(link, () => leave(target));

  const counter = repeatCounter('quickExit');
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.repeat) return;
      // Any other key in between starts the count again, so typing capitals never counts.
      if (!matches(event, 'quickExit')) return counter.reset();
      const count = counter.press();
      if (count >= counter.times) {
        status.textContent = leaving;
        leave(target);
      } else {
        status.textContent = progress.replace('{count}', String(count)).replace('{times}', String(counter.times));
      }
    },
    { capture: true },
  );

  // Coming back through the back/forward cache: show the page again and start counting afresh.
  addEventListener('pageshow', () => {
    document.documentElement.classList.remove('leaving');
    counter.reset();
    status.textContent = '';
  });
}
