/** The early script, bundled at build time by src/integrations/early-script.ts. */
declare module 'virtual:nsp/early-script' {
  /** The minified classic script, served at /early/<earlyScriptName>. */
  export const earlyScript: string;
  /** Its file name: the first 12 hex digits of its SHA-256, then `.js`. */
  export const earlyScriptName: string;
}
