import { z } from 'zod';

// Plain zod (the same instance astro/zod re-exports) so that calculators/rules-schema.ts, which
// must not import Astro, can use it for the `changes` list of a rates file.

/** A missing line gets a message that says both languages are needed, not just "expected string". */
const line = (lang: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `a change note needs a line in ${lang} as well: both sv and en are required` : `the ${lang} line must be text`) })
    .trim()
    .min(10, `the ${lang} line is too short to say what changed`)
    .max(240, `the ${lang} line is over 240 characters: one line only`);

/**
 * One change a reader relies on: a rule, figure, status or date that changed. Wording fixes get
 * none. Notes are appended, never rewritten: a note's place among the same day's notes of its
 * file is part of its feed id, so reordering or deleting old notes would change feed ids.
 */
export const changeNoteSchema = z.strictObject({
  /** The day the change was published (YYYY-MM-DD); never after the law's "as of" date (content/legal/as-of.yaml). */
  date: z.iso.date({ error: (issue) => (issue.input === undefined ? 'every change needs a date (YYYY-MM-DD)' : 'the date must be YYYY-MM-DD') }),
  /** What changed, in one plain Swedish sentence. */
  sv: line('Swedish (sv)'),
  /** The same change, in one plain English sentence. */
  en: line('English (en)'),
  /** The id of the element the change concerns on the page that shows it, without "#" (e.g. "krav-knowledge-of-trafficking"). */
  anchor: z.string().regex(/^[A-Za-z][\w-]*$/, 'an anchor is an element id without "#"').optional(),
});

/** A file's change notes, oldest first (new notes are appended at the end). */
export const changeNotesSchema = z.array(changeNoteSchema);

/**
 * Change notes of data files that are YAML lists (content/legal/provisions.yaml,
 * content/glossary.yaml, content/requirements.yaml): a separate file beside the list, mapping an
 * entry's id to its notes, so a note never touches the entry itself.
 */
export const keyedChangeNotesSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'keys are entry ids'), changeNotesSchema.min(1));

export type ChangeNote = z.infer<typeof changeNoteSchema>;
