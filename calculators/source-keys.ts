/**
 * Citation keys are defined by `content/sources.yaml` alone: adding a source is a change to that
 * file and nothing else. The schemas check a key's form everywhere (the browser parses rates too,
 * without the file); where the build or a test has read the file, `defineSourceKeys` makes every
 * schema also refuse a key the file does not define, with a message that says where to add it.
 * No DOM, no Astro, no file access: zod only.
 */
import { z } from 'zod';

const SOURCES_FILE = 'content/sources.yaml';
let defined: ReadonlySet<string> | undefined;

/** Makes every source-key schema accept exactly these keys (from content/sources.yaml). */
export function defineSourceKeys(keys: Iterable<string>): void {
  defined = new Set(keys);
}

/** The keys currently defined, or undefined where no sources file was read (in the browser). */
export function definedSourceKeys(): ReadonlySet<string> | undefined {
  return defined;
}

/** Edit distance, to suggest the key an editor probably meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** What to do about a key content/sources.yaml does not define, in plain words. */
export function unknownSourceKeyMessage(key: string, keys: Iterable<string> = defined ?? []): string {
  const near = [...keys].map((k) => [k, distance(k, key)] as const).filter(([, d]) => d <= 3).sort((a, b) => a[1] - b[1])[0];
  const hint = near ? ` If you meant "${near[0]}", correct the spelling.` : '';
  return `source key "${key}" is not defined in ${SOURCES_FILE}.${hint} If it is a new source, add an entry "- key: ${key}" (with title, publisher, year, kind and summary) to ${SOURCES_FILE}; nothing else needs to change.`;
}

/** A citation key: lower-case words joined by hyphens, defined in content/sources.yaml. */
export const sourceKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a source key is lower-case letters, digits and hyphens, e.g. "nsp-2024"')
  .superRefine((key, ctx) => {
    if (defined && !defined.has(key)) ctx.addIssue({ code: 'custom', message: unknownSourceKeyMessage(key) });
  });
