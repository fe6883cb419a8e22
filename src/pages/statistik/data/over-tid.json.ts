/** /statistik/data/over-tid.json: the series over time with what each counts, its gaps, definition changes and every value's source. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSeries } from '../../../lib/statistics/load-series';
import { seriesJson, seriesRows } from '../../../lib/statistics/series-downloads';

export const GET: APIRoute = async () => {
  const bibliography = (await getCollection('sources')).map((e) => e.data);
  const all = await getSeries();
  return new Response(seriesJson(all, seriesRows(all, bibliography)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
