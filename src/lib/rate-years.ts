import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The rules years the site documents: one per `content/rates/<year>.yaml` file, oldest first.
 * Read from the file names at build time so a new year file shows up in the status bar and the
 * palette without touching code; no folder (or no files) gives an empty list, which hides the
 * rate-year controls instead of offering years the site cannot show.
 */
export function documentedRateYears(contentDir = process.env['CONTENT_DIR'] ?? './content'): string[] {
  let names: string[];
  try {
    names = readdirSync(join(contentDir, 'rates'));
  } catch {
    return [];
  }
  return names
    .map((name) => /^(\d{4})\.ya?ml$/.exec(name)?.[1])
    .filter((year): year is string => year !== undefined)
    .sort();
}

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
