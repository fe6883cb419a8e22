import { atom } from 'nanostores';
import { readSession, removeSession, writeSession } from './session';

/**
 * Safe mode: while it is on, every navigation within the site replaces the current history entry
 * (src/components/safe-mode/), so a visit is one entry that the quick exit then replaces. It is
 * kept in sessionStorage like every other setting, so it ends with the tab and the quick exit's
 * clearSession switches it off; switched off, the key is removed rather than set to "off".
 */
const storageKey = 'safe-mode';
const on = 'on';

export const safeMode = atom(false);

/** Reads the session's state: on page load, and again when a page returns from the back/forward cache. */
export function initSafeMode(): void {
  safeMode.set(readSession(storageKey) === on);
}

export function setSafeMode(value: boolean): void {
  safeMode.set(value);
  if (value) writeSession(storageKey, on);
  else removeSession(storageKey);
}

export function toggleSafeMode(): void {
  setSafeMode(!safeMode.get());
}
