import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the finished build with Pagefind's Node API. Pages are indexed under their own
 * `<html lang>`, so Swedish and English each get their own index. Any error fails the build:
 * a site whose search silently broke is worse than no release.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'nsp-guiden:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
