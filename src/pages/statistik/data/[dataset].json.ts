/** /statistik/data/<dataset>.json: a dataset's figures, gaps and discrepancies, with its bibliography entries. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { datasetJson } from '../../../lib/statistics/downloads';
import { getDataset, getDatasets } from '../../../lib/statistics/load';

export const getStaticPaths = (async () => (await getDatasets()).map((d) => ({ params: { dataset: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const d = await getDataset(params.dataset ?? '');
  const bibliography = (await getCollection('sources')).map((e) => e.data);
  return new Response(datasetJson(d, bibliography), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
