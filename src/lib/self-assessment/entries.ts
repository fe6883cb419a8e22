/**
 * The shape of the self-assessment's answers, shared by the store (src/stores/self-assessment.ts)
 * and the island's file logic (src/components/self-assessment/assessment.ts). It lives here so the
 * store takes nothing from a component folder.
 */

/** The answers a requirement can get. */
export const answers = ['yes', 'partly', 'no'] as const;
export type Answer = (typeof answers)[number];

/** One requirement's answer and note. */
export interface Entry {
  answer?: Answer | undefined;
  note: string;
}

/** Every answered requirement by id. */
export type Entries = Record<string, Entry>;
