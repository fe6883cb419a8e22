import { z } from 'astro/zod';
import { changeNotesSchema } from './change-note';
import { sourceRefSchema } from './source-ref';

/**
 * A series over time, `content/series/<id>.yaml`: one measure, one value per year, each value with
 * its source and the definition the source used that year. A year without a public source has no
 * entry at all (the page shows it as a gap); nothing is interpolated. A value the site already
 * holds (the NSP's annual figures in content/programme/, a statistics file in content/statistics/)
 * is referenced with `from:` instead of typed a second time.
 */

const bilingual = z.strictObject({
  /** Swedish text. */
  sv: z.string().trim().min(1),
  /** English text. */
  en: z.string().trim().min(1),
});

const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and -');

/** Who counts: the three kinds of series that must never be added together. */
export const seriesCounters = ['civil-society', 'coordinators', 'programme'] as const;
export type SeriesCounter = (typeof seriesCounters)[number];

/** What a value counts, for the downloads and the axis. */
export const seriesUnits = ['people', 'days', 'SEK'] as const;

/** How a source defined what it counted in a year; a value names one of these by id. */
const definitionSchema = z.strictObject({
  /** Stable identifier within the series, e.g. "mojliga-offer". */
  id: idSchema,
  /** Short name of the definition, in the source's own term where it has one. */
  label: bilingual,
  /** What the definition counts and leaves out, in the site's words. */
  description: bilingual,
});

/** How a value the site worked out from stated figures was worked out (say how, never guess). */
const derivedSchema = z.strictObject({
  /** The calculation in words, e.g. "28 girls + 28 boys, as the source gives them". */
  how: bilingual,
});

/**
 * A figure for a year without a value that a secondary source gives (a newspaper quoting the
 * counter's report, say). It is named so that a reader knows it exists, but it is not a value of
 * the series: the page says why, and the year stays a gap.
 */
const notUsedSchema = z.strictObject({
  /** The year the secondary figure describes; it must be a gap (no value) in the series. */
  year: z.number().int().min(2000).max(2100),
  /** Where the secondary figure stands: citation key and the page's own heading or paragraph. */
  source: sourceRefSchema,
  /** Why the guide does not use it, in the site's words (who says it, what is unclear). */
  why: bilingual,
});

/**
 * One year's value: either stated here (`value` and `source`) or taken from a figure the site
 * already holds (`from: "<dataset>:<path>"`, e.g. "nsp-2024:people.total").
 */
const seriesValueSchema = z
  .strictObject({
    /** The calendar year the value describes (not the year the source was published). */
    year: z.number().int().min(2000).max(2100),
    /** The number exactly as the source states it (whole numbers: people, days, kronor). */
    value: z.number().int().min(0).optional(),
    /** Where the value stands: citation key and the page's own heading or paragraph. */
    source: sourceRefSchema.optional(),
    /** Or: the statistics figure this value is, as "<dataset>:<path>"; value and source come from there. */
    from: z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9.-]+$/, 'write "<dataset>:<path>", e.g. "nsp-2024:people.total"').optional(),
    /** Id of the definition (in `definitions`) the source used for this year. */
    definition: idSchema,
    /** Set when the site computed the value from stated figures; says how. */
    derived: derivedSchema.optional(),
    /** Anything a reader needs beside the number. */
    note: bilingual.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from !== undefined && (v.value !== undefined || v.source !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `year ${v.year}: give either from: or value: with source:, not both` });
    }
    if (v.from === undefined && v.source === undefined) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: `year ${v.year}: a value without a source (add source: { key, section } or from:)` });
    }
    if (v.from === undefined && v.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `year ${v.year}: no value (add value: or from:)` });
    }
  });

/** A whole series file. */
export const seriesSchema = z
  .strictObject({
    /** Which kind of counter the series belongs to; series of different counters are never added. */
    counter: z.enum(seriesCounters),
    /** Order on the page within its counter (smaller first). */
    order: z.number().int().min(0),
    /** The series' name, e.g. "Possible victims civil society supported". */
    title: bilingual,
    /** What the series counts, in one or two plain sentences. */
    counts: bilingual,
    /** The unit of every value. */
    unit: z.enum(seriesUnits),
    /** First and last year the page shows; years in between without a value are gaps. */
    span: z.strictObject({
      /** First year shown. */
      first: z.number().int().min(2000).max(2100),
      /** Last year shown. */
      last: z.number().int().min(2000).max(2100),
    }),
    /** Why years without a value are missing (where the site looked), shown beside the chart. */
    gaps: bilingual,
    /** The definitions the sources used over the years. */
    definitions: z.array(definitionSchema).min(1),
    /** One entry per year with a public source. */
    values: z.array(seriesValueSchema).min(1),
    /** Secondary sources for gap years, named and not used (see notUsedSchema). */
    notUsed: z.array(notUsedSchema).default([]),
    /** Changes to the series a reader relies on (src/schemas/change-note.ts), appended at the end of the file. */
    changes: changeNotesSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.span.first > s.span.last) ctx.addIssue({ code: 'custom', path: ['span'], message: 'span.first is after span.last' });
    const seen = new Map<number, number>();
    const ids = new Set(s.definitions.map((d) => d.id));
    s.values.forEach((v, i) => {
      const earlier = seen.get(v.year);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'year'], message: `year ${v.year} is given twice (values ${earlier + 1} and ${i + 1}); a series has one value per year` });
      }
      seen.set(v.year, i);
      if (v.year < s.span.first || v.year > s.span.last) {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'year'], message: `year ${v.year} lies outside span ${s.span.first}–${s.span.last}` });
      }
      if (!ids.has(v.definition)) {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'definition'], message: `year ${v.year}: unknown definition "${v.definition}" (known: ${[...ids].join(', ')})` });
      }
    });
    s.notUsed.forEach((n, i) => {
      if (seen.has(n.year)) {
        ctx.addIssue({ code: 'custom', path: ['notUsed', i, 'year'], message: `year ${n.year} has a value, so a secondary source for it cannot be listed as not used; remove the notUsed entry or the value` });
      }
      if (n.year < s.span.first || n.year > s.span.last) {
        ctx.addIssue({ code: 'custom', path: ['notUsed', i, 'year'], message: `year ${n.year} lies outside span ${s.span.first}–${s.span.last}` });
      }
    });
  });

export type SeriesData = z.infer<typeof seriesSchema>;
export type SeriesValueData = z.infer<typeof seriesValueSchema>;
export type SeriesNotUsedData = z.infer<typeof notUsedSchema>;
