import { loadPageList } from '../../lib/explorer/load-page-list';
import type { ListedPage } from '../../lib/explorer/page-list';

/**
 * Replaces a long folder's excerpt and its "all pages" link with the folder's every page, and
 * moves focus to the first page that was not listed before, where the link was. Offline or on a
 * failed fetch the caller follows the link to the contents page instead.
 */
export async function fillFolder(more: HTMLAnchorElement): Promise<void> {
  const list = more.closest('ul');
  const section = more.dataset['explorerMore'];
  if (!list || !section) throw new Error('explorer: the link is not in a folder');
  // The "all pages" link is styled as a page too; it is not one of the pages shown.
  const shown = [...list.querySelectorAll<HTMLAnchorElement>('a:not([data-explorer-more])')];
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
  a.href = import.meta.env.BASE_URL.replace(/\/$/, '') + page.path;
  if (current) a.setAttribute('aria-current', 'page');
  a.textContent = page.navTitle;
  return a;
}
