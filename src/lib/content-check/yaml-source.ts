/**
 * A YAML file read with the `yaml` package's own positions, so every message about it can name
 * the line an editor must open (never a guess from searching the text).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { ContentProblem } from './problem';

export interface YamlSource {
  /** The file as editors know it, e.g. "content/rates/2024.yaml". */
  file: string;
  doc: Document.Parsed;
  /** 1-based line of a character offset in the file. */
  lineAt(offset: number): number;
  /** Lines before the YAML starts (front matter of an MDX page starts on line 2). */
  lineOffset: number;
  /** The YAML text as read. */
  text: string;
}

/** Parses YAML text; syntax errors come back as problems with the line the parser names. */
export function readYaml(text: string, file: string, lineOffset = 0): { source: YamlSource; problems: ContentProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const source: YamlSource = { file, doc, lineOffset, text, lineAt: (offset) => counter.linePos(offset).line + lineOffset };
  const problems = doc.errors.map((e) => ({
    file,
    line: source.lineAt(e.pos[0]),
    message: `the YAML cannot be read (${e.message.split('\n')[0]})`,
    fix: 'check the indentation of this line and the one above: fields of one entry start in the same column, a list entry starts with "- ", and text containing ": " or "#" goes in quotes',
  }));
  return { source, problems };
}

/** The line of the deepest node that exists along `path` (a missing field points at its parent). */
export function lineOf(source: YamlSource, path: readonly PropertyKey[]): number | undefined {
  // A field that is missing: the line of the field it belongs to ("definition:"), not of its first child.
  const parentPair = path.length >= 2 ? source.doc.getIn(path.slice(0, -2) as unknown[], true) : source.doc.contents;
  if (path.length >= 1 && !source.doc.hasIn(path as unknown[]) && isMap(parentPair)) {
    const pair = parentPair.items.find((p) => isScalar(p.key) && p.key.value === path.at(-2));
    if (pair && isScalar(pair.key) && pair.key.range) return source.lineAt(pair.key.range[0]);
  }
  for (let n = path.length; n >= 0; n--) {
    const node = source.doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return source.lineAt(node.range[0]);
    if (n === 0 && source.doc.contents?.range) return source.lineAt(source.doc.contents.range[0]);
  }
  return undefined;
}

/** A value that looks like a date but is not in quotes: YAML reads it as a date object, not text. */
export function unquotedDates(source: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(source.doc, {
    Pair(_, pair) {
      const v = pair.value;
      if (!isScalar(v) || v.type !== 'PLAIN' || !v.range) return;
      const raw = String(v.source ?? v.value);
      if (!/^\d{4}-\d{1,2}-\d{1,2}/.test(raw)) return;
      const key = isScalar(pair.key) ? String(pair.key.value) : 'date';
      problems.push({
        file: source.file,
        line: source.lineAt(v.range[0]),
        field: key,
        message: `the date ${raw} is not in quotes, so YAML reads it as a date object instead of text`,
        fix: `write it in double quotes: ${key}: "${raw}"`,
      });
    },
  });
  return problems;
}

export { isMap, isSeq };
