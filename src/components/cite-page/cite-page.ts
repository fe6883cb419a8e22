/**
 * Progressive enhancement of "cite this page": shows the copy button, puts the address the reader
 * is actually on into the text (when the build had no SITE_URL) and copies the text. If the
 * clipboard is unavailable, the text is selected so the reader can copy it by hand.
 */
export function enhanceCitePage(root: HTMLElement): void {
  const text = root.querySelector<HTMLElement>('[data-cite-text]');
  const button = root.querySelector<HTMLButtonElement>('[data-cite-copy]');
  const url = root.querySelector<HTMLElement>('[data-cite-url]');
  if (!text || !button) return;
  // The live region is created on the first copy only: a page such as search has its own status
  // region, and an idle second one would compete with it.
  let status: HTMLElement | undefined;
  const say = (message: string) => {
    if (!status) {
      status = document.createElement('span');
      status.className = 'cite-page__status';
      status.setAttribute('role', 'status');
      button.after(status);
      // A region must exist before its text changes for screen readers to announce the change.
      setTimeout(() => say(message), 50);
      return;
    }
    status.textContent = message;
  };
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as { copied?: string; failed?: string };
  if (url && root.dataset['absolute'] !== 'true') {
    url.textContent = new URL(url.dataset['path'] ?? location.pathname, location.origin).href;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    const value = (text.textContent ?? '').replace(/\s+/g, ' ').trim();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      say(messages.copied ?? '');
    } catch {
      const range = document.createRange();
      range.selectNodeContents(text);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      say(messages.failed ?? '');
    }
  });
}

/**
 * Enhances every "cite this page" block on the page. Called by the workbench script: a script of
 * the block's own would be inlined into each page's HTML (about 0.5 kB gzip), where the
 * workbench's cached file carries it once.
 */
export function initCitePages(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-cite-page]')) enhanceCitePage(root);
}
