import { safeMode } from '../../stores/safe-mode';

/**
 * The one way scripts open another page of the site (palette, tabs, explorer): while safe mode
 * is on the new page replaces the current history entry, so Back cannot step through the visit.
 */
export function navigate(url: string): void {
  if (safeMode.get()) location.replace(url);
  else location.assign(url);
}
