/**
 * The data collections of content/, as one table: src/content.config.ts builds Astro's
 * collections from it and the content check (check.ts) reads the same files with the same
 * schemas, so a test of a broken file needs no full build.
 */
import type { ZodType } from 'zod';
import { programmeSchema } from '../../../calculators/programme-schema';
import { ruleSetSchema } from '../../../calculators/rules-schema';
import { glossaryEntrySchema } from '../../schemas/glossary';
import { historyEventSchema } from '../../schemas/history';
import { legalAsOfSchema, provisionSchema, reformSchema, timelineEventSchema } from '../../schemas/legal';
import { regionsFileSchema } from '../../schemas/regions';
import { openQuestionSchema } from '../../schemas/open-question';
import { requirementSchema } from '../../schemas/requirement';
import { seriesSchema } from '../../schemas/series';
import { sourceSchema } from '../../schemas/source';
import { statisticsSchema } from '../../schemas/statistics';

/** A folder of YAML files, one entry per file (id = file name without .yaml). */
export interface FolderCollection {
  kind: 'folder';
  /** Folder inside content/. */
  dir: string;
  schema: ZodType;
}

/** One YAML file holding a list of entries keyed by `idField` (with `seq`: their place in the list). */
export interface ListCollection {
  kind: 'list';
  /** File inside content/. */
  file: string;
  idField: string;
  seq?: boolean;
  schema: ZodType;
}

/** One YAML file that is one entry with a fixed id. */
export interface SingleCollection {
  kind: 'single';
  file: string;
  id: string;
  schema: ZodType;
}

export type DataCollection = FolderCollection | ListCollection | SingleCollection;

export const dataCollections = {
  /** One file per documented year of rules (content/rates/<year>.yaml); the engine parses the same schema. */
  rates: { kind: 'folder', dir: 'rates', schema: ruleSetSchema },
  /** Each year's programme figures as the annual report states them (spend, people, days). */
  programme: { kind: 'folder', dir: 'programme', schema: programmeSchema },
  /** Other sources' statistics, one file per source and year (content/statistics/<dataset>.yaml). */
  statistics: { kind: 'folder', dir: 'statistics', schema: statisticsSchema },
  /** Series over time, one file per series (content/series/<id>.yaml), one value per year with its source. */
  series: { kind: 'folder', dir: 'series', schema: seriesSchema },
  /** The bibliography: the one place a citation key is defined. */
  sources: { kind: 'list', file: 'sources.yaml', idField: 'key', schema: sourceSchema },
  glossary: { kind: 'list', file: 'glossary.yaml', idField: 'id', schema: glossaryEntrySchema },
  legalProvisions: { kind: 'list', file: 'legal/provisions.yaml', idField: 'id', seq: true, schema: provisionSchema },
  /** The one "as of" date of the legal content (id "legal-as-of"); every legal page shows it. */
  legalAsOf: { kind: 'single', file: 'legal/as-of.yaml', id: 'legal-as-of', schema: legalAsOfSchema },
  legalReform: { kind: 'list', file: 'legal/reform.yaml', idField: 'id', seq: true, schema: reformSchema },
  /** What the guide cannot settle about the law today, each with its check date. */
  legalOpenQuestions: { kind: 'list', file: 'legal/open-questions.yaml', idField: 'id', seq: true, schema: openQuestionSchema },
  legalTimeline: { kind: 'list', file: 'legal/timeline.yaml', idField: 'id', seq: true, schema: timelineEventSchema },
  /** Minimum requirements for certification, as the public reports describe them (one entry per requirement). */
  requirements: { kind: 'list', file: 'requirements.yaml', idField: 'id', seq: true, schema: requirementSchema },
  /** The seven police regions and the certified actors' coverage and capacities per year (one entry, id "regions"). */
  regions: { kind: 'single', file: 'regions.yaml', id: 'regions', schema: regionsFileSchema },
  /** The programme's short history, oldest first. */
  programmeHistory: { kind: 'list', file: 'programme-history.yaml', idField: 'id', seq: true, schema: historyEventSchema },
} as const satisfies Record<string, DataCollection>;

export type CollectionName = keyof typeof dataCollections;
