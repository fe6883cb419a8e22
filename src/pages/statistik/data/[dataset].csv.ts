/** /statistik/data/<dataset>.csv: every stated figure of a dataset with its source (RFC 4180). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../../lib/statistics/downloads';
import { getDataset, getDatasets } from '../../../lib/statistics/load';

export const getStaticPaths = (async () => (await getDatasets()).map((d) => ({ params: { dataset: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const d = await getDataset(params.dataset ?? '');
  return new Response(datasetCsv(d), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
