import { atom } from 'nanostores';
import { readSession, removeSession, safeModeKey, safeModeOn, writeSession } from './session';

/**
 * Safe mode: while it is on, every navigation within the site replaces the current history entry
 * (src/components/safe-mode/), so a visit is one entry that the quick exit then replaces. It is
 * kept in sessionStorage like every other setting, so it ends with the tab and the quick exit's
 * clearSession switches it off; switched off, the key is removed rather than set to "off".
 */
export const safeMode = atom(false);

/** Reads the session's state: on page load, and again when a page returns from the back/forward cache. */
export function initSafeMode(): void {
  safeMode.set(readSession(safeModeKey) === safeModeOn);
}

export function setSafeMode(value: boolean): void {
  safeMode.set(value);
  if (value) writeSession(safeModeKey, safeModeOn);
  else removeSession(safeModeKey);
}

export function toggleSafeMode(): void {
  setSafeMode(!safeMode.get());
}
