import { z } from 'astro/zod';
import { seqSchema as seq } from './seq';
import { sourceRefSchema, type SourceRef } from './source-ref';

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

/**
 * Where a provision stands in law on the legal content's "as of" date (content/legal/as-of.yaml):
 * in force, repealed, adopted but not yet applicable, transposition pending (an EU act whose
 * national transposition is not finished), proposed, rejected, or status not known (no source
 * says).
 */
export const legalStatuses = [
  'in-force',
  'repealed',
  'adopted-not-applicable',
  'transposition-pending',
  'proposed',
  'rejected',
  'status-unknown',
] as const;
export type LegalStatus = (typeof legalStatuses)[number];

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

/** A legal date together with the source that states it: a date without a source fails the build. */
export const datedFactSchema = z.object({
  /** The date, only as precise as the source gives it. */
  date: partialDate,
  /** Where the date is stated (key and the document's own section). */
  source: sourceRefSchema,
});
export type DatedFact = z.infer<typeof datedFactSchema>;

/** A provision's validity: its status on the "as of" date and the dates that frame it, each with its source. */
export const validitySchema = z
  .object({
    /** in-force, repealed, adopted-not-applicable, transposition-pending, proposed, rejected or status-unknown. */
    status: z.enum(legalStatuses),
    /** Where the status is stated; for status-unknown, the latest source found and the note says what it leaves open. */
    statusSource: sourceRefSchema,
    /** The day (or month, year) the provision began to apply, with its source; left out where no source gives it. */
    inForceFrom: datedFactSchema.optional(),
    /** The last day the provision applied, with its source; only for provisions that have ended. */
    inForceUntil: datedFactSchema.optional(),
    /** For an EU directive: the date by which member states must have transposed it, with its source. */
    transposeBy: datedFactSchema.optional(),
    /** What replaced the provision, where something did. */
    replacedBy: z
      .object({
        /** Id of the replacing provision in provisions.yaml, when the site describes it; links to it. */
        provision: slug.optional(),
        /** The replacing act's name in Swedish, e.g. "socialtjänstlagen (2025:400)". */
        sv: z.string().trim().min(2),
        /** The replacing act's name in English. */
        en: z.string().trim().min(2),
        /** Where the replacement is stated. */
        source: sourceRefSchema,
      })
      .optional(),
    /** What the sources leave open about the provision's standing, e.g. where it now sits in a new act; shown with the status. */
    note: localized.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'repealed' && !v.inForceUntil) {
      ctx.addIssue({ code: 'custom', path: ['inForceUntil'], message: 'a repealed provision needs the date it ended (inForceUntil) with its source' });
    }
    if (v.inForceUntil && v.inForceFrom && v.inForceUntil.date < v.inForceFrom.date) {
      ctx.addIssue({ code: 'custom', path: ['inForceUntil'], message: 'ends before it began' });
    }
  });
export type Validity = z.infer<typeof validitySchema>;

/** The one "as of" date of the legal content (content/legal/as-of.yaml): the day the law was last checked against its sources. */
export const legalAsOfSchema = z.object({
  /** The day, YYYY-MM-DD, on which the legal content was last checked; never the build clock. */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the as-of date as YYYY-MM-DD')
    .refine(isCalendarDate, { message: 'not a date on the calendar' }),
});
export type LegalAsOf = z.infer<typeof legalAsOfSchema>;

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
  /** Its validity on the "as of" date: status, in force from / until, replaced by, each with its source. */
  validity: validitySchema,
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

/** The validity dates a timeline event can take from a provision instead of repeating them. */
export const validityDateFields = ['inForceFrom', 'inForceUntil', 'transposeBy'] as const;
export type ValidityDateField = (typeof validityDateFields)[number];

/**
 * One event of `content/legal/timeline.yaml`. An event about a provision's validity names the
 * provision and the date field (`validityOf`) and takes date and source from provisions.yaml;
 * any other event gives its own `date` and `source`.
 */
export const timelineEventSchema = z
  .object({
    /** Stable id, also the event's HTML anchor. */
    id: slug,
    seq,
    /** When it happened, only as precise as the source says (year, month or day); leave out with validityOf. */
    date: partialDate.optional(),
    /** Take the date and its source from a provision's validity, e.g. { provision: eu-2024-1712, date: transposeBy }. */
    validityOf: z
      .object({
        /** Id of the provision in content/legal/provisions.yaml. */
        provision: slug,
        /** Which of its validity dates: inForceFrom, inForceUntil or transposeBy. */
        date: z.enum(validityDateFields),
      })
      .optional(),
    /** What the event concerns: international, eu, swedish-law, programme or inquiry. */
    topic: z.enum(timelineTopics),
    /** What happened, in the site's own words. */
    event: localized,
    /** Where the date and the event stand; leave out with validityOf (the provision's date source is used). */
    source: sourceRefSchema.optional(),
    /** Further sources for the same event. */
    alsoSee: z.array(sourceRefSchema).default([]),
    /** Why the date is only this precise, or where its precision comes from, when the cited text itself does not give it. */
    dateNote: localized.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.validityOf && (e.date || e.source)) {
      ctx.addIssue({ code: 'custom', path: ['validityOf'], message: 'an event with validityOf takes its date and source from the provision: leave out date and source' });
    }
    if (!e.validityOf && !e.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'give a date (or validityOf)' });
    if (!e.validityOf && !e.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'a date needs its source (or use validityOf)' });
  });
export type TimelineEventData = z.infer<typeof timelineEventSchema>;

/** A timeline event with its date and source resolved (from the event itself or from the provision it names). */
export type TimelineEvent = Omit<TimelineEventData, 'date' | 'source' | 'validityOf'> & { date: string; source: SourceRef };
