import { z } from 'astro/zod';
import { claimBasisSchema } from '../../calculators/rules-schema';
import { seqSchema } from './seq';
import { sourceRefSchema } from './source-ref';

/**
 * The areas the minimum requirements are grouped in, in the order the pages show them. Labels
 * live in the UI dictionaries (`requirements.area.<id>`).
 */
export const requirementAreas = ['knowledge', 'security', 'rights', 'state-obligations', 'children', 'documentation'] as const;
export type RequirementArea = (typeof requirementAreas)[number];

const localized = z.strictObject({
  /** Swedish text, in our own words. */
  sv: z.string().trim().min(3),
  /** English text, in our own words. */
  en: z.string().trim().min(3),
});

/**
 * What an entry is: `requirement`, a minimum requirement NSP sets for certified actors as the
 * reports describe it; `state-obligation`, something Sweden as a state has undertaken to offer
 * victims (the box in plattformen-2024), listed because NSP's requirement is that the support
 * matches these rights. A state obligation is not an NSP requirement and the pages say so.
 */
export const requirementKinds = ['requirement', 'state-obligation'] as const;

/**
 * One entry of `content/requirements.yaml`: a minimum requirement for certification as the
 * public reports describe it, or one of Sweden's obligations the support must match. The
 * programme's own requirements document is the authority; this is a summary of what the reports say.
 */
export const requirementSchema = z
  .strictObject({
  seq: seqSchema,
  /** Stable identifier, kebab-case; saved self-assessment files refer to it, so never reuse one. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case words joined by -'),
  /** The area the requirement belongs to (one of `requirementAreas`). */
  area: z.enum(requirementAreas),
  /** `requirement` (NSP's own, the default) or `state-obligation` (Sweden's, as a state). */
  kind: z.enum(requirementKinds).default('requirement'),
  /** How strong the requirement text is; omitted = stated by `source`. */
  basis: claimBasisSchema.optional(),
  /** What the programme expects of a certified actor, in both languages. */
  requirement: localized,
  /** What a shelter shows or does to meet it (routines, form answers, what it offers), in both languages. */
  evidence: localized,
  /** Where the requirement stands: source key and the document's own section. */
  source: sourceRefSchema,
  /** Where the evidence is described, when that is another place than `source`. */
  evidenceSource: sourceRefSchema.optional(),
  /** How strong the evidence text is; omitted = stated by `evidenceSource` (or `source`). */
  evidenceBasis: claimBasisSchema.optional(),
  /**
   * What changed about this entry since an earlier version of the list (moved to another area,
   * reworded in substance). A saved self-assessment that answers it opens as before, and the
   * visitor is told this so they can check their answer.
   */
  changed: z
    .strictObject({
      /** The day the list changed (ISO date); files saved before it are told. */
      date: z.iso.date(),
      /** What changed, in both languages. */
      text: localized,
    })
    .optional(),
  })
  .refine((r) => (r.kind === 'state-obligation') === (r.area === 'state-obligations'), {
    message: 'state obligations (kind: state-obligation) belong in area state-obligations, and only they',
    path: ['kind'],
  });

export type Requirement = z.infer<typeof requirementSchema>;
