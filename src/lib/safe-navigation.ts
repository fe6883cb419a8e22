/**
 * Which navigations safe mode takes over (src/components/safe-mode/early-safety.ts): it replaces
 * the current history entry only where the browser would otherwise add one to this site in this
 * tab. A new tab or window (modifier keys, middle button, `target`), a download and a link to
 * another site are left to the browser. Pure: the caller reads the event and the element.
 */

/** A click, as its event reports it (a MouseEvent is one). */
export type Click = Pick<MouseEvent, 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>;
// `defaultPrevented`: another script (a folder's "all pages" link) already handles this click.

/** The link clicked, reduced to what decides whether safe mode takes the click over. */
export interface ClickedLink {
  /** The link's `target` attribute, "" when absent. */
  target: string;
  /** Whether the link has a `download` attribute. */
  download: boolean;
  /** The link's resolved address. */
  href: string;
}

/** A form being submitted, with the submit button's `form*` overrides already applied. */
export interface FormSubmission {
  defaultPrevented: boolean;
  /** "get", "post" or "dialog". */
  method: string;
  target: string;
  /** The resolved action address. */
  action: string;
  /** The form's fields as name/value pairs, in order. */
  fields: readonly (readonly [string, string])[];
}

const opensElsewhere = (target: string) => target !== '' && target.toLowerCase() !== '_self';

/** The address as a URL when it is a page of this origin over http(s), else undefined. */
function sameOrigin(href: string, here: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(href, here);
  } catch {
    return undefined;
  }
  const ours = /^https?:$/.test(url.protocol) && url.origin === new URL(here).origin;
  return ours ? url : undefined;
}

/** The address to replace the current entry with, or undefined to leave the click alone. */
export function replacementForClick(click: Click, link: ClickedLink, here: string): string | undefined {
  if (click.defaultPrevented || click.button !== 0) return undefined;
  if (click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return undefined;
  if (link.download || opensElsewhere(link.target)) return undefined;
  return sameOrigin(link.href, here)?.href;
}

/**
 * The address a GET form would open, to replace the current entry with; undefined to leave the
 * submission alone. A POST cannot be replayed by location.replace (no form posts in this site).
 */
export function replacementForForm(form: FormSubmission, here: string): string | undefined {
  if (form.defaultPrevented || form.method.toLowerCase() !== 'get' || opensElsewhere(form.target)) return undefined;
  const url = sameOrigin(form.action, here);
  if (!url) return undefined;
  // As the browser does for a GET form: the fields become the whole query, the fragment stays.
  url.search = new URLSearchParams(form.fields.map(([k, v]) => [k, v])).toString();
  return url.href;
}
