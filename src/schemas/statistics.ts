import { z } from 'astro/zod';
import { sourceKeySchema, sourceRefSchema } from './source-ref';

/**
 * A statistics file, `content/statistics/<dataset>.yaml`: one source's figures for one year,
 * grouped into measures (totals, origin, children, police reports, …). The NSP's own yearly figures
 * are not here: they live once, in `content/programme/<year>.yaml`, and the statistics pages read
 * them from there. Where a source states two figures that disagree, both are kept and a
 * `discrepancies` entry says so.
 */

const bilingual = z.strictObject({
  /** Swedish text. */
  sv: z.string().trim().min(1),
  /** English text. */
  en: z.string().trim().min(1),
});

const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and -');

/** What a figure counts. */
export const statUnits = ['people', 'percent', 'interventions', 'nationalities', 'crimes', 'cases', 'actors'] as const;
export type StatUnit = (typeof statUnits)[number];

/** A share the source states next to a count (e.g. a table's "Procent" column). */
const statedShareSchema = z.strictObject({
  /** The share in per cent, as printed (one decimal at most). */
  value: z.number().min(0).max(100),
  /** Where it stands. */
  source: sourceRefSchema,
});

/** One stated figure. */
export const statFigureSchema = z
  .strictObject({
    /** Stable identifier, unique within its measure; the figure's reference is `<measure>.<id>`. */
    id: idSchema,
    /** What the figure is, in both languages. */
    label: bilingual,
    /** The number exactly as the source states it; per cent figures keep the printed decimals. */
    value: z.number().nonnegative(),
    /** What is counted. */
    unit: z.enum(statUnits),
    /** Where the figure stands: source key and the document's own section (never a text-file line). */
    source: sourceRefSchema,
    /** A share printed beside the count, with its own source. */
    share: statedShareSchema.optional(),
    /** How to read the figure: what it is a share of, what it includes, how it was read. */
    note: bilingual.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.unit === 'percent' && f.value > 100) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage cannot exceed 100' });
    if (f.unit !== 'percent' && !Number.isInteger(f.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: `a count of ${f.unit} must be a whole number` });
  });
export type StatFigureData = z.infer<typeof statFigureSchema>;

/** A group of figures about one thing, shown together as a chart and table. */
export const statMeasureSchema = z.strictObject({
  /** Stable identifier, unique in the file. */
  id: idSchema,
  /** The measure's name, in both languages. */
  label: bilingual,
  /** The figures the source states for it (may be empty when it only shows a diagram without numbers). */
  figures: z.array(statFigureSchema),
  /** What the source does not state about this measure (e.g. a diagram whose labels and values are not in the text). */
  notDocumented: bilingual.optional(),
});

/** Two or more stated figures that do not agree. */
export const statDiscrepancySchema = z.strictObject({
  /** Stable identifier. */
  id: idSchema,
  /** The figures concerned, as `<measure>.<figure>` references in this file. */
  figures: z.array(z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/)).min(1),
  /** What disagrees and by how much, in both languages. */
  note: bilingual,
});

/** A whole statistics file. */
export const statisticsSchema = z
  .strictObject({
    /** The year the figures describe. */
    year: z.number().int().min(2015).max(2100),
    /** The document the figures come from. */
    source: sourceKeySchema,
    /** The dataset's name, in both languages (used on pages and in the downloads). */
    title: bilingual,
    /** Who is counted and how, in both languages. */
    scope: bilingual,
    /** The figures, measure by measure. */
    measures: z.array(statMeasureSchema).min(1),
    /** Stated figures that disagree. */
    discrepancies: z.array(statDiscrepancySchema).default([]),
  })
  .superRefine((d, ctx) => {
    const refs = new Set<string>();
    d.measures.forEach((m, mi) => {
      if (d.measures.findIndex((o) => o.id === m.id) !== mi) ctx.addIssue({ code: 'custom', path: ['measures', mi, 'id'], message: `measure id "${m.id}" appears twice` });
      m.figures.forEach((f, fi) => {
        const ref = `${m.id}.${f.id}`;
        if (refs.has(ref)) ctx.addIssue({ code: 'custom', path: ['measures', mi, 'figures', fi, 'id'], message: `figure id "${f.id}" appears twice in measure "${m.id}"` });
        refs.add(ref);
      });
    });
    d.discrepancies.forEach((x, xi) =>
      x.figures.forEach((ref, ri) => {
        if (!refs.has(ref)) ctx.addIssue({ code: 'custom', path: ['discrepancies', xi, 'figures', ri], message: `no figure "${ref}" in this file` });
      }),
    );
  });

export type StatisticsData = z.infer<typeof statisticsSchema>;
