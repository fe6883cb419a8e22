/**
 * Progressive enhancement of "cite this page": shows the copy button, puts the address the reader
 * is actually on into the text (when the build had no SITE_URL) and copies the text. If the
 * clipboard is unavailable, the text is selected so the reader can copy it by hand.
 */
export function enhanceCitePage(root: HTMLElement): void {
  const text = root.querySelector<HTMLElement>('[data-cite-text]');
  const button = root.querySelector<HTMLButtonElement>('[data-cite-copy]');
  const status = root.querySelector<HTMLElement>('[data-cite-status]');
  const url = root.querySelector<HTMLElement>('[data-cite-url]');
  if (!text || !button || !status) return;
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
      status.textContent = messages.copied ?? '';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(text);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = messages.failed ?? '';
    }
  });
}
