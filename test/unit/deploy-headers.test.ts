import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspDisagreements, hashesMissingFromHeader, metaCspOf, parseCsp } from '../../scripts/lib/csp.mjs';
import { nginxLocations } from '../../scripts/deploy/nginx-headers.mjs';

/**
 * The pieces that keep the site's two CSPs and its three kinds of host in step: the policy
 * comparison the build and the e2e tests rely on, and the _headers → nginx conversion.
 */
const headersFile = readFileSync('public/_headers', 'utf8');

describe('CSP comparison', () => {
  const header = parseCsp("default-src 'none'; script-src 'self' 'sha256-AAA='; frame-ancestors 'none'");

  it('accepts a <meta> policy that differs only in hashes and header-only directives', () => {
    const meta = parseCsp("default-src 'none'; script-src 'self' 'sha256-AAA='");
    expect(cspDisagreements(header, meta)).toEqual([]);
    expect(hashesMissingFromHeader(header, meta)).toEqual([]);
  });

  it('names a directive the two policies disagree on, or that one lacks', () => {
    const meta = parseCsp("default-src 'self'; script-src 'self'; img-src 'self'");
    expect(cspDisagreements(header, meta)).toEqual([
      `default-src: header allows "'none'", <meta> allows "'self'"`,
      'img-src is in the <meta> policy but not in the header',
    ]);
  });

  it('finds a hash the <meta> allows but the header would block', () => {
    const meta = parseCsp("default-src 'none'; script-src 'self' 'sha256-BBB='");
    expect(hashesMissingFromHeader(header, meta)).toEqual(["script-src 'sha256-BBB='"]);
  });

  it('refuses a policy that names a directive twice', () => {
    expect(() => parseCsp("script-src 'self'; script-src 'none'")).toThrow(/twice/);
  });

  it('reads the policy out of a page, entities decoded', () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src &#39;none&#39;; img-src &#39;self&#39;">`;
    expect(metaCspOf(html)).toBe("default-src 'none'; img-src 'self'");
  });
});

describe('nginx configuration from _headers', () => {
  const conf = nginxLocations(headersFile);
  const block = (location: string) => {
    const start = conf.indexOf(`${location} {`);
    return start < 0 ? '' : conf.slice(start, conf.indexOf('\n}', start));
  };

  it('repeats the site-wide security headers in every location, as nginx needs', () => {
    for (const location of ['location /', 'location ^~ /_astro/', 'location ^~ /pagefind/fragment/']) {
      const b = block(location);
      for (const name of ['Content-Security-Policy', 'X-Frame-Options', 'Strict-Transport-Security', 'Permissions-Policy', 'Referrer-Policy']) {
        expect(b, `${location} ${name}`).toContain(`add_header ${name} `);
      }
    }
  });

  it('caches hashed files for a year and revalidates everything else', () => {
    expect(block('location ^~ /_astro/')).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(block('location /')).toContain('add_header Cache-Control "no-cache" always;');
    expect(block('location /')).toContain('error_page 404 /404.html;');
  });

  it('follows the base path the build wrote into _headers', () => {
    const sub = nginxLocations(headersFile.replace(/^\/(?=\S)/gm, '/nsp-guiden/'));
    expect(sub).toContain('location /nsp-guiden/ {');
    expect(sub).toContain('location ^~ /nsp-guiden/_astro/ {');
    expect(sub).toContain('error_page 404 /nsp-guiden/404.html;');
  });

  it('refuses a path pattern it cannot express', () => {
    expect(() => nginxLocations(`${headersFile}\n/*.css\n  X-Test: 1\n`)).toThrow(/only "\/folder\/\*" and exact paths/);
  });
});
