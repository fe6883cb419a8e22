import { createHash } from 'node:crypto';
import { safeModeInitCode } from '../safe-mode/safe-mode-init';
import { themeInitCode } from '../theme/theme-init';

/**
 * The one classic script every page loads in <head>, before its first paint and before any of
 * its links exists: the theme chosen earlier in the session, and safe mode and the quick exit
 * until the workbench's module takes over. It is a file rather than inline code so that it is
 * fetched once and cached for the whole visit (1 kB less on every page), and so that the CSP
 * allows it as 'self' with no hash to keep in step. Its name carries a hash of its content
 * (served from /early/, cached for a year like /_astro/, public/_headers), so a changed script
 * is a new URL.
 */
export const earlyScript = `${themeInitCode}\n${safeModeInitCode}\n`;

/** The script's file name in /early/: the first 12 hex digits of its SHA-256, then `.js`. */
export const earlyScriptName = `${createHash('sha256').update(earlyScript).digest('hex').slice(0, 12)}.js`;
