/** Reads every series over time from the content collection and resolves it (build time only). */
import { getCollection } from 'astro:content';
import { getDatasets } from './load';
import { buildSeries, sortSeries, type Series } from './series';

let cache: Promise<Series[]> | undefined;

/** All series, civil society first, then the regional coordinators, then the programme. */
export function getSeries(): Promise<Series[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<Series[]> {
  const datasets = await getDatasets();
  const lookup = (id: string) => datasets.find((d) => d.id === id);
  return sortSeries((await getCollection('series')).map((e) => buildSeries(e.id, e.data, lookup)));
}
