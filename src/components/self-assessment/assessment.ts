/**
 * The self-assessment's pure logic: the saved-file format, reading a file back safely, and the
 * summary of gaps. No DOM; unit-tested in assessment.test.ts. zod/mini keeps the island small.
 */
import * as z from 'zod/mini';

import { answers, type Answer, type Entries, type Entry } from '../../lib/self-assessment/entries';

export { answers };
export type { Answer, Entries, Entry };

/** Identifies our files; a JSON file without it is someone else's. */
export const FILE_FORMAT = 'nsp-guiden/self-assessment';
export const FILE_VERSION = 1;
/** Longest note kept, in characters, and the largest file read, in bytes: a bigger file is not ours. */
export const MAX_NOTE = 4000;
export const MAX_FILE_BYTES = 1_000_000;

const entrySchema = z.object({
  answer: z.optional(z.enum(answers)),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE))),
});
const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  savedAt: z.optional(z.string()),
  lang: z.optional(z.enum(['sv', 'en'])),
  answers: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), entrySchema),
});

/** The content of a saved file: only answered or annotated requirements, in list order. */
export function toFile(entries: Entries, order: readonly string[], lang: 'sv' | 'en', now = new Date()): string {
  const out: Record<string, { answer?: Answer; note?: string }> = {};
  for (const id of order) {
    const e = entries[id];
    if (!e || (!e.answer && !e.note.trim())) continue;
    out[id] = { ...(e.answer ? { answer: e.answer } : {}), ...(e.note.trim() ? { note: e.note } : {}) };
  }
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, savedAt: now.toISOString(), lang, answers: out }, null, 2)}\n`;
}

export type ReadResult =
  | { ok: true; entries: Entries; count: number; skipped: string[]; savedAt?: string | undefined }
  | { ok: false; reason: 'too-large' | 'not-json' | 'foreign' | 'version' | 'invalid'; detail?: string };

/**
 * Reads a saved file. Never throws: a damaged, foreign or newer file gives a reason and no
 * entries, so the caller can leave the current answers untouched. Answers to requirements that
 * are no longer in the list are skipped and named.
 */
export function readFile(text: string, known: readonly string[]): ReadResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!raw || typeof raw !== 'object' || (raw as Record<string, unknown>)['format'] !== FILE_FORMAT) return { ok: false, reason: 'foreign' };
  if ((raw as Record<string, unknown>)['version'] !== FILE_VERSION) return { ok: false, reason: 'version' };
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'invalid', detail: issue ? issue.path.map(String).join('.') : '' };
  }
  const entries: Entries = {};
  const skipped: string[] = [];
  for (const [id, e] of Object.entries(parsed.data.answers)) {
    if (!known.includes(id)) {
      skipped.push(id);
      continue;
    }
    entries[id] = { answer: e.answer, note: e.note ?? '' };
  }
  return { ok: true, entries, count: Object.keys(entries).length, skipped, savedAt: parsed.data.savedAt };
}

/**
 * The answered items that changed after the file was saved (or, when the file does not say when
 * it was saved, every answered item that has changed), so the visitor can check those answers.
 */
export function changedSince(entries: Entries, changes: ReadonlyMap<string, string>, savedAt: string | undefined): string[] {
  const saved = savedAt ? savedAt.slice(0, 10) : undefined;
  return Object.keys(entries).filter((id) => {
    const date = changes.get(id);
    return date !== undefined && (saved === undefined || saved < date);
  });
}

/** Progress and gaps over the requirements, in list order. */
export function summarise(order: readonly string[], entries: Entries) {
  const by = (a: Answer | undefined) => order.filter((id) => entries[id]?.answer === a);
  const yes = by('yes');
  const partly = by('partly');
  const no = by('no');
  const open = by(undefined);
  return { total: order.length, answered: order.length - open.length, yes, partly, no, open, gaps: order.filter((id) => entries[id]?.answer === 'partly' || entries[id]?.answer === 'no') };
}
