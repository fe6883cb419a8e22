import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { defineSourceKeys } from '../calculators/source-keys';
import { dataCollections as c } from './lib/content-check/collections';
import { readSourceKeys } from './lib/content-check/source-file';
import { yamlListBy, yamlSingle } from './lib/yaml-list';
import { pageSchema } from './schemas/page';

/**
 * Every collection of the site, all read from `content/`. The schemas live in `src/schemas/`
 * (and in `calculators/` for data the pure engine parses too), listed once in
 * src/lib/content-check/collections.ts. Before Astro loads anything, the content check
 * (src/integrations/content-check.ts) reads the same files with the same schemas and stops the
 * build with the file, line, field and what to do; Astro's own validation stays as a backstop.
 */
// Tests point CONTENT_DIR at a broken copy of content/ to prove that the build names the bad field.
const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
// Citation keys are whatever content/sources.yaml defines: every schema checks keys against them.
defineSourceKeys(readSourceKeys(contentDir));

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/pages` }),
    schema: pageSchema,
  }),
  /** One file per documented year of rules (content/rates/<year>.yaml); the engine parses the same schema. */
  rates: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/rates` }),
    schema: c.rates.schema,
  }),
  /** Each year's programme figures as the annual report states them (spend, people, days). */
  programme: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/programme` }),
    schema: c.programme.schema,
  }),
  /** Other sources' statistics, one file per source and year (content/statistics/<dataset>.yaml). */
  statistics: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/statistics` }),
    schema: c.statistics.schema,
  }),
  /** Series over time, one file per series (content/series/<id>.yaml), one value per year with its source. */
  series: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/series` }),
    schema: c.series.schema,
  }),
  sources: defineCollection({
    loader: file(`${contentDir}/sources.yaml`, { parser: yamlListBy('key', 'content/sources.yaml') }),
    schema: c.sources.schema,
  }),
  glossary: defineCollection({
    loader: file(`${contentDir}/glossary.yaml`, { parser: yamlListBy('id', 'content/glossary.yaml') }),
    schema: c.glossary.schema,
  }),
  legalProvisions: defineCollection({
    loader: file(`${contentDir}/legal/provisions.yaml`, { parser: yamlListBy('id', 'content/legal/provisions.yaml', { seq: true }) }),
    schema: c.legalProvisions.schema,
  }),
  /** The one "as of" date of the legal content (id "legal-as-of"); every legal page shows it. */
  legalAsOf: defineCollection({
    loader: file(`${contentDir}/legal/as-of.yaml`, { parser: yamlSingle('legal-as-of', 'content/legal/as-of.yaml') }),
    schema: c.legalAsOf.schema,
  }),
  legalReform: defineCollection({
    loader: file(`${contentDir}/legal/reform.yaml`, { parser: yamlListBy('id', 'content/legal/reform.yaml', { seq: true }) }),
    schema: c.legalReform.schema,
  }),
  /** What the guide cannot settle about the law today, each with its check date (content/legal/open-questions.yaml). */
  legalOpenQuestions: defineCollection({
    loader: file(`${contentDir}/legal/open-questions.yaml`, { parser: yamlListBy('id', 'content/legal/open-questions.yaml', { seq: true }) }),
    schema: c.legalOpenQuestions.schema,
  }),
  legalTimeline: defineCollection({
    loader: file(`${contentDir}/legal/timeline.yaml`, { parser: yamlListBy('id', 'content/legal/timeline.yaml', { seq: true }) }),
    schema: c.legalTimeline.schema,
  }),
  /** Minimum requirements for certification, as the public reports describe them (one entry per requirement). */
  requirements: defineCollection({
    loader: file(`${contentDir}/requirements.yaml`, { parser: yamlListBy('id', 'content/requirements.yaml', { seq: true }) }),
    schema: c.requirements.schema,
  }),
  /** The seven police regions and the certified actors' coverage and capacities per year (one entry, id "regions"). */
  regions: defineCollection({
    loader: file(`${contentDir}/regions.yaml`, { parser: yamlSingle('regions', 'content/regions.yaml') }),
    schema: c.regions.schema,
  }),
  /** The programme's short history, oldest first. */
  programmeHistory: defineCollection({
    loader: file(`${contentDir}/programme-history.yaml`, { parser: yamlListBy('id', 'content/programme-history.yaml', { seq: true }) }),
    schema: c.programmeHistory.schema,
  }),
};
