/** The shape of a keyboard shortcut (src/lib/shortcuts.ts lists them all). */
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

export interface Shortcut {
  /** Any one of these triggers it. */
  combos: readonly KeyCombo[];
  /** The combo must be pressed this many times, each within `withinMs` of the latest. */
  repeat?: Repeat;
}
