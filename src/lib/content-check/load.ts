/**
 * Reads every data collection of a content folder the way the build does (same files, same
 * schemas, same ids) and keeps, for each entry, where it stands in its file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq } from 'yaml';
import { definedSourceKeys } from '../../../calculators/source-keys';
import { dataCollections, type CollectionName, type DataCollection } from './collections';
import { issueProblems, type SchemaIssue } from './issues';
import type { ContentProblem } from './problem';
import { readYaml, unquotedDates, type YamlSource } from './yaml-source';

/** One valid entry, with its file and its place in it (for line numbers of later checks). */
export interface LoadedEntry {
  id: string;
  data: Record<string, unknown>;
  source: YamlSource;
  /** Path of the entry inside its file: [] for a whole file, [i] for the i-th list item. */
  at: PropertyKey[];
}

export type Loaded = Record<CollectionName, LoadedEntry[]> & {
  /** Every id a list file names, valid entry or not (so one broken entry does not make others' references fail too). */
  ids: Partial<Record<CollectionName, Set<string>>>;
};

/** Validates one entry; a valid one joins `out`, an invalid one adds its problems. */
function validate(c: DataCollection, raw: unknown, id: string, source: YamlSource, at: PropertyKey[], out: LoadedEntry[], problems: ContentProblem[]) {
  const r = c.schema.safeParse(raw, { reportInput: true });
  if (r.success) out.push({ id, data: r.data as Record<string, unknown>, source, at });
  else problems.push(...issueProblems(r.error.issues as unknown as SchemaIssue[], source, at, c.kind === 'list' ? id : undefined));
}

function readFile(contentDir: string, rel: string, problems: ContentProblem[]): YamlSource | undefined {
  const path = join(contentDir, rel);
  const file = `content/${rel}`;
  if (!existsSync(path)) {
    problems.push({ file, message: 'the file is missing', fix: 'restore it (see content/README.md for what it holds)' });
    return undefined;
  }
  const { source, problems: syntax } = readYaml(readFileSync(path, 'utf8'), file);
  problems.push(...syntax, ...unquotedDates(source));
  return syntax.length ? undefined : source;
}

function loadList(c: DataCollection & { kind: 'list' }, source: YamlSource, out: LoadedEntry[], problems: ContentProblem[]): Set<string> {
  const root = source.doc.contents;
  if (!isSeq(root)) {
    problems.push({ file: source.file, line: 1, message: 'expected a list of entries, each starting with "- "', fix: 'compare with the file as it was; every entry starts with "- " at the left margin' });
    return new Set();
  }
  const seen = new Set<string>();
  const all = source.doc.toJS() as unknown[];
  root.items.forEach((node, i) => {
    const line = source.lineAt((node as { range?: number[] }).range?.[0] ?? 0);
    const item = all[i] && typeof all[i] === 'object' && !Array.isArray(all[i]) ? (all[i] as Record<string, unknown>) : undefined;
    const id = item?.[c.idField];
    if (typeof id !== 'string' || !id) {
      problems.push({ file: source.file, line, field: c.idField, message: `entry ${i + 1} has no "${c.idField}"`, fix: `give it "${c.idField}:" as its first field, after "- "` });
      return;
    }
    if (seen.has(id)) problems.push({ file: source.file, line, field: c.idField, message: `${c.idField} "${id}" appears twice`, fix: 'give each entry its own id' });
    seen.add(id);
    validate(c, { ...item, ...(c.seq ? { seq: i } : {}) }, id, source, [i], out, problems);
  });
  return seen;
}

/** What one file gave: its valid entries, its problems and (for a list) every id it names. */
interface FileResult {
  entries: LoadedEntry[];
  problems: ContentProblem[];
  ids?: Set<string>;
}

// A file whose text (and the defined source keys) did not change gives the same result: tests
// check many copies of content/ that differ in one file, so each unchanged file is read once.
const cache = new Map<string, FileResult>();

function loadFile(name: CollectionName, c: DataCollection, contentDir: string, rel: string): FileResult {
  const path = join(contentDir, rel);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const cacheKey = `${name}\0${rel}\0${[...(definedSourceKeys() ?? [])].join(',')}\0${text}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const result: FileResult = { entries: [], problems: [] };
  const source = readFile(contentDir, rel, result.problems);
  if (source && c.kind === 'folder') validate(c, source.doc.toJS(), rel.replace(/^.*\//, '').replace(/\.yaml$/, ''), source, [], result.entries, result.problems);
  else if (source && c.kind === 'list') result.ids = loadList(c, source, result.entries, result.problems);
  else if (source && !isMap(source.doc.contents)) result.problems.push({ file: source.file, line: 1, message: 'expected fields at the top level', fix: 'compare with the file as it was' });
  else if (source && c.kind === 'single') validate(c, source.doc.toJS(), c.id, source, [], result.entries, result.problems);
  cache.set(cacheKey, result);
  return result;
}

/** Every collection: valid entries by collection, and every problem found on the way. */
export function loadCollections(contentDir: string): { loaded: Loaded; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const loaded = { ids: {} } as Loaded;
  for (const [name, c] of Object.entries(dataCollections) as [CollectionName, DataCollection][]) {
    const dir = c.kind === 'folder' ? join(contentDir, c.dir) : '';
    const files = c.kind === 'folder' ? (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${c.dir}/${f}`) : []) : [c.file];
    loaded[name] = [];
    for (const rel of files) {
      const r = loadFile(name, c, contentDir, rel);
      loaded[name].push(...r.entries);
      problems.push(...r.problems);
      if (r.ids) loaded.ids[name] = r.ids;
    }
  }
  return { loaded, problems };
}
