import { explorerKeys, matches, sashKeys } from '../../lib/shortcuts';
import { readSession, writeSession } from '../../stores/session';
import { toButton } from '../workbench/to-button';

type View = 'explorer' | 'settings';
const narrow = matchMedia('(max-width: 47.99rem)');
const widthKey = 'sidebar-width';
const viewKey = 'sidebar';
const minWidth = 160;
const maxWidth = 560;

/**
 * Connects the activity bar's Explorer and Settings items to the side bar. Wide screens: an item
 * shows its view, or collapses the side bar if its view is already showing (as in VS Code); the
 * choice lasts the session. Narrow screens: the items open and close a drawer over the page.
 */
export function initSidebar(): void {
  const sidebar = document.querySelector<HTMLElement>('[data-sidebar]');
  const workbench = document.querySelector<HTMLElement>('.workbench');
  if (!sidebar || !workbench) return;
  const buttons = new Map<View, HTMLButtonElement>();

  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-view]')) {
    const view = link.dataset['view'] as View;
    const button = toButton(link, () => toggle(view));
    button.setAttribute('aria-controls', 'sidebar');
    buttons.set(view, button);
  }

  const isOpen = () => (narrow.matches ? sidebar.dataset['drawer'] === 'open' : workbench.dataset['sidebar'] !== 'closed');

  function show(view: View | 'closed', focus = false): void {
    if (view !== 'closed') sidebar!.dataset['view'] = view;
    if (narrow.matches) sidebar!.dataset['drawer'] = view === 'closed' ? 'closed' : 'open';
    else {
      workbench!.dataset['sidebar'] = view === 'closed' ? 'closed' : 'open';
      writeSession(viewKey, view);
    }
    for (const [id, button] of buttons) button.setAttribute('aria-expanded', String(isOpen() && sidebar!.dataset['view'] === id));
    if (view === 'settings') openSettings(sidebar!, focus ? () => isOpen() && sidebar!.dataset['view'] === 'settings' : undefined);
    else if (focus && view === 'explorer') {
      (sidebar!.querySelector<HTMLElement>('.explorer [aria-current="page"]') ?? sidebar!.querySelector<HTMLElement>('.explorer__toggle'))?.focus();
    }
  }

  function toggle(view: View): void {
    const showing = isOpen() && sidebar!.dataset['view'] === view;
    show(showing ? 'closed' : view, !showing && narrow.matches);
  }

  const kept = readSession(viewKey);
  show(narrow.matches ? 'closed' : kept === 'settings' || kept === 'closed' ? kept : 'explorer');
  narrow.addEventListener('change', () => show(narrow.matches ? 'closed' : 'explorer'));

  // Escape closes the drawer and puts focus back on the button that opened it.
  sidebar.addEventListener('keydown', (event) => {
    if (narrow.matches && matches(event, explorerKeys.drawerClose)) {
      const view = (sidebar.dataset['view'] ?? 'explorer') as View;
      show('closed');
      buttons.get(view)?.focus();
    }
  });
  // Following a link in the drawer closes it, so a same-page link shows its target.
  sidebar.addEventListener('click', (event) => {
    if (narrow.matches && (event.target as Element).closest('a')) show('closed');
  });

  initSash(sidebar, workbench);
}

/**
 * The settings view's theme and rules-year choices load with their code the first time the view
 * opens (src/components/settings/settings-view.ts): they are of use only with JavaScript, so no
 * page carries them. If the code or the choices cannot load, the view shows the note it shows
 * without JavaScript (the choices need the page's script), and the next opening tries again.
 */
function openSettings(sidebar: HTMLElement, focusIf?: () => boolean): void {
  const note = sidebar.querySelector('.settings__nojs');
  import('../settings/settings-view')
    .then((view) => view.openSettingsView(sidebar, focusIf))
    .then(
      () => note?.removeAttribute('data-failed'),
      () => note?.setAttribute('data-failed', ''),
    );
}

function initSash(sidebar: HTMLElement, workbench: HTMLElement): void {
  const sash = sidebar.querySelector<HTMLElement>('.sidebar__sash');
  if (!sash) return;
  const setWidth = (px: number) => {
    const width = Math.round(Math.min(maxWidth, Math.max(minWidth, px)));
    workbench.style.setProperty('--sidebar-w', `${width}px`);
    sash.setAttribute('aria-valuenow', String(width));
    writeSession(widthKey, String(width));
  };
  sash.setAttribute('aria-valuemin', String(minWidth));
  sash.setAttribute('aria-valuemax', String(maxWidth));
  const kept = Number(readSession(widthKey));
  if (kept > 0) setWidth(kept);
  // The width the style sheet gave is read in the next frame, once the page's scripts have
  // changed the DOM: measuring now would lay the whole page out an extra time before first paint.
  // A separator that takes focus must state its value, so the sash is shown only then.
  requestAnimationFrame(() => {
    if (!sash.hasAttribute('aria-valuenow')) sash.setAttribute('aria-valuenow', String(Math.round(sidebar.getBoundingClientRect().width || 256)));
    sash.hidden = false;
  });
  sash.addEventListener('pointerdown', (down) => {
    sash.setPointerCapture(down.pointerId);
    const left = sidebar.getBoundingClientRect().left;
    const move = (e: PointerEvent) => setWidth(e.clientX - left);
    sash.addEventListener('pointermove', move);
    sash.addEventListener('pointerup', () => sash.removeEventListener('pointermove', move), { once: true });
  });
  sash.addEventListener('keydown', (event) => {
    const now = sidebar.getBoundingClientRect().width;
    if (matches(event, sashKeys.sidebarWider)) setWidth(now + 16);
    else if (matches(event, sashKeys.sidebarNarrower)) setWidth(now - 16);
    else return;
    event.preventDefault();
  });
}
