/**
 * Last year's words: a rates file copied from the year before keeps its sentences ("Ny från
 * 2024", "500 kr per dag"). Every text field of content/rates/<year>.yaml that names another year,
 * or types an amount of kronor the file's own data does not hold, is reported with its line,
 * unless the line of its field (or the line above) carries a comment "# meant: <year or amount>".
 */
import { isPair, isScalar, visit, type Scalar } from 'yaml';
import type { ContentProblem } from './problem';
import type { YamlSource } from './yaml-source';

/** Fields that cite or date rather than say something: a source's section title, keys, dates. */
const notText = new Set(['section', 'key', 'reviewed', 'id', 'sources', 'date']);
/** Change notes speak of the site's own history, dated in their own right, not of the year's rules. */
const siteHistory = 'changes';
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const AMOUNT = /(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)(?=\s*(?:kr\b|kronor))|(?<=SEK\s?)(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)/g;

/** Every number the file's data holds, as a value (amounts, days, periods). */
function heldNumbers(source: YamlSource): Set<number> {
  const held = new Set<number>();
  visit(source.doc, { Scalar(_, node) { if (typeof node.value === 'number') held.add(node.value); } });
  return held;
}

/** Digits of a number without its thousands separators: "86 971", "86,971" and "86971" are one amount. */
const digits = (text: string) => text.replace(/(\d)[ \u00a0\u202f,](?=\d{3}(?!\d))/g, '$1');

/** The numbers the "# meant:" comments on the given lines (1-based) accept. */
function meantOn(lines: readonly string[], at: readonly number[]): Set<string> {
  const comments = at.map((n) => /#\s*meant:(.*)$/.exec(lines[n - 1] ?? '')?.[1] ?? '').join(' ');
  return new Set(digits(comments).match(/\d+/g) ?? []);
}

function findings(text: string, year: number, held: Set<number>): string[] {
  const years = [...text.matchAll(YEAR)].map((m) => m[0]).filter((y) => Number(y) !== year);
  const amounts = [...text.matchAll(AMOUNT)].map((m) => m[1] ?? m[2] ?? '').filter((a) => !held.has(Number(a.replace(/[^\d]/g, ''))));
  return [...years, ...amounts.map((a) => `${a} kr`)];
}

/** Problems for one rates file (the year is the file's `year:`). */
export function lastYearsWords(source: YamlSource, year: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const held = heldNumbers(source);
  const lines = source.text.split('\n');
  visit(source.doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
      const field = String(pair.key.value);
      if (notText.has(field)) return;
      if (path.some((n) => isPair(n) && isScalar(n.key) && n.key.value === siteHistory)) return;
      const value = pair.value as Scalar<string>;
      const line = source.lineAt(pair.key.range?.[0] ?? 0);
      // The mark may sit on the field's line, the line above, or the line of the field it belongs to ("note:").
      const parent = path.findLast((n) => isPair(n) && isScalar(n.key));
      const parentLine = parent && isPair(parent) && isScalar(parent.key) ? source.lineAt(parent.key.range?.[0] ?? 0) : line;
      const meant = meantOn(lines, [line, line - 1, parentLine]);
      const found = findings(value.value, year, held).filter((f) => !meant.has(digits(f.replace(/ kr$/, ''))));
      for (const f of found) {
        problems.push({
          file: source.file,
          line,
          field,
          message: `the text names ${/kr$/.test(f) ? `the amount ${f}, which this file's data does not hold` : `the year ${f}, not ${year}`}: "${value.value.replace(/\s+/g, ' ').slice(0, 120)}"`,
          fix: `if the text was copied from another year, rewrite it for ${year} (amounts belong in the data, not the text). If the reference is meant, add the comment "# meant: ${digits(f.replace(/ kr$/, ''))}" at the end of line ${line}, on the line above it, or on the line of the field it belongs to (e.g. "note: # meant: …")`,
        });
      }
    },
  });
  return problems.filter((p, i, all) => all.findIndex((q) => q.line === p.line && q.message === p.message) === i);
}
