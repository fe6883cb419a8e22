/**
 * A schema's complaint in plain words: zod says "Invalid input: expected string, received
 * undefined"; an editor needs "add the field" or "write the date as YYYY-MM-DD, in quotes".
 */
import type { ContentProblem } from './problem';
import { lineOf, type YamlSource } from './yaml-source';

/** The subset of a zod issue the messages read (zod 4, parsed with reportInput). */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  format?: string;
  keys?: string[];
  values?: unknown[];
}

/** What is wrong and what to do, for one issue. */
export function explain(issue: SchemaIssue): { message: string; fix?: string } {
  const field = String(issue.path.at(-1) ?? 'entry');
  if (issue.code === 'invalid_type' && issue.input === undefined && (field === 'sv' || field === 'en')) {
    const language = field === 'sv' ? 'Swedish' : 'English';
    return { message: `"${field}" is missing`, fix: `add the ${language} text as "${field}:" at the same indentation as "${field === 'sv' ? 'en' : 'sv'}:" (every text is in Swedish and English)` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { message: `"${field}" is missing`, fix: `add "${field}:" here (content/README.md shows every field of this kind of file)` };
  }
  if (issue.code === 'invalid_type' && issue.input instanceof Date) {
    return { message: 'the date is not in quotes, so YAML reads it as a date object instead of text', fix: `write it in double quotes, e.g. ${field}: "${issue.input.toISOString().slice(0, 10)}"` };
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') {
    return { message: `"${String(issue.input)}" is not a date in the form YYYY-MM-DD`, fix: `write it as year-month-day with two-digit month and day, in quotes, e.g. "2026-12-02"` };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue.keys ?? []).map((k) => `"${k}"`).join(', ');
    return { message: `unknown field ${keys}`, fix: 'check its spelling, and its indentation: a field indented one space too far or too short lands in the wrong place' };
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return { message: `"${String(issue.input)}" is not allowed here`, fix: `use one of: ${issue.values.map(String).join(', ')}` };
  }
  if (issue.code === 'invalid_type') {
    return { message: `expected ${issue.expected ?? 'another kind of value'} here, not ${describe(issue.input)}`, fix: 'compare with the same field in a file that builds, or content/README.md' };
  }
  return { message: issue.message };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a group of fields (check the indentation)';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** One problem per issue, with the line of the field in `source` (`prefix` is the entry's place in a list file). */
export function issueProblems(issues: readonly SchemaIssue[], source: YamlSource, prefix: PropertyKey[] = [], entry?: string): ContentProblem[] {
  return issues.map((issue) => {
    const { message, fix } = explain(issue);
    const field = issue.path.map(String).join('.') || undefined;
    const where = entry ? `entry "${entry}": ` : '';
    return { file: source.file, line: lineOf(source, [...prefix, ...issue.path]), field, message: `${where}${message}`, fix };
  });
}
