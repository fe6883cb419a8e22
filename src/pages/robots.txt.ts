import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

/**
 * robots.txt: every page may be crawled; the sitemap is named when the build knows the site's
 * address (SITE_URL; see [sitemap].xml.ts). Crawlers read robots.txt only at a domain's root, so
 * under a sub-path (BASE_PATH) this file is for the host's own root to adopt.
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(withBase('/sitemap.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
