import { z } from 'astro/zod';
import { sourceRefSchema } from './source-ref';

/**
 * One open question of `content/legal/open-questions.yaml`: something about the law the guide
 * cannot settle from a public source today. The guide never leaves such a gap silent: each
 * question says what was asked, where it was looked for, when, what was found and what answer
 * would settle it, and it is shown beside every statement it qualifies.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by -');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD');

/** A text in both of the site's languages. */
const localized = z.object({
  /** Swedish text (klarspråk). */
  sv: z.string().trim().min(2),
  /** English text (plain English). */
  en: z.string().trim().min(2),
});

/**
 * not-known: no source found answers the question; partly-known: a source answers part of it (the
 * part stays in `known`), the rest is open. A question that is fully answered leaves this file and
 * its answer goes into the provision or page it concerned.
 */
export const openQuestionStatuses = ['not-known', 'partly-known'] as const;

export const openQuestionSchema = z
  .object({
    /** Stable id, also the anchor on the open-questions page, e.g. "lma-protected-accommodation". */
    id: slug,
    /** Place in the file (set by the loader): the page lists questions in the editor's order. */
    seq: z.number().int().min(0),
    /** not-known or partly-known (see openQuestionStatuses). */
    status: z.enum(openQuestionStatuses),
    /** The question as asked, in both languages. */
    question: localized,
    /** Where it was searched, one place per item (database, agency site, document series). */
    searched: z.array(localized).min(1),
    /** The day of the last search, YYYY-MM-DD; required, and never after the law's "as of" date (content/legal/as-of.yaml). */
    checkedOn: day.optional(),
    /** What the last search found, shown on the open-questions page, e.g. "no bill found in …". */
    finding: localized,
    /** What is already known from a source, for a partly-known question. */
    known: localized.optional(),
    /** What answer, from which kind of source, would settle it. */
    settles: localized,
    /** The latest sources found on the question (shown as citations); may be empty if nothing was found. */
    sources: z.array(sourceRefSchema).default([]),
    /** The statements the question qualifies: provision ids (provisions.yaml) and page keys; at least one. */
    qualifies: z
      .object({
        /** Ids of provisions in content/legal/provisions.yaml; the note is shown under each. */
        provisions: z.array(slug).default([]),
        /** Page keys (front matter `key`) whose text the question qualifies; the page shows the note beside the statement. */
        pages: z.array(z.string().min(1)).default([]),
      })
      .refine((q) => q.provisions.length + q.pages.length > 0, { message: 'name at least one provision or page the question qualifies' }),
  })
  .superRefine((q, ctx) => {
    if (!q.checkedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['checkedOn'],
        message: `status "${q.status}" needs checkedOn: the day the question was last searched (YYYY-MM-DD)`,
      });
    }
    if (q.status === 'partly-known' && !q.known) {
      ctx.addIssue({ code: 'custom', path: ['known'], message: 'a partly-known question says what is known (known)' });
    }
  });

export type OpenQuestion = z.infer<typeof openQuestionSchema>;
