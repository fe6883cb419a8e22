import { z } from 'astro/zod';
import { changeNotesSchema } from './change-note';
import { sectionIds } from './sections';
import { sourceRefSchema } from './source-ref';

/** Front matter of a prose page in `content/pages/<lang>/**.mdx`. */
export const pageSchema = z.object({
  /** The page's title: the `<h1>`, the tab and the explorer entry (unless `navTitle` is set). */
  title: z.string().trim().min(2).max(90),
  /** A shorter label for the explorer, tabs and breadcrumbs when the title is long. */
  navTitle: z.string().trim().min(2).max(40).optional(),
  /** Meta description and search excerpt: one or two plain sentences. */
  description: z.string().trim().min(40).max(200),
  /**
   * Language-neutral identity shared by the Swedish and English versions of the page,
   * e.g. "programme/interventions". The language switch and hreflang pair pages by it.
   */
  key: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'use lower-case words joined by - and /'),
  /** Explorer folder the page sits in. */
  section: z.enum(sectionIds),
  /** Position within its folder; lower comes first. */
  order: z.number().int().min(0).max(999),
  /** Documents the page as a whole draws on, listed in "cite this page" (figures cite their own). */
  sources: z.array(sourceRefSchema).default([]),
  /**
   * Date the text was last checked against its sources (ISO date). Required: every page says how
   * current it is, beside "cite this page" and in the citation text.
   */
  reviewed: z.iso.date(),
  /**
   * What changed on the page and when (src/schemas/change-note.ts), oldest first. Written once, in
   * the Swedish twin's front matter (each note has both languages); the English twin carries none.
   * Every page needs at least one.
   */
  changes: changeNotesSchema.optional(),
});

export type PageData = z.infer<typeof pageSchema>;
