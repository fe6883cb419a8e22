/** /statistik/data/over-tid.csv: every value of every series over time, one row each, with definition and source. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSeries } from '../../../lib/statistics/load-series';
import { seriesCsv, seriesRows } from '../../../lib/statistics/series-downloads';

export const GET: APIRoute = async () => {
  const bibliography = (await getCollection('sources')).map((e) => e.data);
  const rows = seriesRows(await getSeries(), bibliography);
  return new Response(seriesCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
