// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind';
import { loadGlossaryFile } from './src/lib/glossary/load';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTermsPlugin } from './src/lib/glossary/satteri-glossary-terms';
import securityHeaders from './src/integrations/security-headers';

// SITE_URL makes canonical and hreflang links absolute; BASE_PATH serves the site under a
// sub-path (e.g. a GitHub Pages project site). Both default to a build that works at any root.
const base = process.env.BASE_PATH ?? '/';
const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

// The glossary is read once, when the first MDX page is compiled (after the content layer has
// validated it), and shared by every page.
/** @type {ReturnType<typeof loadGlossaryFile> | undefined} */
let glossary;
const glossaryEntries = () => (glossary ??= loadGlossaryFile(contentDir));

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // The first use of a glossary term on each MDX page links to its definition. Astro 7 compiles
    // MDX with Sätteri, whose hast plugins play the part of rehype plugins.
    mdx({ processor: satteri({ hastPlugins: [glossaryTermsPlugin({ base, entries: glossaryEntries })] }) }),
    preact(),
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
  // Scoped styles mark their elements with a class ("astro-…") rather than a data-astro-cid-…
  // attribute on every element: the same scoping and specificity in fewer bytes per page.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
});
