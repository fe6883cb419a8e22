import { atom } from 'nanostores';
import { readSession, writeSession } from './session';

/**
 * The editor tabs: the pages opened in this browser session, in the order they were opened.
 * Kept in sessionStorage only, so they vanish with the session (and with the quick exit).
 */
export interface OpenTab {
  /** Root-relative page path without the base, as in the route list ("/en/rates/"). */
  path: string;
  title: string;
}

export const tabs = atom<readonly OpenTab[]>([]);

const storageKey = 'tabs';
/** More tabs than this and the oldest (not the current) closes, as VS Code's tab limit does. */
export const maxTabs = 12;

function parse(raw: string | undefined): OpenTab[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    // Storage is outside our control: keep only well-formed entries.
    return value.filter(
      (t): t is OpenTab => typeof t?.path === 'string' && t.path.startsWith('/') && typeof t?.title === 'string',
    );
  } catch {
    return [];
  }
}

/** Adds the page (or refreshes its title) without moving tabs that are already open. */
export function withTab(list: readonly OpenTab[], tab: OpenTab): OpenTab[] {
  const next = list.some((t) => t.path === tab.path)
    ? list.map((t) => (t.path === tab.path ? tab : t))
    : [...list, tab];
  while (next.length > maxTabs) next.splice(next.findIndex((t) => t.path !== tab.path), 1);
  return next;
}

/** Removes a tab; `next` is the neighbour to show if the closed tab was the one on screen. */
export function withoutTab(list: readonly OpenTab[], path: string): { list: OpenTab[]; next: OpenTab | undefined } {
  const index = list.findIndex((t) => t.path === path);
  if (index === -1) return { list: [...list], next: undefined };
  const rest = list.filter((t) => t.path !== path);
  return { list: rest, next: rest[index] ?? rest[index - 1] };
}

/** Called once per page: restores the session's tabs and opens the current page among them. */
export function openTab(current: OpenTab): void {
  save(withTab(parse(readSession(storageKey)), current));
}

/** Closes a tab and returns the tab to show instead (undefined when none is left). */
export function closeTab(path: string): OpenTab | undefined {
  const { list, next } = withoutTab(tabs.get(), path);
  save(list);
  return next;
}

function save(list: OpenTab[]): void {
  tabs.set(list);
  writeSession(storageKey, JSON.stringify(list));
}
