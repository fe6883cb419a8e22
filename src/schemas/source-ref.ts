import { z } from 'astro/zod';

/** The citation keys of ../shared/sources/README.md; `content/sources.yaml` describes each. */
export const sourceKeys = [
  'nsp-2022',
  'nsp-2024',
  'nsp-webb',
  'plattformen-2024',
  'remissvar-sou-2023-97',
  'sou-2023-97',
  // trust (issue 11): the licensing requirement, for the certification pages.
  'prop-2023-24-31',
  'ivo-skyddat-boende-2024',
] as const;

export type SourceKey = (typeof sourceKeys)[number];

/** Where a fact stands: a source key plus the document's own section or page (never a line number of the text copies). */
export const sourceRefSchema = z.object({
  /** Citation key of the document, one of `sourceKeys`. */
  key: z.enum(sourceKeys),
  /** The document's own section title or number, or page, e.g. "1.2" or "Ärendehantering 2022". */
  section: z.string().trim().min(1),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
