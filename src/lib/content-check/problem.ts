/**
 * One mistake in content/, as an editor needs it: the file, the line, the field, what is wrong
 * and what to do. Every check of src/lib/content-check returns these; the build prints them.
 */
export interface ContentProblem {
  /** The file as editors know it, e.g. "content/rates/2024.yaml". */
  file: string;
  /** 1-based line, where the file has one for it. */
  line?: number | undefined;
  /** Dotted path of the field inside the file or entry, e.g. "interventions.reflection.rate.amount". */
  field?: string | undefined;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it, in plain words. */
  fix?: string | undefined;
}

/** "content/rates/2024.yaml:12: field interventions.x: what is wrong. What to do." */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` field "${p.field}":` : '';
  return `${where}:${field} ${p.message}.${p.fix ? ` What to do: ${p.fix}.` : ''}`.replace(/\.\./g, '.');
}

/** All problems as one block, numbered, for the build's error. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p, i) => `  ${i + 1}. ${formatProblem(p)}`);
  const count = problems.length === 1 ? 'one mistake' : `${problems.length} mistakes`;
  return `content/ has ${count}; the site is not built until ${problems.length === 1 ? 'it is' : 'they are'} fixed (see content/README.md, "When the build stops"):\n${lines.join('\n')}`;
}
