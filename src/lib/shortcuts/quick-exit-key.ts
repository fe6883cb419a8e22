import type { Shortcut } from './shortcut';

/** Anywhere on a page: the quick exit, Shift three times within five seconds (src/components/safe-mode/early-safety.ts). */
export const quickExitKey = {
  combos: [{ key: 'Shift', shift: true }],
  repeat: { times: 3, withinMs: 5000 },
} as const satisfies Shortcut;
