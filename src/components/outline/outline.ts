import { headingText } from './heading-text';

/**
 * Marks the outline entry of the section being read (aria-current), as VS Code's Outline
 * follows the cursor, and builds the outline from the page's headings when the server had none.
 */
export function initOutline(): void {
  const nav = document.querySelector<HTMLElement>('[data-outline]');
  const article = document.querySelector<HTMLElement>('main article');
  if (!nav || !article) return;
  const list = nav.querySelector('ol');
  if (!list) return;
  if (list.children.length === 0) {
    // An outline built after load sits above the text on narrow screens and would push the page
    // down (layout shift): there, the page goes without it; beside the text it shifts nothing.
    if (!matchMedia('(min-width: 70rem)').matches) return;
    const found = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id]')];
    if (found.length < 2) return;
    list.append(
      ...found.map((h) => {
        const item = document.createElement('li');
        item.className = `outline__item outline__item--${h.tagName.slice(1)}`;
        const link = document.createElement('a');
        link.href = `#${h.id}`;
        link.textContent = headingText(h);
        item.append(link);
        return item;
      }),
    );
    nav.hidden = false;
  }
  const links = new Map(
    [...list.querySelectorAll<HTMLAnchorElement>('a')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]),
  );
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => !!h);
  if (headings.length === 0) return;

  // The section in view is the last heading that has scrolled above the upper third of the screen.
  const update = () => {
    const line = innerHeight / 3;
    let current = headings[0];
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    // At the very end of the page the last sections may never reach the line: the last one is read.
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    if (atEnd && headings.at(-1)!.getBoundingClientRect().top < innerHeight) current = headings.at(-1);
    for (const [id, link] of links) {
      if (id === current?.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  // Measured in the next frame, once the page's scripts are done changing it (see editor-tabs.ts).
  requestAnimationFrame(update);
}
