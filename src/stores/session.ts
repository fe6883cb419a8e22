/**
 * The only place the site writes browser storage. Everything goes to sessionStorage (gone when
 * the browser session ends) under one prefix, so the quick exit can clear it all; nothing ever
 * goes to localStorage or cookies.
 */
export const sessionPrefix = 'nsp:';

// The two keys the early script in <head> reads as well as their stores, before any store exists
// (src/components/workbench/early.ts): here, so that both read the same key.
/** The colour theme chosen in this session (src/stores/theme.ts). */
export const themeKey = 'theme';
/** Safe mode (src/stores/safe-mode.ts): this key holds `safeModeOn` while it is on, and is removed when it is off. */
export const safeModeKey = 'safe-mode';
export const safeModeOn = 'on';

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings); the site then simply forgets between pages.
    return undefined;
  }
}

export function readSession(key: string): string | undefined {
  return storage()?.getItem(sessionPrefix + key) ?? undefined;
}

export function writeSession(key: string, value: string): void {
  try {
    storage()?.setItem(sessionPrefix + key, value);
  } catch {
    // Quota or privacy mode: keeping state in memory only is acceptable.
  }
}

/** Clears everything this site stored in the session (the quick exit calls this). */
export function clearSession(): void {
  storage()?.clear();
}

/** Forgets one key, so that a setting switched off leaves nothing behind. */
export function removeSession(key: string): void {
  storage()?.removeItem(sessionPrefix + key);
}
