import { clearSession } from '../../stores/session';

/**
 * Hides the page at once, forgets the session (safe mode with it) and leaves without a history
 * entry to come back to. Leaving must happen whatever fails before it.
 */
export function leave(doc: Document, target: string): void {
  doc.documentElement.classList.add('leaving');
  doc.title = '';
  try {
    clearSession();
  } finally {
    location.replace(target);
  }
}
