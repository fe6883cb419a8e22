/**
 * The zod schema of a programme file, `content/programme/<year>.yaml`: the headline figures a
 * year's report states (people, days, SEK per intervention, spend on direct interventions), each
 * with its source. The statistics pages and the programme scenario read these files.
 * Where a report states two figures that disagree, both are kept and a `discrepancies` entry says so.
 */
import { z } from 'zod';
import { basisSchema, bilingualSchema, interventionIdSchema } from './rules-schema';
import { sourceKeySchema } from './source-keys';

/** Where a figure stands. */
export const programmeSourceSchema = z.strictObject({
  /** Source key, any key content/sources.yaml defines (see source-keys.ts). */
  key: sourceKeySchema,
  /** The document's own section number or title (never a line of the text file). */
  section: z.string().min(1),
});

/** A stated figure. */
export const figureSchema = z.strictObject({
  /** The number as the report states it (whole, non-negative). */
  value: z.number().int().nonnegative(),
  /** What is counted: people, days, SEK, periods, applications, … */
  unit: z.enum(['people', 'days', 'SEK', 'periods', 'applications', 'interventions', 'shelters', 'regions', 'nationalities']),
  /** Where it stands. */
  source: programmeSourceSchema,
  /** Optional remark (how to read it, what it includes). */
  note: bilingualSchema.optional(),
  /** How strong the figure is; omitted = stated by `source`. `derived`: the guide worked it out (how, from). */
  basis: basisSchema.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/** A figure the report does not give. */
export const notStatedSchema = z.strictObject({
  /** Always `false`. */
  documented: z.literal(false),
  /** What is missing. */
  note: bilingualSchema,
});

/** A figure, or an explicit "not stated". */
export const maybeFigureSchema = z.union([figureSchema, notStatedSchema]);

/**
 * Which statistics measure a listed figure belongs to, so the statistics pages can chart like with
 * like (a breakdown mixes gender, children, forms of exploitation and origin in one list).
 */
export const figureGroups = ['gender', 'children', 'exploitation', 'origin'] as const;
export type FigureGroup = (typeof figureGroups)[number];

/** A labelled figure in a list. */
export const namedFigureSchema = figureSchema.extend({
  /** Stable identifier, kebab-case, unique in the file. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the figure is. */
  label: bilingualSchema,
  /** Statistics measure the figure belongs to (gender, children, exploitation, origin); none for the rest. */
  group: z.enum(figureGroups).optional(),
});
export type NamedFigure = z.infer<typeof namedFigureSchema>;

/** One row of the report's intervention table (or its text, where there is no table). */
export const interventionRowSchema = z.strictObject({
  /** Stable identifier, kebab-case. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The calculator's intervention this row is about, `point` for point interventions, or `null` if none fits. */
  intervention: z.union([interventionIdSchema, z.literal('point'), z.null()]),
  /** The row's name. */
  label: bilingualSchema,
  /** How many (periods, people or applications, see `unit`). */
  count: maybeFigureSchema,
  /** SEK paid for the row. */
  sek: maybeFigureSchema,
  /** Other figures the report gives for this intervention. */
  details: z.array(namedFigureSchema).default([]),
});

/** A what-if the report itself computes (e.g. 2024: six people × 90 more days). */
export const statedScenarioSchema = z.strictObject({
  /** Stable identifier. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the scenario is. */
  label: bilingualSchema,
  /** The intervention whose days are added. */
  intervention: interventionIdSchema,
  /** Number of people. */
  people: figureSchema,
  /** More days per person. */
  daysPerPerson: figureSchema,
  /** Total extra days as the report states them. */
  totalDays: figureSchema,
  /** Cost as the report states it, SEK. */
  cost: figureSchema,
  /** The year's direct-intervention spend with the scenario, as the report states it, SEK. */
  totalWithScenario: figureSchema,
});

/** A change to the rules the report asks for (e.g. 2024: extended support up to 180 days), for what-if sums. */
export const proposalSchema = z.strictObject({
  /** Stable identifier. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the report proposes, in our own words. */
  label: bilingualSchema,
  /** The intervention the proposal is about. */
  intervention: interventionIdSchema,
  /** The longest period the proposal asks for, in days. */
  maxDays: figureSchema,
});
export type Proposal = z.infer<typeof proposalSchema>;

/** Two stated figures that do not agree. */
export const discrepancySchema = z.strictObject({
  /** Stable identifier. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Paths of the figures concerned, as dotted paths in this file. */
  figures: z.array(z.string()).min(1),
  /** What disagrees and by how much. */
  note: bilingualSchema,
});

/** A whole programme file. */
export const programmeSchema = z.strictObject({
  /** The calendar year the figures describe. */
  year: z.number().int().min(2015).max(2100),
  /** The report the figures come from. */
  sources: z.array(sourceKeySchema).min(1),
  /** Funding of the year. */
  funding: z.strictObject({
    /** Who funded the programme. */
    funder: bilingualSchema,
    /** Where it stands. */
    source: programmeSourceSchema,
  }),
  /** Money for direct interventions. */
  spend: z.strictObject({
    /** The year's spend on direct interventions, SEK: the headline used by the scenario. */
    directInterventions: figureSchema,
    /** Other stated totals (budgeted, allocated from a given grant, …). */
    other: z.array(namedFigureSchema).default([]),
  }),
  /** People the programme covered. */
  people: z.strictObject({
    /** Adults. */
    adults: figureSchema,
    /** Children. */
    children: figureSchema,
    /** Everyone. */
    total: figureSchema,
    /** Further breakdowns (men, women, children by situation, forms of exploitation, …). */
    breakdown: z.array(namedFigureSchema).default([]),
  }),
  /** Days granted. */
  days: z.strictObject({
    /** Days at a shelter for adults. */
    adults: maybeFigureSchema,
    /** Days at a shelter for children with their parent. */
    children: maybeFigureSchema,
  }),
  /** Per intervention: count and SEK. */
  interventions: z.array(interventionRowSchema),
  /** Certified shelters and their capacities. */
  shelters: z.array(namedFigureSchema).default([]),
  /** Figures the report gives about an earlier year, for comparison. */
  priorYear: z.array(namedFigureSchema.extend({
    /** The year the figure is about. */
    year: z.number().int(),
  })).default([]),
  /** What-ifs the report computes. */
  scenarios: z.array(statedScenarioSchema).default([]),
  /** Rule changes the report asks for. */
  proposals: z.array(proposalSchema).default([]),
  /** Stated figures that disagree. */
  discrepancies: z.array(discrepancySchema).default([]),
});

/** A parsed programme file. */
export type Programme = z.infer<typeof programmeSchema>;

/** Parses a programme file; throws an Error naming the bad field. */
export function parseProgramme(raw: unknown, fileName = 'programme file'): Programme {
  const r = programmeSchema.safeParse(raw);
  if (r.success) return r.data;
  const detail = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new Error(`Invalid ${fileName}: ${detail}`);
}
