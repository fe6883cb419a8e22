import { z } from 'astro/zod';
import { sourceKeySchema } from '../../calculators/source-keys';

/**
 * A citation key. The keys are whatever `content/sources.yaml` defines (no list in code): the build
 * reads that file first (src/content.config.ts) and a key it does not define fails with a message
 * saying where to add it (calculators/source-keys.ts).
 */
export { sourceKeySchema };
export type SourceKey = string;

/** Where a fact stands: a source key plus the document's own section or page (never a line number of the text copies). */
export const sourceRefSchema = z.object({
  /** Citation key of the document, one that content/sources.yaml defines. */
  key: sourceKeySchema,
  /** The document's own section title or number, or page, e.g. "1.2" or "Ärendehantering 2022". */
  section: z.string().trim().min(1),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;

/** Whether two citations name the same section of the same source. */
export function sameSourceRef(a: SourceRef, b: SourceRef): boolean {
  return a.key === b.key && a.section === b.section;
}
