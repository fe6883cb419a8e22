/**
 * Pagefind's ranking for this site. Swedish words that differ only by å, ä or ö are different
 * words ("får" is not "far"), so a match with the same diacritics must outrank one without;
 * a query typed without them still finds the page through Pagefind's normalised index.
 */
export const pagefindRanking = {
  diacriticSimilarity: 20,
} as const;
