import { defineMiddleware } from 'astro:middleware';
import { shortenRepeatedCitations } from './components/cite/short-form';

/**
 * Runs on every page as it is built (all pages are prerendered): each source's title is read out
 * at its first citation only (src/components/cite/short-form.ts). Other responses pass as they are.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  return new Response(shortenRepeatedCitations(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
