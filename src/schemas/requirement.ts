import { z } from 'astro/zod';
import { seqSchema } from './seq';
import { sourceRefSchema } from './source-ref';

/**
 * The areas the minimum requirements are grouped in, in the order the pages show them. Labels
 * live in the UI dictionaries (`requirements.area.<id>`).
 */
export const requirementAreas = ['knowledge', 'security', 'rights', 'children', 'documentation'] as const;
export type RequirementArea = (typeof requirementAreas)[number];

const localized = z.strictObject({
  /** Swedish text, in our own words. */
  sv: z.string().trim().min(3),
  /** English text, in our own words. */
  en: z.string().trim().min(3),
});

/**
 * One entry of `content/requirements.yaml`: a minimum requirement for certification as the
 * public reports describe it. The programme's own requirements document is the authority; this is
 * a summary of what the reports say.
 */
export const requirementSchema = z.strictObject({
  seq: seqSchema,
  /** Stable identifier, kebab-case; saved self-assessment files refer to it, so never reuse one. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case words joined by -'),
  /** The area the requirement belongs to (one of `requirementAreas`). */
  area: z.enum(requirementAreas),
  /** What the programme expects of a certified actor, in both languages. */
  requirement: localized,
  /** What a shelter shows or does to meet it (routines, form answers, what it offers), in both languages. */
  evidence: localized,
  /** Where the requirement stands: source key and the document's own section. */
  source: sourceRefSchema,
  /** Where the evidence is described, when that is another place than `source`. */
  evidenceSource: sourceRefSchema.optional(),
});

export type Requirement = z.infer<typeof requirementSchema>;
