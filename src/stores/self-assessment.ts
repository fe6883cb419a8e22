import { map } from 'nanostores';
import type { Answer, Entries, Entry } from '../lib/self-assessment/entries';
import { readSession, writeSession } from './session';

/**
 * The self-assessment's answers and notes. They live in memory and in sessionStorage (through
 * session.ts, so the quick exit clears them); nothing is sent anywhere or kept after the session.
 * Only a file the user chooses to save outlives it.
 */
export const assessment = map<Entries>({});

const storageKey = 'self-assessment';
let loaded = false;

/** Restores the answers kept earlier in this session; call once when the island starts. */
export function loadAssessment(known: readonly string[]): void {
  if (loaded) return;
  loaded = true;
  const kept = readSession(storageKey);
  if (!kept) return;
  try {
    const raw = JSON.parse(kept) as Record<string, Partial<Entry>>;
    const entries: Entries = {};
    for (const id of known) {
      const e = raw[id];
      if (!e) continue;
      const answer = e.answer === 'yes' || e.answer === 'partly' || e.answer === 'no' ? e.answer : undefined;
      entries[id] = { answer, note: typeof e.note === 'string' ? e.note : '' };
    }
    assessment.set(entries);
  } catch {
    // A damaged session value is simply dropped.
  }
}

function persist(): void {
  writeSession(storageKey, JSON.stringify(assessment.get()));
}

export function setAnswer(id: string, answer: Answer): void {
  const current = assessment.get()[id] ?? { note: '' };
  assessment.setKey(id, { ...current, answer });
  persist();
}

export function setNote(id: string, note: string): void {
  const current = assessment.get()[id] ?? { note: '' };
  assessment.setKey(id, { ...current, note });
  persist();
}

/** Replaces every answer, e.g. with a file the user opened. */
export function replaceAssessment(entries: Entries): void {
  assessment.set({ ...entries });
  persist();
}

export function clearAssessment(): void {
  assessment.set({});
  persist();
}
