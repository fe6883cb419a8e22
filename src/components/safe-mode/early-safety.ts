import { replacementForClick, replacementForForm } from '../../lib/safe-navigation';
import { comboMatches, repeatCounter, type KeyCombo, type Repeat } from '../../lib/shortcuts';
import { readSession, safeModeKey, safeModeOn } from '../../stores/session';
import { leave } from '../quick-exit/leave';

/** What the early script is built with (src/integrations/early-script.ts fills it in at build time). */
export interface EarlySafetyOptions {
  /** Where the quick exit goes (src/components/quick-exit/exit-target.ts). */
  exit: string;
  /** The quick exit's key combos and repeat (Shift ×3), from src/lib/shortcuts.ts. */
  quickExit: { combos: readonly KeyCombo[]; repeat: Repeat };
}

/**
 * The attribute on <html> that says safe mode is on. The early script sets it from the session;
 * the safe-mode switches (safe-mode.ts) keep it in step with the store, so that a switch turned on
 * where storage is blocked still holds for the page it was turned on.
 */
export const safeModeAttribute = 'data-safe-mode';

/**
 * Safe mode's navigation rules and the quick exit's Shift ×3, for the page's whole life, from the
 * first moment it exists. This runs in <head> (the early script, src/components/workbench/early.ts)
 * because the page's module runs only once the page is parsed, later still on a slow phone: a link
 * clicked before then would add a history entry while safe mode is on, and Shift ×3 would do
 * nothing. Handling both here, once, also keeps the module from carrying the same code twice.
 *
 * Links and forms are handled on the document in the bubbling phase: a component that handles its
 * own click or submit (and prevents the default) has run before, and links added later are
 * covered too. Shift ×3 is caught in the capture phase, so no field or widget can swallow it.
 */
export function initEarlySafety(doc: Document, options: EarlySafetyOptions): void {
  const root = doc.documentElement;
  const readState = () => root.toggleAttribute(safeModeAttribute, readSession(safeModeKey) === safeModeOn);
  readState();
  const on = () => root.hasAttribute(safeModeAttribute);
  doc.addEventListener('click', (event) => {
    if (on()) replaceClick(event);
  });
  doc.addEventListener('submit', (event) => {
    if (on()) replaceSubmit(event);
  });
  const counter = repeatCounter(options.quickExit.repeat);
  doc.addEventListener('keydown', countQuickExit, { capture: true });
  // Back from the back/forward cache: show the page again, count afresh, read the session again
  // (safe mode may have been switched off, or the quick exit may have emptied it, since).
  addEventListener('pageshow', (event) => {
    root.classList.remove('leaving');
    counter.reset();
    announce('');
    if (event.persisted) readState();
  });

  function countQuickExit(event: KeyboardEvent): void {
    if (event.repeat) return;
    // Any other key in between starts the count again, so typing capitals never counts.
    if (!comboMatches(event, options.quickExit.combos)) return counter.reset();
    const count = counter.press();
    const messages = doc.querySelector<HTMLElement>('[data-quick-exit]')?.dataset ?? {};
    if (count < counter.times) {
      announce((messages['progress'] ?? '').replace('{count}', String(count)).replace('{times}', String(counter.times)));
      return;
    }
    announce(messages['leaving'] ?? '');
    leave(doc, options.exit);
  }

  function announce(text: string): void {
    const status = doc.querySelector('[data-quick-exit-status]');
    if (status) status.textContent = text;
  }
}

function replaceClick(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  const url = replacementForClick(event, { target: link.target, download: link.hasAttribute('download'), href: link.href }, location.href);
  if (!url) return;
  event.preventDefault();
  // For a #fragment of this page too: a fragment navigation that replaces, scrolls and focuses.
  location.replace(url);
}

function replaceSubmit(event: SubmitEvent): void {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const by = event.submitter instanceof HTMLButtonElement || event.submitter instanceof HTMLInputElement ? event.submitter : null;
  const fields = [...new FormData(form, by)].map(([name, value]) => [name, typeof value === 'string' ? value : value.name] as const);
  const url = replacementForForm(
    {
      defaultPrevented: event.defaultPrevented,
      method: by?.formMethod || form.method,
      target: by?.formTarget || form.target,
      action: by?.hasAttribute('formaction') ? by.formAction : form.action,
      fields,
    },
    location.href,
  );
  if (!url) return;
  event.preventDefault();
  location.replace(url);
}
