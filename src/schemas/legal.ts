import { z } from 'astro/zod';
import { seqSchema as seq } from './seq';
import { sourceRefSchema } from './source-ref';

/**
 * Schemas of the legal framework data in `content/legal/`: the provisions (provisions.yaml), the
 * inquiry's proposals with Plattformen's position (reform.yaml) and the timeline (timeline.yaml).
 * The legal texts are sensitive: every text field states what a source says, in the site's own
 * words, and cites where it says it.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by -');

/** A text in both of the site's languages. */
const localized = z.object({
  /** Swedish text (klarspråk). */
  sv: z.string().trim().min(2),
  /** English text (plain English). */
  en: z.string().trim().min(2),
});

/** Where a provision comes from: the level that the overview and the pages group by. */
export const provisionLevels = ['international', 'eu', 'swedish'] as const;
export type ProvisionLevel = (typeof provisionLevels)[number];

/** One provision of `content/legal/provisions.yaml`. */
export const provisionSchema = z.object({
  /** Stable id, also the HTML anchor on its page, e.g. "coe-art-13". */
  id: slug,
  seq,
  /** international (UN, Council of Europe), eu (EU law) or swedish (Swedish statute or national structure). */
  level: z.enum(provisionLevels),
  /** The instrument the provision belongs to; provisions of one instrument are shown together. */
  instrument: z.object({
    /** Stable id of the instrument, e.g. "coe-trafficking-convention"; the group's anchor. */
    id: slug,
    /** The instrument's name in Swedish. */
    sv: z.string().trim().min(2),
    /** The instrument's name in English. */
    en: z.string().trim().min(2),
  }),
  /** Article, chapter and section, or part, e.g. "artikel 13" / "Article 13", "5 kap. 15 §" / "Chapter 5, Section 15". */
  article: localized,
  /** A short heading for the provision in both languages. */
  title: localized,
  /** What the provision says, in the site's own words; exact wording goes in `quote` only. */
  says: localized,
  /** What it means for a person the programme supports (adults and accompanying children). */
  meaning: localized,
  /** What the provision does not say or does not give, where readers might assume more; keeps the page from overstating. */
  limits: localized.optional(),
  /** The law's exact wording, shown as a quotation in its original language (Swedish). */
  quote: z
    .object({
      /** The wording exactly as the source reproduces it. */
      text: z.string().trim().min(10),
      /** Which part is quoted, e.g. "andra stycket" / "second paragraph". */
      part: localized,
      /** Where the wording is reproduced. */
      source: sourceRefSchema,
    })
    .optional(),
  /** The main source of the description: key and the document's own section. */
  source: sourceRefSchema,
  /** Further sources that state or apply the same provision. */
  alsoSee: z.array(sourceRefSchema).default([]),
  /** Ids of related terms in the glossary (content/glossary.yaml), for cross-links. */
  glossary: z.array(slug).default([]),
});
export type Provision = z.infer<typeof provisionSchema>;

/** Plattformen's position on a proposal, as its consultation response states it. */
export const stances = ['supports', 'supports-with-reservations', 'opposes', 'no-position'] as const;
export type Stance = (typeof stances)[number];

/** One proposal of SOU 2023:97 in `content/legal/reform.yaml`, with Plattformen's position. */
export const reformSchema = z
  .object({
    /** The proposal's section in SOU 2023:97, e.g. "10.1.1". */
    id: z.string().regex(/^10\.[1-3]\.\d{1,2}$/, 'use the section number of chapter 10 of SOU 2023:97, e.g. 10.2.3'),
    seq,
    /** A short name for the proposal. */
    title: localized,
    /** What the inquiry proposes, in the site's own words. */
    proposal: localized,
    /** Plattformen's position: supports, supports-with-reservations (supports but asks for changes or additions), opposes or no-position. */
    position: z.enum(stances),
    /** Plattformen's reasons and additions, in the site's own words. */
    reasoning: localized,
    /** Where the proposal stands in the inquiry: key must be sou-2023-97. */
    souSource: sourceRefSchema.refine((ref) => ref.key === 'sou-2023-97', {
      message: 'souSource must cite sou-2023-97',
    }),
    /** Where the consultation response takes its position: key must be remissvar-sou-2023-97 (may be left out only for no-position). */
    remissvarSource: sourceRefSchema
      .refine((ref) => ref.key === 'remissvar-sou-2023-97', { message: 'remissvarSource must cite remissvar-sou-2023-97' })
      .optional(),
  })
  .superRefine((row, ctx) => {
    if (row.position !== 'no-position' && !row.remissvarSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['remissvarSource'],
        message: `a position of "${row.position}" needs the section of the consultation response that states it`,
      });
    }
  });
export type ReformRow = z.infer<typeof reformSchema>;

/** What a timeline event is about; shown as a label and used for styling. */
export const timelineTopics = ['international', 'eu', 'swedish-law', 'programme', 'inquiry'] as const;
export type TimelineTopic = (typeof timelineTopics)[number];

/** A date as precise as the source gives it: "2015" (year), "2022-03" (month) or "2022-08-01" (day). */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source')
  .refine(isCalendarDate, { message: 'not a date on the calendar' });

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || y < 1900 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** One event of `content/legal/timeline.yaml`. */
export const timelineEventSchema = z.object({
  /** Stable id, also the event's HTML anchor. */
  id: slug,
  seq,
  /** When it happened, only as precise as the source says (year, month or day). */
  date: partialDate,
  /** What the event concerns: international, eu, swedish-law, programme or inquiry. */
  topic: z.enum(timelineTopics),
  /** What happened, in the site's own words. */
  event: localized,
  /** Where the date and the event stand. */
  source: sourceRefSchema,
  /** Further sources for the same event. */
  alsoSee: z.array(sourceRefSchema).default([]),
  /** Why the date is only this precise, or where its precision comes from, when the cited text itself does not give it. */
  dateNote: localized.optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
