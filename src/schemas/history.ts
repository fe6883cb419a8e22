import { z } from 'astro/zod';
import { seqSchema } from './seq';
import { sourceRefSchema } from './source-ref';

/** One event of `content/programme-history.yaml`: the programme's short history. */
export const historyEventSchema = z.strictObject({
  seq: seqSchema,
  /** Stable identifier, kebab-case. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case words joined by -'),
  /** When: a year (`2015`), a month (`2019-01`) or a day (`2019-01-01`), as precise as the source is. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write YYYY, YYYY-MM or YYYY-MM-DD'),
  /** What happened, in our own words. */
  text: z.strictObject({
    /** Swedish. */
    sv: z.string().trim().min(3),
    /** English. */
    en: z.string().trim().min(3),
  }),
  /** Where it stands. */
  source: sourceRefSchema,
  /** Further sources that say the same, cited after the first (e.g. a second page of the same publisher). */
  alsoSources: z.array(sourceRefSchema).default([]),
});

export type HistoryEvent = z.infer<typeof historyEventSchema>;
