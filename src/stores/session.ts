/**
 * The only place the site writes browser storage. Everything goes to sessionStorage (gone when
 * the browser session ends) under one prefix, so the quick exit can clear it all; nothing ever
 * goes to localStorage or cookies.
 */
export const sessionPrefix = 'nsp:';

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
