/**
 * Every change note on the site, read from where editors write them (content/README.md, "Change
 * notes"): each page's Swedish front matter, the `changes:` list at the end of rates/<year>.yaml
 * and series/<id>.yaml, and the keyed files beside the YAML lists (legal/provisions.changes.yaml,
 * glossary.changes.yaml, requirements.changes.yaml). A bad note fails the build naming its file.
 */
import { getCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { legalAsOf, pageKeyOfLevel } from '../legal/data';
import type { SiteRoute } from '../routes';
import { checkKeyedNotes, checkNotes, newestFirst, type NoteTarget, type SiteChange } from './notes';

const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

let cache: Promise<SiteChange[]> | undefined;

/** Every change on the site, once each, newest first. */
export function siteChanges(): Promise<SiteChange[]> {
  cache ??= loadAll().then(newestFirst);
  return cache;
}

/** The changes a page lists: its own and those of the data it shows, newest first. */
export async function changesOf(route: Pick<SiteRoute, 'key'>): Promise<SiteChange[]> {
  return (await siteChanges()).filter((c) => c.pages.includes(route.key));
}

async function loadAll(): Promise<SiteChange[]> {
  const asOf = await legalAsOf();
  const all = (await Promise.all([pageNotes(asOf), ratesNotes(asOf), seriesNotes(asOf), listNotes(asOf)])).flat();
  const seen = new Set<string>();
  for (const c of all) {
    if (seen.has(c.id)) throw new Error(`${c.file}: two change notes share the id ${c.id}`);
    seen.add(c.id);
  }
  return all;
}

/** The Swedish twin carries a page's notes; every page needs one, and the English twin none. */
async function pageNotes(asOf: string): Promise<SiteChange[]> {
  const entries = await getCollection('pages');
  return entries.flatMap((entry) => {
    const file = entry.filePath ?? `content/pages/${entry.id}.mdx`;
    const notes = entry.data.changes;
    if (entry.filePath?.includes('/pages/en/') || entry.id.startsWith('en/')) {
      if (notes?.length) throw new Error(`${file}: change notes go in the Swedish twin's front matter only (each note has both languages)`);
      return [];
    }
    if (!notes?.length) throw new Error(`${file}: changes: every page needs at least one change note (see content/README.md, "Change notes")`);
    return checkNotes(notes, { file: file, origin: `page/${entry.data.key}`, target: { pages: [entry.data.key] }, asOf });
  });
}

/** A rates file's notes show on its year's page and on the comparison page ("rates"). */
async function ratesNotes(asOf: string): Promise<SiteChange[]> {
  return (await getCollection('rates')).flatMap(({ data, filePath }) =>
    checkNotes(data.changes, { file: filePath ?? `content/rates/${data.year}.yaml`, origin: `rates/${data.year}`, target: { pages: [`rates/${data.year}`, 'rates'] }, asOf }),
  );
}

/** A series' notes show on "statistics over time", at the series' chart. */
async function seriesNotes(asOf: string): Promise<SiteChange[]> {
  return (await getCollection('series')).flatMap(({ id, data, filePath }) =>
    checkNotes(data.changes, { file: filePath ?? `content/series/${id}.yaml`, origin: `series/${id}`, target: { pages: ['statistics/over-time'], anchor: `serie-${id}` }, asOf }),
  );
}

/** Notes kept beside a YAML list, keyed by entry id; the file is optional. */
function keyedFile(name: string, origin: string, asOf: string, targetOf: (id: string) => NoteTarget | undefined): SiteChange[] {
  const path = `${contentDir}/${name}`;
  if (!existsSync(path)) return [];
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`content/${name}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return checkKeyedNotes(raw, { file: `content/${name}`, origin, asOf, targetOf });
}

async function listNotes(asOf: string): Promise<SiteChange[]> {
  const provisions = new Map((await getCollection('legalProvisions')).map((e) => [e.data.id, e.data.level]));
  const glossary = new Set((await getCollection('glossary')).map((e) => e.id));
  const requirements = new Set((await getCollection('requirements')).map((e) => e.id));
  return [
    ...keyedFile('legal/provisions.changes.yaml', 'provision', asOf, (id) => {
      const level = provisions.get(id);
      return level ? { pages: [pageKeyOfLevel[level]], anchor: id } : undefined;
    }),
    ...keyedFile('glossary.changes.yaml', 'glossary', asOf, (id) => (glossary.has(id) ? { pages: ['glossary'], anchor: id } : undefined)),
    ...keyedFile('requirements.changes.yaml', 'requirement', asOf, (id) =>
      requirements.has(id) ? { pages: ['certification/requirements', 'certification/self-assessment'], anchor: `krav-${id}` } : undefined,
    ),
  ];
}
