/** /explorer/<lang>.json: every page of one language, for long explorer folders and the palette. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLang, languages } from '../../i18n';
import { listedPage } from '../../lib/explorer/page-list';
import { routesIn } from '../../lib/routes';

export const getStaticPaths = (() => languages.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (!isLang(params.lang)) throw new Error(`explorer page list: unknown language "${params.lang}"`);
  const pages = (await routesIn(params.lang)).map(listedPage);
  return new Response(JSON.stringify(pages), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
