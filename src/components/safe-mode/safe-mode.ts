import { initSafeMode, safeMode, toggleSafeMode } from '../../stores/safe-mode';
import { safeModeAttribute } from './early-safety';

/**
 * Safe mode's switches (beside the quick exit, under Settings and on the staying-safe page) and
 * their announcements. The links and forms themselves are taken over by the early script
 * (early-safety.ts), from the page's first moment; it reads the state from the attribute on
 * <html> that the store keeps in step here.
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
    document.documentElement.toggleAttribute(safeModeAttribute, on);
    const text = (on ? status?.dataset['on'] : status?.dataset['off']) ?? '';
    for (const button of switches) button.setAttribute('aria-pressed', String(on));
    for (const state of states) state.textContent = text;
    // Announced on a change only (the palette command moves focus away from any switch).
    if (loaded && status) status.textContent = text;
    loaded = true;
  });
  // A page restored from the back/forward cache keeps its old state in memory: read the session
  // again (safe mode may have been switched off, or the quick exit may have emptied it since).
  addEventListener('pageshow', (event) => {
    if (event.persisted) initSafeMode();
  });
}
