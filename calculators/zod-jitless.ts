/**
 * Zod without `new Function`, for the browser. Zod compiles fast object parsers with `new Function`
 * where it can, and probes for it when a schema is built; the site's CSP forbids eval, and the
 * browser reports even the caught probe as a violation. Import this module before any module that
 * builds a schema (ES modules run in import order), so every schema is built jitless.
 */
import { config } from 'zod';

config({ jitless: true });
