/**
 * /early/<hash>.js: the classic script in every page's <head> (src/components/workbench/early.ts,
 * bundled by src/integrations/early-script.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { earlyScript, earlyScriptName } from 'virtual:nsp/early-script';

export const getStaticPaths = (() => [{ params: { name: earlyScriptName } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(earlyScript, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
