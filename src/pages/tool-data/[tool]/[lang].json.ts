/**
 * /tool-data/<tool>/<lang>.json: a tool's rules, texts and sources in one language, fetched by its
 * island beside its code (src/components/calculator/shared.tsx, toolIsland; checked by src/lib/fetch-json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLang, languages, type Lang } from '../../../i18n';
import { calculatorData } from '../../../components/calculator/calculator-data';
import { scenarioData } from '../../../components/scenario/scenario-data';

const tools: Record<string, (lang: Lang) => Promise<unknown>> = { calculator: calculatorData, scenario: scenarioData };

export const getStaticPaths = (() => Object.keys(tools).flatMap((tool) => languages.map((lang) => ({ params: { tool, lang } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = params.tool ? tools[params.tool] : undefined;
  if (!data || !isLang(params.lang)) throw new Error(`tool-data: unknown tool or language "${params.tool}/${params.lang}"`);
  return new Response(JSON.stringify(await data(params.lang)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
