import type { Shortcut } from './shortcut';

/** In the command palette. */
export const paletteKeys = {
  commands: { combos: [{ key: '>' }] },
  paletteNext: { combos: [{ key: 'ArrowDown' }] },
  palettePrevious: { combos: [{ key: 'ArrowUp' }] },
  paletteRun: { combos: [{ key: 'Enter' }] },
  paletteClose: { combos: [{ key: 'Escape' }] },
} as const satisfies Record<string, Shortcut>;
