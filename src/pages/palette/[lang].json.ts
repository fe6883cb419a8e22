/** /palette/<lang>.json: the command palette's texts and commands, fetched on its first open. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLang, languages } from '../../i18n';
import { paletteData } from '../../components/command-palette/palette-data';

export const getStaticPaths = (() => languages.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (!isLang(params.lang)) throw new Error(`palette: unknown language "${params.lang}"`);
  return new Response(JSON.stringify(await paletteData(params.lang)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
