/**
 * Every keyboard shortcut of the workbench, defined once, grouped by where it works. The key
 * handlers match events against these entries and the shortcuts page (/kortkommandon/,
 * /en/shortcuts/) is rendered from them (`listShortcuts`), so the page cannot drift from what the
 * keys really do. Each handler imports only its own group, so a page's script carries only the
 * shortcuts it handles (the palette's stay with the palette's code, the quick exit's with the
 * early script). A few entries describe what the browser already does for us (Enter and Space
 * on a folder button) and are listed so the page is complete. Ctrl+P and Ctrl+Shift+P are left
 * to the browser (print, private window) on purpose.
 */
import { paletteKeys } from './shortcuts/palette-keys';
import { quickExitKey } from './shortcuts/quick-exit-key';
import type { KeyCombo, Repeat, Shortcut } from './shortcuts/shortcut';

export type { KeyCombo, Repeat, Shortcut } from './shortcuts/shortcut';
export { paletteKeys } from './shortcuts/palette-keys';
export { quickExitKey } from './shortcuts/quick-exit-key';

/** Anywhere on a page (with the quick exit's, src/lib/shortcuts/quick-exit-key.ts). */
export const everywhereKeys = {
  palette: { combos: [{ key: 'k', ctrl: true }, { key: 'k', meta: true }, { key: 'F1' }] },
  tooltipHide: { combos: [{ key: 'Escape' }] },
} as const satisfies Record<string, Shortcut>;

/** In the explorer (and its drawer on narrow screens). */
export const explorerKeys = {
  explorerNext: { combos: [{ key: 'ArrowDown' }] },
  explorerPrevious: { combos: [{ key: 'ArrowUp' }] },
  explorerFirst: { combos: [{ key: 'Home' }] },
  explorerLast: { combos: [{ key: 'End' }] },
  explorerToggle: { combos: [{ key: 'Enter' }, { key: ' ' }] },
  drawerClose: { combos: [{ key: 'Escape' }] },
} as const satisfies Record<string, Shortcut>;

/** On the editor's tabs. */
export const tabKeys = {
  tabNext: { combos: [{ key: 'ArrowRight' }] },
  tabPrevious: { combos: [{ key: 'ArrowLeft' }] },
  tabClose: { combos: [{ key: 'Delete' }] },
} as const satisfies Record<string, Shortcut>;

/** On the side bar's resize handle. */
export const sashKeys = {
  sidebarWider: { combos: [{ key: 'ArrowRight' }] },
  sidebarNarrower: { combos: [{ key: 'ArrowLeft' }] },
} as const satisfies Record<string, Shortcut>;

/**
 * The groups in the order the shortcuts page shows them; each name is also the UI string key
 * `shortcuts.scope.<name>`. The palette's keys and the quick exit's are in files of their own
 * (src/lib/shortcuts/), so that only the code that handles them carries them.
 */
// A function, not a constant: a bundler keeps a module-level object that reads other objects'
// properties, and every page's script would then carry every group.
function groups() {
  return {
    everywhere: { palette: everywhereKeys.palette, quickExit: quickExitKey, tooltipHide: everywhereKeys.tooltipHide },
    palette: paletteKeys,
    explorer: explorerKeys,
    tabs: tabKeys,
    sash: sashKeys,
  } as const;
}

type Groups = ReturnType<typeof groups>;
export type ShortcutScope = keyof Groups;
export type ShortcutId = { [S in ShortcutScope]: keyof Groups[S] & string }[ShortcutScope];

/** A shortcut with its id (also the UI string key `shortcut.<id>` that describes it) and its group. */
export interface ListedShortcut extends Shortcut {
  id: ShortcutId;
  scope: ShortcutScope;
}

/** Every shortcut, group by group, for the shortcuts page and the tests. */
export function listShortcuts(): ListedShortcut[] {
  return (Object.entries(groups()) as [ShortcutScope, Record<string, Shortcut>][]).flatMap(([scope, keys]) =>
    Object.entries(keys).map(([id, shortcut]) => ({ ...shortcut, id: id as ShortcutId, scope })),
  );
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether a key event is one of these combos. */
export function comboMatches(event: KeyEventLike, combos: readonly KeyCombo[]): boolean {
  return combos.some((combo) => {
    const sameKey = event.key.length === 1 ? event.key.toLowerCase() === combo.key.toLowerCase() : event.key === combo.key;
    // A printable symbol such as ">" needs Shift on some layouts and not on others.
    const shiftMatters = !(combo.key.length === 1 && !/\p{L}/u.test(combo.key));
    return (
      sameKey &&
      event.ctrlKey === !!combo.ctrl &&
      event.metaKey === !!combo.meta &&
      event.altKey === !!combo.alt &&
      (!shiftMatters || event.shiftKey === !!combo.shift)
    );
  });
}

/** Whether a key event is one of the shortcut's combos. */
export function matches(event: KeyEventLike, shortcut: Shortcut): boolean {
  return comboMatches(event, shortcut.combos);
}

/**
 * Counts presses of a repeated shortcut (the quick exit's Shift ×3): `press` returns how many
 * presses fall within `withinMs` of the latest, so the caller can announce progress and act on the
 * last one.
 */
export function repeatCounter({ times, withinMs }: Repeat, now: () => number = Date.now) {
  let presses: number[] = [];
  return {
    times,
    press(): number {
      const at = now();
      presses = [...presses.filter((t) => at - t <= withinMs), at];
      const count = presses.length;
      if (count >= times) presses = [];
      return count;
    },
    reset(): void {
      presses = [];
    },
  };
}

const keyNames: Record<string, { sv: string; en: string }> = {
  ArrowDown: { sv: '↓', en: '↓' },
  ArrowUp: { sv: '↑', en: '↑' },
  ArrowLeft: { sv: '←', en: '←' },
  ArrowRight: { sv: '→', en: '→' },
  Escape: { sv: 'Esc', en: 'Esc' },
  Delete: { sv: 'Delete', en: 'Delete' },
  Enter: { sv: 'Enter', en: 'Enter' },
  Home: { sv: 'Home', en: 'Home' },
  End: { sv: 'End', en: 'End' },
  ' ': { sv: 'Mellanslag', en: 'Space' },
};

/** The keys of one combo as the labels printed on a keyboard, e.g. ["Ctrl", "K"] or ["⌘", "K"]. */
export function comboKeys(combo: KeyCombo, lang: 'sv' | 'en'): string[] {
  if (combo.key === 'Shift') return ['Shift'];
  const keys: string[] = [];
  if (combo.ctrl) keys.push('Ctrl');
  if (combo.meta) keys.push('⌘');
  if (combo.alt) keys.push('Alt');
  if (combo.shift) keys.push('Shift');
  keys.push(keyNames[combo.key]?.[lang] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key));
  return keys;
}
