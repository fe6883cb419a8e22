import { loadPageList } from '../../lib/explorer/load-page-list';
import type { ListedPage } from '../../lib/explorer/page-list';
import { matches } from '../../lib/shortcuts';
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
    button.className = 'explorer__toggle';
    button.id = label.id;
    button.setAttribute('aria-controls', list.id);
    // The label brings its chevron icon (hidden until the folder can open and close).
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
      fillFolder(more).catch(() => navigate(more.href));
    });
  }

  // From here on explorer.ts says which folders are open (the style sheet did until now).
  nav.dataset['ready'] = '';

  nav.addEventListener('keydown', (event) => {
    const items = [...nav.querySelectorAll<HTMLElement>('.explorer__toggle, .explorer__files:not([hidden]) a')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index === -1) return;
    let next: HTMLElement | undefined;
    if (matches(event, 'explorerNext')) next = items[Math.min(index + 1, items.length - 1)];
    else if (matches(event, 'explorerPrevious')) next = items[Math.max(index - 1, 0)];
    else if (matches(event, 'explorerFirst')) next = items[0];
    else if (matches(event, 'explorerLast')) next = items.at(-1);
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

/**
 * Replaces a long folder's excerpt and its "all pages" link with the folder's every page, and
 * moves focus to the first page that was not listed before, where the link was. Offline or on a
 * failed fetch the caller follows the link to the contents page instead.
 */
async function fillFolder(more: HTMLAnchorElement): Promise<void> {
  const list = more.closest('ul');
  const section = more.dataset['explorerMore'];
  if (!list || !section) throw new Error('explorer: the link is not in a folder');
  // The "all pages" link is styled as a file too; it is not one of the pages shown.
  const shown = [...list.querySelectorAll<HTMLAnchorElement>('a.explorer__file:not([data-explorer-more])')];
  const last = shown.at(-1) && sitePath(shown.at(-1)!);
  const currentLink = list.querySelector<HTMLAnchorElement>('a[aria-current="page"]');
  const current = currentLink ? sitePath(currentLink) : undefined;
  const pages = (await loadPageList()).filter((p) => p.section === section);
  if (pages.length === 0) throw new Error(`explorer: no pages in ${section}`);
  const links = pages.map((page) => fileLink(page, page.path === current));
  list.replaceChildren(...links.map((a) => {
    const item = document.createElement('li');
    item.append(a);
    return item;
  }));
  const after = pages.findIndex((p) => p.path === last) + 1;
  (links[after] ?? links[0])?.focus();
}

/** A link's site path without the base: what the page list calls `path`. */
function sitePath(a: HTMLAnchorElement): string {
  return `/${new URL(a.href).pathname.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length)}`;
}

/** The same link the server writes for a page in Explorer.astro. */
function fileLink(page: ListedPage, current: boolean): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = 'explorer__file';
  a.href = import.meta.env.BASE_URL.replace(/\/$/, '') + page.path;
  a.dataset['section'] = page.section;
  if (current) a.setAttribute('aria-current', 'page');
  a.textContent = page.navTitle;
  return a;
}
