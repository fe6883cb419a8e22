/**
 * Every keyboard shortcut of the workbench, in one list. The key handlers match events against
 * these entries and the shortcuts page (/kortkommandon/, /en/shortcuts/) is rendered from them,
 * so the page cannot drift from what the keys really do. A few entries describe what the browser
 * already does for us (Enter and Space on a folder button) and are listed so the page is complete.
 * Ctrl+P and Ctrl+Shift+P are left to the
 * browser (print, private window) on purpose.
 */
export interface KeyCombo {
  /** `KeyboardEvent.key`, e.g. "k", "F1", "ArrowDown", ">". */
  key: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** A shortcut pressed several times in a row, such as the quick exit's Shift ×3. */
export interface Repeat {
  /** Presses needed. */
  times: number;
  /** How long, in milliseconds, the presses may be spread over. */
  withinMs: number;
}

export type ShortcutScope = 'everywhere' | 'palette' | 'explorer' | 'tabs' | 'sash';

export interface Shortcut {
  /** Also the UI string key `shortcut.<id>` that describes it. */
  id: ShortcutId;
  scope: ShortcutScope;
  /** Any one of these triggers it. */
  combos: readonly KeyCombo[];
  /** The combo must be pressed this many times, each within `withinMs` of the first. */
  repeat?: Repeat;
}

export const shortcutIds = [
  'palette',
  'quickExit',
  'tooltipHide',
  'commands',
  'paletteNext',
  'palettePrevious',
  'paletteRun',
  'paletteClose',
  'explorerNext',
  'explorerPrevious',
  'explorerFirst',
  'explorerLast',
  'explorerToggle',
  'drawerClose',
  'tabNext',
  'tabPrevious',
  'tabClose',
  'sidebarWider',
  'sidebarNarrower',
] as const;
export type ShortcutId = (typeof shortcutIds)[number];

export const shortcuts: readonly Shortcut[] = [
  { id: 'palette', scope: 'everywhere', combos: [{ key: 'k', ctrl: true }, { key: 'k', meta: true }, { key: 'F1' }] },
  { id: 'quickExit', scope: 'everywhere', combos: [{ key: 'Shift', shift: true }], repeat: { times: 3, withinMs: 5000 } },
  { id: 'tooltipHide', scope: 'everywhere', combos: [{ key: 'Escape' }] },
  { id: 'commands', scope: 'palette', combos: [{ key: '>' }] },
  { id: 'paletteNext', scope: 'palette', combos: [{ key: 'ArrowDown' }] },
  { id: 'palettePrevious', scope: 'palette', combos: [{ key: 'ArrowUp' }] },
  { id: 'paletteRun', scope: 'palette', combos: [{ key: 'Enter' }] },
  { id: 'paletteClose', scope: 'palette', combos: [{ key: 'Escape' }] },
  { id: 'explorerNext', scope: 'explorer', combos: [{ key: 'ArrowDown' }] },
  { id: 'explorerPrevious', scope: 'explorer', combos: [{ key: 'ArrowUp' }] },
  { id: 'explorerFirst', scope: 'explorer', combos: [{ key: 'Home' }] },
  { id: 'explorerLast', scope: 'explorer', combos: [{ key: 'End' }] },
  { id: 'explorerToggle', scope: 'explorer', combos: [{ key: 'Enter' }, { key: ' ' }] },
  { id: 'drawerClose', scope: 'explorer', combos: [{ key: 'Escape' }] },
  { id: 'tabNext', scope: 'tabs', combos: [{ key: 'ArrowRight' }] },
  { id: 'tabPrevious', scope: 'tabs', combos: [{ key: 'ArrowLeft' }] },
  { id: 'tabClose', scope: 'tabs', combos: [{ key: 'Delete' }] },
  { id: 'sidebarWider', scope: 'sash', combos: [{ key: 'ArrowRight' }] },
  { id: 'sidebarNarrower', scope: 'sash', combos: [{ key: 'ArrowLeft' }] },
];

export function shortcut(id: ShortcutId): Shortcut {
  const found = shortcuts.find((s) => s.id === id);
  if (!found) throw new Error(`No shortcut "${id}"`);
  return found;
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether a key event is one of these combos (pure: the early script uses it without the table). */
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
export function matches(event: KeyEventLike, id: ShortcutId): boolean {
  return comboMatches(event, shortcut(id).combos);
}

/**
 * Counts presses of a repeated shortcut (the quick exit's Shift ×3): `press` returns how many
 * presses fall within `withinMs` of the latest, so the caller can announce progress and act on the
 * last one. It takes the repeat itself rather than an id, so the early script carries no table.
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
