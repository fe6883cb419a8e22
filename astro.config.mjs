// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind';

// SITE_URL makes canonical and hreflang links absolute; BASE_PATH serves the site under a
// sub-path (e.g. a GitHub Pages project site). Both default to a build that works at any root.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), pagefind()],
  devToolbar: { enabled: false },
});
