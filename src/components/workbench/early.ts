import { initEarlySafety, type EarlySafetyOptions } from '../safe-mode/early-safety';
import { applySessionTheme } from '../theme/theme-init';

/**
 * The one classic script every page loads in <head> (/early/<hash>.js), before its first paint
 * and before any of its links exists. src/integrations/early-script.ts bundles it from this file
 * at build time and calls `start` with the quick exit's settings. Safety comes first, so that it
 * holds even if the theme fails.
 */
export function start(options: EarlySafetyOptions): void {
  initEarlySafety(document, options);
  applySessionTheme(document.documentElement);
}
