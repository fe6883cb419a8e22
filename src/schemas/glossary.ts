import { z } from 'astro/zod';
import { sourceRefSchema } from './source-ref';

/** A text in both languages. */
const localized = z.object({
  /** Swedish text. */
  sv: z.string().trim().min(1),
  /** English text. */
  en: z.string().trim().min(1),
});

/** Other names for a term in one language: each non-empty and at most a short phrase. */
const names = z.array(z.string().trim().min(2).max(80)).default([]);

/** One entry of `content/glossary.yaml`: a term a reader meets on the site, defined in both languages. */
export const glossaryEntrySchema = z.object({
  /**
   * Stable identity and the entry's anchor on the glossary page (`/ordlista/#betanketid`):
   * lower-case ASCII words joined by hyphens. Never change it once published.
   */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case ASCII words joined by -'),
  /** The term as a reader meets it, in each language ("betänketid" / "reflection period"). */
  term: localized,
  /**
   * Other names, abbreviations and spellings of the same term, per language (e.g. "reflektionsperiod"
   * for betänketid, "TUT" for tidsbegränsat uppehållstillstånd). Linked on first use like the term
   * itself, listed on the glossary page and added to the search index of every page that uses the term.
   */
  synonyms: z
    .object({
      /** Swedish alternatives. */
      sv: names,
      /** English alternatives. */
      en: names,
    })
    .default({ sv: [], en: [] }),
  /** What the term means, in our own plain words, one to three sentences per language. */
  definition: z.object({
    /** Swedish definition. */
    sv: z.string().trim().min(20).max(700),
    /** English definition. */
    en: z.string().trim().min(20).max(700),
  }),
  /** The documents (and their own sections) the definition rests on; empty only for plain language use. */
  sources: z.array(sourceRefSchema).default([]),
  /** Ids of other glossary entries a reader should look at next ("see also"). */
  seeAlso: z.array(z.string()).default([]),
  /** Route keys (from src/lib/routes.ts) of the pages that explain the term in depth. */
  related: z.array(z.string().trim().min(1)).default([]),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
