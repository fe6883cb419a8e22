/**
 * The MDX pages of content/pages/<lang>/: their front matter (same schema as the build), their
 * pairing across the two languages, and the data tags an editor types by hand (<Rate>, <Cite>),
 * which would otherwise fail late in the build against a component, far from the page's line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RuleSet } from '../../../calculators/rules-schema';
import { definedSourceKeys, unknownSourceKeyMessage } from '../../../calculators/source-keys';
import { pageSchema } from '../../schemas/page';
import { rateFact } from '../rates/facts';
import { issueProblems, type SchemaIssue } from './issues';
import type { ContentProblem } from './problem';
import { lineOf, readYaml, unquotedDates } from './yaml-source';

const langs = ['sv', 'en'] as const;
const rateAttributes = ['of', 'compare', 'lang'];

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? mdxFiles(full) : name.endsWith('.mdx') ? [full] : [];
  });
}

/** Attributes of a tag's text: name → value (string, or the code between braces). */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([A-Za-z]+)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g)) out.set(m[1] ?? '', m[2] ?? m[3] ?? m[4] ?? 'true');
  return out;
}

/** Every <Rate> and <Cite> of a page body, checked against the data. */
function tagProblems(file: string, text: string, newest: RuleSet | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(/<Rate\b([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1] ?? '');
    const at = { file, line: lineAt(m.index), field: '<Rate>' };
    for (const name of attrs.keys()) {
      if (!rateAttributes.includes(name)) problems.push({ ...at, message: `<Rate> has no attribute "${name}"`, fix: `write <Rate of="reflection.rate" /> (attributes: ${rateAttributes.join(', ')}; content/README.md lists the figure names)` });
    }
    const of = attrs.get('of');
    if (!of) problems.push({ ...at, message: '<Rate> does not say which figure to show', fix: 'add of="…", e.g. <Rate of="reflection.rate" />' });
    else if (newest) {
      try {
        rateFact(newest, of);
      } catch (e) {
        problems.push({ ...at, message: `<Rate of="${of}">: ${(e as Error).message.replace(/\.$/, '')}`, fix: 'correct the name in of="…"' });
      }
    }
  }
  const keys = definedSourceKeys();
  for (const m of text.matchAll(/<Cite\b([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1] ?? '');
    const at = { file, line: lineAt(m.index), field: '<Cite>' };
    const source = attrs.get('source');
    if (!source) problems.push({ ...at, message: '<Cite> does not name its source', fix: 'add source="…" with a key of content/sources.yaml, e.g. <Cite source="nsp-2024" section="1.2" />' });
    else if (keys && !keys.has(source)) problems.push({ ...at, message: unknownSourceKeyMessage(source).replace(/\.$/, '') });
    if (!attrs.get('section')) problems.push({ ...at, message: '<Cite> does not name the section', fix: 'add section="…" with the document\'s own section or page' });
  }
  return problems;
}

type FrontMatter = { key?: string; keyLine?: number | undefined; problems: ContentProblem[] };
// Unchanged pages give the same result (tests check many copies that differ in one file).
const cache = new Map<string, FrontMatter>();

/** One page's front matter, read once per text and set of source keys. */
function frontMatter(file: string, text: string): FrontMatter {
  const cacheKey = `${file}\0${[...(definedSourceKeys() ?? [])].join(',')}\0${text}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const result = readFrontMatter(file, text);
  cache.set(cacheKey, result);
  return result;
}

/** One page's front matter: its problems and its key. */
function readFrontMatter(file: string, text: string): FrontMatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return { problems: [{ file, line: 1, message: 'the page has no front matter', fix: 'start the file with a line "---", the fields (title, description, key, section, order, reviewed), and a line "---"' }] };
  const { source, problems } = readYaml(m[1] ?? '', file, 1);
  if (problems.length) return { problems };
  const dates = unquotedDates(source);
  const r = pageSchema.safeParse(source.doc.toJS(), { reportInput: true });
  if (!r.success) return { problems: [...dates, ...issueProblems(r.error.issues as unknown as SchemaIssue[], source)] };
  return { key: r.data.key, keyLine: lineOf(source, ['key']), problems: dates };
}

/** Every page: front matter, tags, and that each page key has a Swedish and an English page; and the keys. */
export function pageProblems(contentDir: string, newest: RuleSet | undefined): { problems: ContentProblem[]; keys: Set<string> } {
  const problems: ContentProblem[] = [];
  const byKey = new Map<string, Map<string, { file: string; line?: number | undefined }>>();
  for (const lang of langs) {
    const root = join(contentDir, 'pages', lang);
    for (const path of mdxFiles(root)) {
      const file = `content/pages/${lang}/${relative(root, path)}`;
      const text = readFileSync(path, 'utf8');
      const fm = frontMatter(file, text);
      problems.push(...fm.problems, ...tagProblems(file, text, newest));
      if (fm.key) byKey.set(fm.key, (byKey.get(fm.key) ?? new Map()).set(lang, { file, line: fm.keyLine }));
    }
  }
  for (const [key, files] of byKey) {
    for (const lang of langs) {
      if (files.has(lang)) continue;
      const first = [...files.values()][0];
      if (!first) continue;
      const { file, line } = first;
      problems.push({ file, line, field: 'key', message: `the page "${key}" has no ${lang === 'en' ? 'English' : 'Swedish'} version`, fix: `add a page under content/pages/${lang}/ with the same "key: ${key}" in its front matter (every page exists in Swedish and English)` });
    }
  }
  return { problems, keys: new Set(byKey.keys()) };
}
