import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { withSeq } from './lib/legal/seq';
import { yamlListBy } from './lib/yaml-list';
import { provisionSchema, reformSchema, timelineEventSchema } from './schemas/legal';
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
  legalProvisions: defineCollection({
    loader: file(`${contentDir}/legal/provisions.yaml`, {
      parser: withSeq(yamlListBy('id', 'content/legal/provisions.yaml')),
    }),
    schema: provisionSchema,
  }),
  legalReform: defineCollection({
    loader: file(`${contentDir}/legal/reform.yaml`, { parser: withSeq(yamlListBy('id', 'content/legal/reform.yaml')) }),
    schema: reformSchema,
  }),
  legalTimeline: defineCollection({
    loader: file(`${contentDir}/legal/timeline.yaml`, { parser: withSeq(yamlListBy('id', 'content/legal/timeline.yaml')) }),
    schema: timelineEventSchema,
  }),
};
