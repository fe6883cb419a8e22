/**
 * Fuzzy title matching for the command palette, as VS Code's Quick Open does it: the query's
 * letters must appear in order; consecutive letters and letters at the start of a word score
 * higher, and an exact substring beats a scattered match. Diacritics are folded for matching
 * ("forsorjning" finds "Försörjning") but an exact diacritic match still scores a little more.
 */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A score above 0 when `query` matches `text`; 0 when it does not. */
export function fuzzyScore(query: string, text: string): number {
  const q = fold(query.trim());
  if (!q) return 1;
  const t = fold(text);
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of q) {
    if (char === ' ') continue;
    const at = t.indexOf(char, from);
    if (at === -1) return 0;
    score += 1;
    if (at === previous + 1) score += 3;
    if (at === 0 || /[\s/–-]/.test(t[at - 1] ?? '')) score += 4;
    previous = at;
    from = at + 1;
  }
  const substring = t.indexOf(q);
  if (substring === 0) score += 20;
  else if (substring > 0) score += 10;
  if (text.toLowerCase().includes(query.trim().toLowerCase())) score += 2;
  // Shorter titles first among equal matches: "Ersättningar" before "Ersättningar 2022".
  return score + 1 / (1 + t.length);
}

/** The items whose label matches, best first. */
export function fuzzyFilter<T>(query: string, items: readonly T[], label: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, score: fuzzyScore(query, label(item)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.item);
}
