/** A palette command as palette.ts receives it (serialisable, built from data and routes). */
export interface PaletteCommand {
  label: string;
  /**
   * theme: value is a theme id; year: a rules year; link: a root-relative path; exit: the exit
   * target; safe-mode: switches safe mode on or off (value unused); language: opens this page in
   * the other language, at the address of the page's own hreflang link (value unused; the command
   * is left out on a page without a translation).
   */
  run: 'theme' | 'year' | 'link' | 'exit' | 'safe-mode' | 'language';
  value: string;
  /** Shown but not runnable: a year the sources do not document. */
  disabled?: boolean;
}

/** What the palette's list and status line say. */
export interface PaletteStrings {
  pages: string;
  text: string;
  commands: string;
  none: string;
  count: string;
  searching: string;
  failed: string;
}

/**
 * Everything the palette shows, for one language: /palette/<lang>.json, fetched on first open so
 * that no page carries the palette's markup or commands (about 1 kB of every page, gzip).
 */
export interface PaletteData {
  /** The dialog's own texts: its name, the input's label and placeholder, the section filter, the list's name, the key hint. */
  dialog: { label: string; input: string; section: string; allSections: string; results: string; hint: string };
  strings: PaletteStrings;
  /** The sections a search can be limited to, in the explorer's order, with their names. */
  sections: { id: string; name: string }[];
  commands: PaletteCommand[];
}
