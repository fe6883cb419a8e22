/**
 * Years inside the documented range that have no rules file (2023 lies between 2022 and 2024),
 * so lists of years can say plainly that such a year is not documented rather than skip it.
 */
export function undocumentedGaps(years: readonly string[]): string[] {
  if (years.length < 2) return [];
  const numbers = years.map(Number);
  const gaps: string[] = [];
  for (let y = Math.min(...numbers) + 1; y < Math.max(...numbers); y++) {
    if (!numbers.includes(y)) gaps.push(String(y));
  }
  return gaps;
}
