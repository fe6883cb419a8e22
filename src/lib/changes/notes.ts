/**
 * Change notes from the files that hold them, checked and given stable ids. Pure (no Astro, no
 * file access): src/lib/changes/collect.ts feeds it each file's notes, and notes.test.ts proves
 * that a bad note fails the build naming its file and entry.
 */
import { changeNotesSchema, keyedChangeNotesSchema, type ChangeNote } from '../../schemas/change-note';

/** One change on the site, as the pages, the what's-new page and the feeds show it. */
export interface SiteChange {
  /** Stable, language-neutral id (the feeds' guid): origin, date and place among that day's notes. */
  id: string;
  /** Day of the change (YYYY-MM-DD). */
  date: string;
  /** Place among its file's notes of the same day (1 = first written): later ones count as newer. */
  n: number;
  /** The note, one line per language. */
  text: { sv: string; en: string };
  /** Route keys of the pages that list the change; the first is its home, where links go. */
  pages: string[];
  /** Element id on the home page the change concerns, if any. */
  anchor?: string;
  /** The file the note is written in, for messages. */
  file: string;
}

/** Where a file's notes are shown: the route keys (home first) and the default anchor. */
export interface NoteTarget {
  pages: string[];
  anchor?: string;
}

const issueText = (file: string, where: string, path: PropertyKey[], message: string): string => {
  const [index, ...field] = path;
  const entry = typeof index === 'number' ? `change ${index + 1}` : 'changes';
  return `${file}: ${where}${entry}${field.length ? ` (${field.join('.')})` : ''}: ${message}`;
};

/**
 * A file's notes checked against the schema and the law's "as of" date, with stable ids.
 * `origin` names the file or entry in the ids ("rates/2024", "provision/brb-4-1a"); `where` prefixes
 * messages for keyed files ("brb-4-1a: "). Throws one message per bad note, naming file and entry.
 */
export function checkNotes(raw: unknown, opts: { file: string; origin: string; target: NoteTarget; asOf: string; where?: string }): SiteChange[] {
  const { file, origin, target, asOf, where = '' } = opts;
  const parsed = changeNotesSchema.safeParse(raw ?? []);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => issueText(file, where, i.path, i.message)).join('\n'));
  }
  const late = parsed.data.flatMap((n, i) => (n.date > asOf ? [issueText(file, where, [i], `its date ${n.date} is after the law's "as of" date ${asOf} (content/legal/as-of.yaml)`)] : []));
  if (late.length) throw new Error(late.join('\n'));
  const perDay = new Map<string, number>();
  return parsed.data.map((note: ChangeNote) => {
    const n = (perDay.get(note.date) ?? 0) + 1;
    perDay.set(note.date, n);
    const anchor = note.anchor ?? target.anchor;
    return { id: `nsp-guiden:${origin}:${note.date}:${n}`, date: note.date, n, text: { sv: note.sv, en: note.en }, pages: target.pages, ...(anchor ? { anchor } : {}), file };
  });
}

/**
 * The notes of a keyed file (entry id → notes) for a YAML list such as provisions.yaml. `targetOf`
 * says where an entry's notes show; an id it does not know fails the build, naming file and id.
 */
export function checkKeyedNotes(
  raw: unknown,
  opts: { file: string; origin: string; asOf: string; targetOf: (id: string) => NoteTarget | undefined },
): SiteChange[] {
  const parsed = keyedChangeNotesSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const text = ({ path: [id, ...rest], message }: { path: PropertyKey[]; message: string }) =>
      id === undefined ? `${opts.file}: ${message}` : issueText(opts.file, `${String(id)}: `, rest, message);
    throw new Error(parsed.error.issues.map(text).join('\n'));
  }
  return Object.entries(parsed.data).flatMap(([id, notes]) => {
    const target = opts.targetOf(id);
    if (!target) throw new Error(`${opts.file}: "${id}" is not an entry of the file these notes belong to`);
    return checkNotes(notes, { file: opts.file, origin: `${opts.origin}/${id}`, target, asOf: opts.asOf, where: `${id}: ` });
  });
}

/**
 * Newest first. Notes are appended, so of one file's notes of the same day the later one is newer;
 * ties across files fall back to the id, so pages and feeds never reshuffle between builds.
 */
export function newestFirst<T extends Pick<SiteChange, 'date' | 'id' | 'n'>>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => b.date.localeCompare(a.date) || b.n - a.n || a.id.localeCompare(b.id));
}

/** Changes grouped by month ("2026-12"), newest month first, each group newest first. */
export function byMonth<T extends Pick<SiteChange, 'date' | 'id' | 'n'>>(changes: readonly T[]): { month: string; changes: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const change of newestFirst(changes)) {
    const month = change.date.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), change]);
  }
  return [...groups].map(([month, list]) => ({ month, changes: list }));
}
