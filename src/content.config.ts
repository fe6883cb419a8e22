import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { programmeSchema } from '../calculators/programme-schema';
import { ruleSetSchema } from '../calculators/rules-schema';
import { yamlListBy, yamlSingle } from './lib/yaml-list';
import { glossaryEntrySchema } from './schemas/glossary';
import { historyEventSchema } from './schemas/history';
import { legalAsOfSchema, provisionSchema, reformSchema, timelineEventSchema } from './schemas/legal';
import { regionsFileSchema } from './schemas/regions';
import { requirementSchema } from './schemas/requirement';
import { openQuestionSchema } from './schemas/open-question';
import { pageSchema } from './schemas/page';
import { sourceSchema } from './schemas/source';
import { seriesSchema } from './schemas/series';
import { statisticsSchema } from './schemas/statistics';

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
  /** One file per documented year of rules (content/rates/<year>.yaml); the engine parses the same schema. */
  rates: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/rates` }),
    schema: ruleSetSchema,
  }),
  /** Each year's programme figures as the annual report states them (spend, people, days). */
  programme: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/programme` }),
    schema: programmeSchema,
  }),
  /** Other sources' statistics, one file per source and year (content/statistics/<dataset>.yaml). */
  statistics: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/statistics` }),
    schema: statisticsSchema,
  }),
  /** Series over time, one file per series (content/series/<id>.yaml), one value per year with its source. */
  series: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/series` }),
    schema: seriesSchema,
  }),
  sources: defineCollection({
    loader: file(`${contentDir}/sources.yaml`, { parser: yamlListBy('key', 'content/sources.yaml') }),
    schema: sourceSchema,
  }),
  glossary: defineCollection({
    loader: file(`${contentDir}/glossary.yaml`, { parser: yamlListBy('id', 'content/glossary.yaml') }),
    schema: glossaryEntrySchema,
  }),
  legalProvisions: defineCollection({
    loader: file(`${contentDir}/legal/provisions.yaml`, { parser: yamlListBy('id', 'content/legal/provisions.yaml', { seq: true }) }),
    schema: provisionSchema,
  }),
  /** The one "as of" date of the legal content (id "legal-as-of"); every legal page shows it. */
  legalAsOf: defineCollection({
    loader: file(`${contentDir}/legal/as-of.yaml`, { parser: yamlSingle('legal-as-of', 'content/legal/as-of.yaml') }),
    schema: legalAsOfSchema,
  }),
  legalReform: defineCollection({
    loader: file(`${contentDir}/legal/reform.yaml`, { parser: yamlListBy('id', 'content/legal/reform.yaml', { seq: true }) }),
    schema: reformSchema,
  }),
  /** What the guide cannot settle about the law today, each with its check date (content/legal/open-questions.yaml). */
  legalOpenQuestions: defineCollection({
    loader: file(`${contentDir}/legal/open-questions.yaml`, { parser: yamlListBy('id', 'content/legal/open-questions.yaml', { seq: true }) }),
    schema: openQuestionSchema,
  }),
  legalTimeline: defineCollection({
    loader: file(`${contentDir}/legal/timeline.yaml`, { parser: yamlListBy('id', 'content/legal/timeline.yaml', { seq: true }) }),
    schema: timelineEventSchema,
  }),
  /** Minimum requirements for certification, as the public reports describe them (one entry per requirement). */
  requirements: defineCollection({
    loader: file(`${contentDir}/requirements.yaml`, { parser: yamlListBy('id', 'content/requirements.yaml', { seq: true }) }),
    schema: requirementSchema,
  }),
  /** The seven police regions and the certified actors' coverage and capacities per year (one entry, id "regions"). */
  regions: defineCollection({
    loader: file(`${contentDir}/regions.yaml`, { parser: yamlSingle('regions', 'content/regions.yaml') }),
    schema: regionsFileSchema,
  }),
  /** The programme's short history, oldest first. */
  programmeHistory: defineCollection({
    loader: file(`${contentDir}/programme-history.yaml`, { parser: yamlListBy('id', 'content/programme-history.yaml', { seq: true }) }),
    schema: historyEventSchema,
  }),
};
