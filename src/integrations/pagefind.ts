import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { glossaryNamesFor } from './glossary-search-names';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'pagefind' ? [] : htmlFiles(join(dir, d.name))) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

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
          const withNames = glossaryNamesFor((process.env.CONTENT_DIR ?? './content').replace(/\/$/, ''));
          let pageCount = 0;
          for (const file of htmlFiles(outDir)) {
            const sourcePath = relative(outDir, file).split(sep).join('/');
            const added = await index.addHTMLFile({ sourcePath, content: withNames(readFileSync(file, 'utf8')) });
            if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
            if (added.file.url) pageCount += 1;
          }
          if (pageCount === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const added = { page_count: pageCount };
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
