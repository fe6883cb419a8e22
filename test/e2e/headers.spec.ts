import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cspDisagreements, hashesMissingFromHeader, metaCspOf, parseCsp } from '../../scripts/lib/csp.mjs';
import { builtPages, outDir, rel } from '../support/built-pages';
import { installGuard, type Guard } from '../support/guarded';

/**
 * The headers a static host sends from dist/_headers (served here by scripts/serve.mjs exactly
 * as Netlify and Cloudflare Pages read it): the security headers on every response, a CSP
 * header that agrees with each page's CSP <meta>, and caching that fits each kind of file.
 */
const security: Record<string, RegExp> = {
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'strict-transport-security': /^max-age=(\d{8,})/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'permissions-policy': /(?=.*\bcamera=\(\))(?=.*\bmicrophone=\(\))(?=.*\bgeolocation=\(\))(?=.*\bpayment=\(\))(?=.*\busb=\(\))/,
};

test('every page is sent with the security headers and a CSP header that agrees with its <meta>', async ({ request }) => {
  const problems: string[] = [];
  for (const path of builtPages()) {
    const response = await request.get(rel(path));
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(security)) {
      if (!pattern.test(headers[name] ?? '')) problems.push(`${path}: ${name} is "${headers[name] ?? '(missing)'}"`);
    }
    const hsts = Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1] ?? 0);
    if (hsts < 15_768_000) problems.push(`${path}: HSTS max-age ${hsts} is under six months`);
    const headerCsp = headers['content-security-policy'];
    const metaCsp = metaCspOf(await response.text());
    if (!headerCsp || !metaCsp) {
      problems.push(`${path}: CSP header ${headerCsp ? 'present' : 'missing'}, <meta> ${metaCsp ? 'present' : 'missing'}`);
      continue;
    }
    const header = parseCsp(headerCsp);
    const meta = parseCsp(metaCsp);
    problems.push(...cspDisagreements(header, meta).map((p) => `${path}: ${p}`));
    problems.push(...hashesMissingFromHeader(header, meta).map((h) => `${path}: header blocks ${h}, which the <meta> allows`));
    if (header.get('frame-ancestors')?.join(' ') !== "'none'") problems.push(`${path}: frame-ancestors is not 'none'`);
    if (header.get('default-src')?.join(' ') !== "'none'") problems.push(`${path}: default-src is not 'none'`);
    for (const [name, sources] of [...header, ...meta]) {
      if (sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'https:', 'http:'].includes(s) && name !== 'img-src')) {
        problems.push(`${path}: ${name} allows ${sources.join(' ')}`);
      }
    }
    if (/immutable|max-age=[1-9]/.test(headers['cache-control'] ?? '')) problems.push(`${path}: HTML is cached (${headers['cache-control']})`);
  }
  expect(problems).toEqual([]);
});

test('hashed files are cached for a year; unhashed ones are revalidated', async ({ request }) => {
  const astro = readdirSync(join(outDir, '_astro')).map((f) => `/_astro/${f}`);
  // The script every page runs in <head> (src/components/workbench/early.ts).
  const early = readdirSync(join(outDir, 'early')).map((f) => `/early/${f}`);
  expect(early).toHaveLength(1);
  expect((await request.get(rel(early[0]!))).headers()['content-type']).toMatch(/^text\/javascript/);
  const fragments = readdirSync(join(outDir, 'pagefind', 'fragment')).slice(0, 3).map((f) => `/pagefind/fragment/${f}`);
  const indexes = readdirSync(join(outDir, 'pagefind', 'index')).slice(0, 3).map((f) => `/pagefind/index/${f}`);
  expect(astro.length).toBeGreaterThan(0);
  for (const path of [...astro, ...early, ...fragments, ...indexes]) {
    const response = await request.get(rel(path));
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg', '/robots.txt']) {
    const response = await request.get(rel(path));
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
});

test('an unknown address gets the 404 page with the same security headers', async ({ request }) => {
  const response = await request.get(rel('/finns-inte/'));
  expect(response.status()).toBe(404);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(await response.text()).toContain('<h1>Sidan finns inte</h1>');
});

// The guard that fails every e2e test on a CSP violation must itself see one: inject a script
// the policy does not allow and check that it neither runs nor goes unnoticed.
test('the CSP blocks an injected inline script, and the guard reports it', async ({ page, context, baseURL }) => {
  const guard: Guard = { cspViolations: [], foreignRequests: [], consoleErrors: [], cookieHeaders: [], localStorageWrites: [] };
  await installGuard(context, new URL(baseURL ?? '').origin, guard);
  await page.goto(rel('/'));
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => guard.cspViolations.join('\n')).toMatch(/script-src(-elem)? blocked inline/);
  await page.evaluate(() => window.localStorage.setItem('probe', '1'));
  expect(guard.localStorageWrites).toEqual(['probe']);
  await page.evaluate(() => window.localStorage.clear());
});
