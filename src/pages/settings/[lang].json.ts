/** /settings/<lang>.json: the settings view's choices, fetched when the view first opens. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLang, languages } from '../../i18n';
import { settingsData } from '../../components/settings/settings-data';

export const getStaticPaths = (() => languages.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (!isLang(params.lang)) throw new Error(`settings: unknown language "${params.lang}"`);
  return new Response(JSON.stringify(await settingsData(params.lang)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
