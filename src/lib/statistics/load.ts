/** Reads every statistics dataset from the content collections (build time only). */
import { getCollection } from 'astro:content';
import { programmeDataset, statisticsDataset, type StatDataset } from './model';

let cache: Promise<StatDataset[]> | undefined;

/** NSP years first (oldest first), then other sources' datasets by year and id. */
export function getDatasets(): Promise<StatDataset[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<StatDataset[]> {
  const programme = (await getCollection('programme')).map((e) => programmeDataset(e.data)).sort((a, b) => a.year - b.year);
  const other = (await getCollection('statistics'))
    .map((e) => statisticsDataset(e.id, e.data))
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  return [...programme, ...other];
}

/** A dataset by id; an unknown id stops the build and lists the known ones. */
export async function getDataset(id: string): Promise<StatDataset> {
  const all = await getDatasets();
  const d = all.find((x) => x.id === id);
  if (!d) throw new Error(`statistics: no dataset "${id}" (known: ${all.map((x) => x.id).join(', ')})`);
  return d;
}
