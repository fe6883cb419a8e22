import { iconClass } from '../icon/names';
import { matches, tabKeys } from '../../lib/shortcuts';
import { closeTab, openTab, tabs, type OpenTab } from '../../stores/tabs';
import { navigate } from '../safe-mode/navigate';

/**
 * Records the page on screen as an open tab. Run as the page's script starts, not with the tab
 * strip's drawing (a later task): a visitor who follows a link at once still finds this page
 * among the tabs on the next one.
 */
export function recordOpenTab(): void {
  const { path, title = '' } = document.querySelector<HTMLElement>('[data-tabs]')?.dataset ?? {};
  if (path) openTab({ path, title });
}

export function initEditorTabs(): void {
  const list = document.querySelector<HTMLElement>('[data-tabs]');
  if (!list) return;
  const { path = '/', base = '/', start = '/', close = '{title}' } = list.dataset;
  const href = (p: string) => base.replace(/\/$/, '') + p;

  const render = (open: readonly OpenTab[]) => {
    list.replaceChildren(
      ...open.map((tab) => {
        const item = document.createElement('li');
        item.className = 'tab';
        item.dataset['path'] = tab.path;
        const link = document.createElement('a');
        link.className = 'tab__link';
        link.href = href(tab.path);
        link.textContent = tab.title;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `tab__close ${iconClass('close')}`;
        button.setAttribute('aria-label', close.replace('{title}', tab.title));
        button.addEventListener('click', () => closeAndMove(tab.path));
        if (tab.path === path) {
          item.dataset['active'] = '';
          link.setAttribute('aria-current', 'page');
        }
        item.append(link, button);
        return item;
      }),
    );
  };

  function closeAndMove(closing: string): void {
    const links = [...list!.querySelectorAll<HTMLAnchorElement>('.tab__link')];
    const index = links.findIndex((l) => l.closest<HTMLElement>('.tab')?.dataset['path'] === closing);
    const next = closeTab(closing);
    if (closing === path) {
      // Closing the page on screen shows its neighbour, as in VS Code; the last one leads home.
      navigate(href(next?.path ?? start));
      return;
    }
    const remaining = list!.querySelectorAll<HTMLAnchorElement>('.tab__link');
    remaining[Math.min(index, remaining.length - 1)]?.focus();
  }

  tabs.subscribe(render);
  // The active tab is scrolled into the tab strip's view, the strip only (scrollIntoView would
  // also scroll the page, away from a #fragment it opened at), in the next frame: measuring now
  // would lay the page out before the other scripts have finished changing it.
  requestAnimationFrame(() => {
    const strip = list.closest<HTMLElement>('.tabs');
    const active = list.querySelector<HTMLElement>('[data-active]');
    if (!strip || !active || strip.scrollWidth <= strip.clientWidth) return;
    const tab = active.getBoundingClientRect();
    const view = strip.getBoundingClientRect();
    if (tab.right > view.right) strip.scrollLeft += tab.right - view.right;
    else if (tab.left < view.left) strip.scrollLeft -= view.left - tab.left;
  });

  list.addEventListener('keydown', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('.tab__link');
    if (!link) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.tab__link')];
    const index = links.indexOf(link);
    let next: HTMLAnchorElement | undefined;
    if (matches(event, tabKeys.tabNext)) next = links[(index + 1) % links.length];
    else if (matches(event, tabKeys.tabPrevious)) next = links[(index - 1 + links.length) % links.length];
    else if (matches(event, tabKeys.tabClose)) {
      event.preventDefault();
      closeAndMove(link.closest<HTMLElement>('.tab')?.dataset['path'] ?? '');
      return;
    }
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
}
