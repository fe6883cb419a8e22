import { z } from 'astro/zod';
import { sourceRefSchema } from './source-ref';

/** The seven police regions, in the order the map and the table list them (north to south). */
export const regionIds = ['nord', 'mitt', 'bergslagen', 'stockholm', 'vast', 'ost', 'syd'] as const;
export type RegionId = (typeof regionIds)[number];

/** The groups a certified actor may take in, as the reports count them. */
export const acceptGroups = ['women', 'young-women', 'men', 'children', 'pets', 'active-substance-use'] as const;
export type AcceptGroup = (typeof acceptGroups)[number];

const localized = z.strictObject({
  /** Swedish text. */
  sv: z.string().trim().min(1),
  /** English text. */
  en: z.string().trim().min(1),
});

/** A stated count with its source. */
const countSchema = z.strictObject({
  /** `true`: the report states this count. */
  documented: z.literal(true),
  /** How many (whole, non-negative). */
  value: z.number().int().nonnegative(),
  /** Out of how many, when the report says "n of m". */
  of: z.number().int().positive().optional(),
  /** Where it stands. */
  source: sourceRefSchema,
  /** How to read the figure, in our own words. */
  note: localized.optional(),
});

/** A count the reports do not give for that year. */
const notDocumentedSchema = z.strictObject({
  /** Always `false`. */
  documented: z.literal(false),
  /** What is missing and what the report says instead. */
  note: localized,
  /** Where the report touches on it, if it does. */
  source: sourceRefSchema.optional(),
});

/** Whether one region had certified actors that year. */
const regionStatusSchema = z.strictObject({
  /** `true`: certified actors in the region; `false`: none. */
  certified: z.boolean(),
  /** Where it stands (or where the report lists the regions without). */
  source: sourceRefSchema,
});

/** One documented year. */
const regionYearSchema = z
  .strictObject({
    /** The calendar year. */
    year: z.number().int().min(2015).max(2100),
    /** Every police region, certified or not. */
    regions: z.strictObject(Object.fromEntries(regionIds.map((id) => [id, regionStatusSchema])) as Record<RegionId, typeof regionStatusSchema>),
    /** The number of regions with the programme as the report states it, when it does; must match `regions`. */
    statedRegionCount: countSchema.optional(),
    /** What else the report says about the year's coverage, in our own words. */
    note: localized.optional(),
    /** Other sources that bear out the note (e.g. a later inquiry describing the same year), cited beside it. */
    noteSources: z.array(sourceRefSchema).default([]),
    /** The certified actors' capacities: one entry per group in `acceptGroups`. */
    accepts: z.strictObject(Object.fromEntries(acceptGroups.map((g) => [g, z.discriminatedUnion('documented', [countSchema, notDocumentedSchema])])) as Record<AcceptGroup, z.ZodDiscriminatedUnion<[typeof countSchema, typeof notDocumentedSchema]>>),
  })
  .refine((y) => !y.statedRegionCount || y.statedRegionCount.value === Object.values(y.regions).filter((r) => r.certified).length, {
    message: 'statedRegionCount.value must equal the number of regions marked certified: true',
    path: ['statedRegionCount', 'value'],
  });

/** The whole of `content/regions.yaml`. */
export const regionsFileSchema = z.strictObject({
  /** Names of the seven police regions (key = region id). */
  names: z.strictObject(Object.fromEntries(regionIds.map((id) => [id, localized])) as Record<RegionId, typeof localized>),
  /** Counties of a region where a source lists them (only some regions are listed in the sources). */
  counties: z
    .array(
      z.strictObject({
        /** Region id. */
        region: z.enum(regionIds),
        /** The counties as the source names them. */
        list: z.array(z.string().trim().min(2)).min(1),
        /** Where they are listed. */
        source: sourceRefSchema,
      }),
    )
    .default([]),
  /** One entry per documented year, ascending. */
  years: z.array(regionYearSchema).min(1),
});

export type RegionsFile = z.infer<typeof regionsFileSchema>;
export type RegionYear = RegionsFile['years'][number];
