import { z } from 'astro/zod';

const localized = z.object({
  /** Swedish text. */
  sv: z.string().trim().min(1),
  /** English text. */
  en: z.string().trim().min(1),
});

/** One entry of `content/sources.yaml`, the site's bibliography. */
export const sourceSchema = z.object({
  /** Citation key used by every figure and page, e.g. "nsp-2024": lower-case letters, digits and hyphens. This file is where keys are defined. */
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'write the key in lower-case letters, digits and hyphens, e.g. "nsp-2025"'),
  /** The document's title as published, in its own language. */
  title: z.string().trim().min(3),
  /** The title's language where it is not Swedish (e.g. "en" for an EU institution's English page), so it is marked up right. */
  titleLang: z.enum(['sv', 'en']).default('sv'),
  /** Who published it. */
  publisher: z.string().trim().min(2),
  /** Year of publication. */
  year: z.number().int().min(1990).max(2100),
  /** The year or period the document reports on, if different from `year`. */
  covers: z.string().trim().optional(),
  /** Kind of document, e.g. annual report, consultation response, government inquiry. */
  kind: localized,
  /** What the site uses it for, in both languages. */
  summary: localized,
  /** Public address where a reader can find the document (shown as text, never fetched). */
  url: z.url().optional(),
  /** Publication date as precise as the document gives it (YYYY, YYYY-MM or YYYY-MM-DD), where known. */
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  /** The day the site's editors read the document (YYYY-MM-DD), for web pages and legal sources that can change. */
  read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD').optional(),
});

export type Source = z.infer<typeof sourceSchema>;
