/**
 * The documented years and their rules, read from the content the site was built from (CONTENT_DIR,
 * as for the build; content/ by default). Tests take "the newest year" and its figures from here,
 * never from a literal year, so adding next year's file keeps them green (scripts/fictional-year.mjs
 * proves it on a copy with a made-up next year).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '');

/** Every year with a rates file, oldest first. */
export function documentedYears(): number[] {
  return readdirSync(join(contentDir, 'rates'))
    .flatMap((f) => (/^\d{4}\.yaml$/.test(f) ? [Number(f.slice(0, 4))] : []))
    .sort((a, b) => a - b);
}

/** The newest documented year: the calculator's and the rate pages' default. */
export function newestYear(): number {
  const years = documentedYears();
  if (years.length === 0) throw new Error(`${contentDir}/rates/ has no year files`);
  return years[years.length - 1] as number;
}

/** A year's rates file as YAML data (the tests compute expected figures from it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function rates(year: number): any {
  return parse(readFileSync(join(contentDir, 'rates', `${year}.yaml`), 'utf8'));
}

/** The ISO date `days` after `iso` (UTC calendar arithmetic). */
export function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
