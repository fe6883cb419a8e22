import { explorerKeys, matches } from '../../lib/shortcuts';
import { readSession, writeSession } from '../../stores/session';
import { navigate } from '../safe-mode/navigate';

const storageKey = 'explorer-open';

/**
 * WAI-ARIA disclosure navigation: folder names become buttons with aria-expanded that show and
 * hide their list of pages. Open folders are remembered for the session; the current page's
 * folder is always open on arrival.
 */
export function initExplorer(): void {
  const nav = document.querySelector<HTMLElement>('[data-explorer]');
  if (!nav) return;
  const kept = new Set((readSession(storageKey) ?? '').split(',').filter(Boolean));
  const folders = [...nav.querySelectorAll<HTMLElement>('.explorer__folder')];

  for (const folder of folders) {
    const label = folder.querySelector<HTMLElement>('.explorer__label');
    const list = folder.querySelector<HTMLElement>('.explorer__files');
    const section = folder.dataset['section'] ?? '';
    if (!label || !list) continue;
    const button = document.createElement('button');
    button.type = 'button';
    // The label's classes bring its chevron icon (hidden until the folder can open and close).
    button.className = label.className.replace('explorer__label', 'explorer__toggle');
    button.id = label.id;
    // Only the folder's button needs the list's id (no-JavaScript pages do without it).
    list.id = `${label.id}-files`;
    button.setAttribute('aria-controls', list.id);
    button.append(...label.childNodes);
    label.replaceWith(button);
    setOpen(button, list, folder.dataset['current'] !== undefined || kept.has(section));
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      setOpen(button, list, open);
      if (open) kept.add(section);
      else kept.delete(section);
      writeSession(storageKey, [...kept].join(','));
    });
  }

  for (const more of nav.querySelectorAll<HTMLAnchorElement>('a[data-explorer-more]')) {
    more.addEventListener('click', (event) => {
      event.preventDefault();
      // Loaded on the first click: few visits need it, and the link works without it.
      import('./fill-folder').then(({ fillFolder }) => fillFolder(more)).catch(() => navigate(more.href));
    });
  }

  // From here on explorer.ts says which folders are open (the style sheet did until now).
  nav.dataset['ready'] = '';

  nav.addEventListener('keydown', (event) => {
    const items = [...nav.querySelectorAll<HTMLElement>('.explorer__toggle, .explorer__files:not([hidden]) a')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index === -1) return;
    let next: HTMLElement | undefined;
    if (matches(event, explorerKeys.explorerNext)) next = items[Math.min(index + 1, items.length - 1)];
    else if (matches(event, explorerKeys.explorerPrevious)) next = items[Math.max(index - 1, 0)];
    else if (matches(event, explorerKeys.explorerFirst)) next = items[0];
    else if (matches(event, explorerKeys.explorerLast)) next = items.at(-1);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
}

function setOpen(button: HTMLButtonElement, list: HTMLElement, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  list.hidden = !open;
}
