import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspDisagreements, formatCsp, isHash, metaCspOf, parseCsp } from '../../scripts/lib/csp.mjs';

/** Cloudflare Pages ignores a `_headers` line longer than this (its documented limit). */
const MAX_LINE = 2000;

/**
 * Finishes `dist/_headers` (copied from `public/_headers`) after the pages are built:
 *
 * - Browsers enforce the CSP header and the CSP `<meta>` Astro writes into each page together:
 *   a script runs only if both allow it. So the header's script-src and style-src get every hash
 *   that any page's `<meta>` carries; otherwise the header would block the inline scripts the
 *   `<meta>` allows. (The header cannot differ per page on a static host, so it holds the union.)
 * - The header and the `<meta>` must name the same directives with the same sources (hashes
 *   aside); a mismatch fails the build, naming the directive, so the two can never drift apart.
 * - Rule paths get the base path, because hosts match them against the full URL path.
 * - Astro writes the hashes of every inline script and style of the whole site into every page's
 *   `<meta>`; each page keeps only the hashes of the blocks it really holds (a few hundred
 *   incompressible bytes less per page). The header keeps them all, so both still allow a page's
 *   own blocks and nothing else runs that the site did not write.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'nsp-guiden:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `/${config.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const headersPath = join(outDir, '_headers');
        let text: string;
        try {
          text = readFileSync(headersPath, 'utf8');
        } catch {
          throw new Error('public/_headers is missing: the site cannot be released without its security headers');
        }
        const pages = htmlFiles(outDir);
        const hashes = new Map<string, Set<string>>();
        let header: Map<string, string[]> | undefined;
        const cspLine = /^(\s+Content-Security-Policy:\s*)(.*)$/im.exec(text);
        if (!cspLine?.[2]) throw new Error('public/_headers has no Content-Security-Policy line');
        header = parseCsp(cspLine[2]);
        for (const file of pages) {
          const name = relative(outDir, file);
          const meta = metaCspOf(readFileSync(file, 'utf8'));
          if (!meta) throw new Error(`${name} has no CSP <meta>: is security.csp still on in astro.config.mjs?`);
          const policy = parseCsp(meta);
          const problems = cspDisagreements(header, policy);
          if (problems.length) {
            throw new Error(`The CSP in public/_headers and the one in astro.config.mjs (in ${name}) disagree:\n  ${problems.join('\n  ')}`);
          }
          for (const [directive, sources] of policy) {
            for (const source of sources.filter(isHash)) {
              const set = hashes.get(directive) ?? new Set<string>();
              set.add(source);
              hashes.set(directive, set);
            }
          }
          trimMetaHashes(file, policy);
        }
        for (const [directive, set] of hashes) {
          const sources = header.get(directive) ?? [];
          header.set(directive, [...sources.filter((s) => !isHash(s)), ...[...set].sort()]);
        }
        const line = `${cspLine[1]}${formatCsp(header)}`;
        if (line.length > MAX_LINE) {
          throw new Error(
            `The CSP header is ${line.length} characters long; Cloudflare Pages ignores _headers lines over ${MAX_LINE}. ` +
              'Too many distinct inline scripts or styles: move some into files (Astro bundles <script> blocks).',
          );
        }
        const out = text
          .replace(cspLine[0], line)
          .split('\n')
          .map((l) => (l.startsWith('/') && base !== '/' ? `${base}${l.slice(1)}` : l))
          .join('\n');
        writeFileSync(headersPath, out);
        const count = [...hashes.values()].reduce((n, s) => n + s.size, 0);
        logger.info(`_headers: CSP header agrees with ${pages.length} pages' <meta> policies; ${count} hashes added`);
      },
    },
  };
}

const inlineBlocks = { 'script-src': /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g, 'style-src': /<style[^>]*>([\s\S]*?)<\/style>/g } as const;

/**
 * Rewrites a page's CSP `<meta>` with only the hashes of its own inline scripts and styles. A
 * page whose blocks are not all among the hashes Astro wrote keeps its policy untouched.
 */
function trimMetaHashes(file: string, policy: Map<string, string[]>): void {
  const html = readFileSync(file, 'utf8');
  const trimmed = new Map(policy);
  for (const [directive, pattern] of Object.entries(inlineBlocks)) {
    const own = new Set([...html.matchAll(pattern)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`));
    const sources = policy.get(directive) ?? [];
    if ([...own].some((h) => !sources.includes(h))) return;
    trimmed.set(directive, sources.filter((s) => !isHash(s) || own.has(s)));
  }
  const tag = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  if (!tag) return;
  writeFileSync(file, html.replace(tag, `<meta http-equiv="content-security-policy" content="${formatCsp(trimmed).replaceAll('&', '&amp;').replaceAll('"', '&quot;')};">`));
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro' && entry.name !== 'pagefind') out.push(...htmlFiles(full));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}
