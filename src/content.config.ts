import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { yamlListBy } from './lib/yaml-list';
import { glossaryEntrySchema } from './schemas/glossary';
import { pageSchema } from './schemas/page';
import { sourceSchema } from './schemas/source';

/**
 * Every collection of the site, all read from `content/`. The schemas live in `src/schemas/`
 * (and in `calculators/` for data the pure engine parses too); a malformed entry fails the
 * build with a message that names the file and the field.
 */
// Tests point CONTENT_DIR at a broken copy of content/ to prove that the build names the bad field.
const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/pages` }),
    schema: pageSchema,
  }),
  sources: defineCollection({
    loader: file(`${contentDir}/sources.yaml`, { parser: yamlListBy('key', 'content/sources.yaml') }),
    schema: sourceSchema,
  }),
  glossary: defineCollection({
    loader: file(`${contentDir}/glossary.yaml`, { parser: yamlListBy('id', 'content/glossary.yaml') }),
    schema: glossaryEntrySchema,
  }),
};
