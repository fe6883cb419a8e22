/** A palette command as the page hands it to palette.ts (serialisable, built from data and routes). */
export interface PaletteCommand {
  label: string;
  /**
   * theme: value is a theme id; year: a rules year; link: a root-relative path; exit: the exit
   * target; safe-mode: switches safe mode on or off (value unused).
   */
  run: 'theme' | 'year' | 'link' | 'exit' | 'safe-mode';
  value: string;
  /** Shown but not runnable: a year the sources do not document. */
  disabled?: boolean;
}
