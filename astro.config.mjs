// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind';
import { loadGlossaryFile } from './src/lib/glossary/load';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTermsPlugin } from './src/lib/glossary/satteri-glossary-terms';
import securityHeaders from './src/integrations/security-headers';
import earlyScript from './src/integrations/early-script';
import contentCheck from './src/integrations/content-check';
import { mdxComponentImports } from './src/integrations/mdx-component-imports';

// SITE_URL makes canonical and hreflang links absolute; BASE_PATH serves the site under a
// sub-path (e.g. a GitHub Pages project site). Both default to a build that works at any root.
const base = process.env.BASE_PATH ?? '/';
const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

// The glossary is read once, when the first MDX page is compiled (after the content layer has
// validated it), and shared by every page.
/** @type {ReturnType<typeof loadGlossaryFile> | undefined} */
let glossary;
const glossaryEntries = () => (glossary ??= loadGlossaryFile(contentDir));

/**
 * Astro's MDX compiler marks each page module with the directive "use astro:head-inject", which
 * Astro itself reads before bundling; the bundler (Rolldown) then warns once per page (48 lines)
 * that it does not keep the directive. Harmless, so only that warning is dropped, in every build
 * environment; any other warning is printed as before.
 * @returns {import('vite').Plugin}
 */
function quietHeadInjectDirective() {
  /** @type {NonNullable<NonNullable<import('vite').BuildEnvironmentOptions['rolldownOptions']>['onwarn']>} */
  const onwarn = (warning, warn) => {
    if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('"use astro:head-inject"')) return;
    warn(warning);
  };
  return { name: 'nsp:quiet-head-inject-directive', configEnvironment: () => ({ build: { rolldownOptions: { onwarn } } }) };
}

/**
 * Vite wraps every dynamic import() in a helper (0.9 kB gzip, on every page, in its own file) that
 * preloads the imported chunk's dependencies. The site's dynamic imports (the palette, the tools'
 * data) are all loaded on a visitor's action, after the page's own scripts, whose modules they
 * share; the one chunk they do not share then loads a round trip later. That is not worth a
 * file on every page before any interaction, so the client build lists no preloads and the
 * helper just calls the import.
 * @returns {import('vite').Plugin}
 */
function noPreloadHelper() {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'nsp:no-preload-helper',
    enforce: 'pre',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

/**
 * Two chunks where the bundler would make many small ones, each a request a round trip deep:
 * - `base`: the workbench script every page loads (Base.astro) and everything it imports. Its
 *   shared modules (the session store, the rules-year store, nanostores) were files of their own,
 *   fetched only once the script had arrived and been read, and on a page's first paint Lighthouse
 *   counted that second round trip (rate table, 3 December 2026: median simulated LCP 1 209 → 972 ms).
 *   Islands and lazy chunks that share them import this chunk, which every page has loaded already.
 *   So does the JSON fetch that the palette, the settings view, the page list and the tools share
 *   (src/lib/fetch-json.ts, 70 B gzip): in a chunk of its own it would be one more request
 *   before each of them could start.
 * - `ui`: Preact and its hooks, JSX runtime and nanostores binding, which the three tools' islands
 *   share: one file beside the island rather than four, one of them a level further down.
 * Besides that helper, neither adds a byte to a page: each holds only what every page that loads
 * it already loaded.
 * @returns {import('vite').Plugin}
 */
function fewerScriptChunks() {
  const groups = [
    { name: 'base', test: /[\\/]src[\\/](layouts[\\/]Base\.astro\?astro&type=script|lib[\\/]fetch-json\.ts$)/ },
    { name: 'ui', test: /[\\/]node_modules[\\/](preact|@nanostores[\\/]preact)[\\/]/ },
  ];
  return {
    name: 'nsp:fewer-script-chunks',
    configEnvironment: (name) => (name === 'client' ? { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } } : undefined),
  };
}

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // First: every content mistake, with file, line, field and what to do, before anything is built.
    contentCheck(contentDir),
    // The first use of a glossary term on each MDX page links to its definition. Astro 7 compiles
    // MDX with Sätteri, whose hast plugins play the part of rehype plugins.
    mdx({ processor: satteri({ hastPlugins: [glossaryTermsPlugin({ base, entries: glossaryEntries })] }) }),
    preact(),
    earlyScript(),
    securityHeaders(),
    pagefind(),
  ],
  // Hashes for every script and style Astro emits go into a CSP <meta> on each page; the rest of
  // the policy is stated here and repeated as a header in public/_headers (the build fails if the
  // two differ, and copies the hashes into the header: see src/integrations/security-headers.ts).
  // default-src 'none': anything not named below (frames, media, plugins) is refused.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        // Pagefind fetches its index and wasm files; its web worker is a file on this site.
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // No Markdown code is highlighted: the pages show no code, and Shiki's inline styles would break
  // the CSP above (Astro warns about exactly that when Shiki is on).
  markdown: { syntaxHighlight: false },
  vite: { plugins: [quietHeadInjectDirective(), mdxComponentImports(), noPreloadHelper(), fewerScriptChunks()] },
  // Components write <style is:global> with selectors under their own class, so no element carries
  // a scoping mark (0.25 kB to 2 kB per page). Should a scoped <style> come back, a class
  // ("astro-…") is the smaller mark than a data-astro-cid-… attribute.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
});
