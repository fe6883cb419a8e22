import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

/**
 * Every citation in content/: `<Cite source="…" section="…">` in MDX, the `sources` of page front
 * matter, and every `{ key, section }` in a data file. Read from the files themselves, so the
 * bibliography can show who cites a source and a test can prove each key exists.
 */
export interface Citation {
  /** Citation key as written. */
  key: string;
  /** The section or page cited, when given. */
  section?: string;
  /** File path relative to the content directory, with forward slashes ("pages/sv/index.mdx"). */
  file: string;
  /** Where in the file: "<Cite>", "front matter" or the data path ("2.source"). */
  where: string;
}

/** The content directory the build reads (tests point CONTENT_DIR at a copy). */
export function contentDir(): string {
  return (process.env['CONTENT_DIR'] ?? './content').replace(/\/$/, '');
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*\\{?\\s*(["'])(.*?)\\1`, 's').exec(tag)?.[2];

/** Citations in one MDX file: its front matter `sources` and each `<Cite>` tag. */
export function citationsInMdx(text: string, file: string): Citation[] {
  const out: Citation[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) {
    for (const c of citationsInYaml(front[1] ?? '', file)) out.push({ ...c, where: `front matter ${c.where}` });
  }
  const body = front ? text.slice(front[0].length) : text;
  for (const match of body.matchAll(/<Cite\b[^>]*>/g)) {
    const tag = match[0];
    const key = attr(tag, 'source');
    const section = attr(tag, 'section');
    out.push({ key: key ?? '', ...(section ? { section } : {}), file, where: '<Cite>' });
  }
  return out;
}

/**
 * Citations in one YAML text: every `{ key, section }` mapping held by a field named `source` or
 * `sources` (directly or as a list item), the shape of `sourceRefSchema`. Other mappings with a
 * `key` (a page's own key, a route key) are not citations.
 */
export function citationsInYaml(text: string, file: string): Citation[] {
  const out: Citation[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, String(i + 1)]));
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const field = [...path].reverse().find((p) => !/^\d+$/.test(p));
      if ((field === 'source' || field === 'sources') && typeof record['key'] === 'string') {
        const section = typeof record['section'] === 'string' ? { section: record['section'] } : {};
        out.push({ key: record['key'], ...section, file, where: path.join('.') });
      }
      for (const [name, child] of Object.entries(record)) walk(child, [...path, name]);
    }
  };
  walk(parse(text), []);
  return out;
}

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...filesUnder(full));
    else found.push(full);
  }
  return found;
}

/** Every citation in the content directory. The bibliography itself (sources.yaml) cites nothing. */
export function collectCitations(dir: string = contentDir()): Citation[] {
  const out: Citation[] = [];
  for (const full of filesUnder(dir).sort()) {
    const file = relative(dir, full).split(sep).join('/');
    // The bibliography cites nothing, and the editors' guide (README.md) shows example citations.
    if (file === 'sources.yaml' || file === 'README.md') continue;
    const text = readFileSync(full, 'utf8');
    if (file.endsWith('.mdx')) out.push(...citationsInMdx(text, file));
    else if (file.endsWith('.yaml') || file.endsWith('.yml')) {
      try {
        out.push(...citationsInYaml(text, file));
      } catch (error) {
        throw new Error(`content/${file}: not valid YAML (${(error as Error).message})`);
      }
    }
  }
  return out;
}

/** The keys listed in sources.yaml. */
export function knownSourceKeys(dir: string = contentDir()): Set<string> {
  const list: unknown = parse(readFileSync(join(dir, 'sources.yaml'), 'utf8'));
  if (!Array.isArray(list)) throw new Error('content/sources.yaml: expected a YAML list of entries');
  return new Set(list.map((e) => (e as { key?: unknown }).key).filter((k): k is string => typeof k === 'string'));
}

/** One message per citation whose key has no entry in the bibliography, naming file and key. */
export function unknownCitations(citations: readonly Citation[], known: ReadonlySet<string>): string[] {
  return citations
    .filter((c) => !known.has(c.key))
    .map((c) => `content/${c.file} (${c.where}): source "${c.key}" is not in content/sources.yaml`);
}

/**
 * Data files whose citations show on known pages, by route key. Files not listed here are named
 * as data files in the bibliography; add a line when a page is generated from a data file.
 */
export const dataFilePages: Array<{ file: RegExp; keys: string[] }> = [{ file: /^glossary\.yaml$/, keys: ['glossary'] }];
