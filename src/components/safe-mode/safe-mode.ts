import { replacementForClick, replacementForForm } from '../../lib/safe-navigation';
import { initSafeMode, safeMode, toggleSafeMode } from '../../stores/safe-mode';

/**
 * Safe mode in the page: the switches (beside the quick exit and on the staying-safe page) and
 * the takeover of every link and form of the site while it is on. Links and forms are handled
 * once, on the document, in the bubbling phase: a component that handles its own click or submit
 * (and prevents the default) has already run, and links added later are covered too.
 */
export function initSafeModeSwitches(): void {
  initSafeMode();
  const switches = document.querySelectorAll<HTMLButtonElement>('[data-safe-mode-switch]');
  const states = document.querySelectorAll<HTMLElement>('[data-safe-mode-state]');
  const status = document.querySelector<HTMLElement>('[data-safe-mode-status]');
  for (const button of switches) {
    button.hidden = false;
    button.addEventListener('click', toggleSafeMode);
  }
  let loaded = false;
  safeMode.subscribe((on) => {
    const text = (on ? status?.dataset['on'] : status?.dataset['off']) ?? '';
    for (const button of switches) button.setAttribute('aria-pressed', String(on));
    for (const state of states) state.textContent = text;
    // Announced on a change only (the palette command moves focus away from any switch).
    if (loaded && status) status.textContent = text;
    loaded = true;
  });
  document.addEventListener('click', replaceLink);
  document.addEventListener('submit', replaceForm);
  // A page restored from the back/forward cache keeps its old state in memory: read the session
  // again (safe mode may have been switched off, or the quick exit may have emptied it since).
  addEventListener('pageshow', (event) => {
    if (event.persisted) initSafeMode();
  });
}

function replaceLink(event: MouseEvent): void {
  if (!safeMode.get() || !(event.target instanceof Element)) return;
  const link = event.target.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const { button, ctrlKey, metaKey, shiftKey, altKey, defaultPrevented } = event;
  const url = replacementForClick(
    { button, ctrlKey, metaKey, shiftKey, altKey, defaultPrevented, target: link.target, download: link.hasAttribute('download'), href: link.href },
    location.href,
  );
  if (!url) return;
  event.preventDefault();
  // For a #fragment of this page too: a fragment navigation that replaces, scrolls and focuses.
  location.replace(url);
}

function replaceForm(event: SubmitEvent): void {
  const form = event.target;
  if (!safeMode.get() || !(form instanceof HTMLFormElement)) return;
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
