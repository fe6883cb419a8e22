import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/lib/static-server.mjs';

/**
 * The local host that `npm start`, the end-to-end tests and Lighthouse use sends text compressed,
 * as Netlify, Cloudflare Pages and GitHub Pages do: a page measured here loads the bytes a
 * visitor's browser would load, and reads the same once decompressed.
 */
const page = `<!doctype html><title>Start</title>${'<p>Nationella stödprogrammet</p>'.repeat(200)}`;
const css = `body { color: #222; }\n${'.a { margin: 0; }\n'.repeat(100)}`;
let origin = '';
let close = () => {};

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'nsp-static-'));
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'pagefind'));
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(root, '_astro', 'base.css'), css);
  writeFileSync(join(root, 'pagefind', 'index.pf_meta'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  const server = createStaticServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the local static host', () => {
  it('sends a page gzip-compressed to a browser that accepts it, with its headers, and it reads the same', async () => {
    const res = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(res.headers['content-length'])).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(gunzipSync(res.body).toString('utf8')).toBe(page);
  });

  it('compresses stylesheets too, and answers a repeat visit with 304', async () => {
    const first = await get('/_astro/base.css', { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(first.body).toString('utf8')).toBe(css);
    const again = await get('/_astro/base.css', { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('sends the file as it is to a client without gzip', async () => {
    const res = await get('/');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(page);
  });

  it('leaves Pagefind’s own compressed index files as they are', async () => {
    const res = await get('/pagefind/index.pf_meta', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect([...res.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
  });

  it('answers a path outside the build, or an unknown one, with the 404 page', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/nope/']) {
      const res = await get(path, { 'accept-encoding': 'gzip' });
      expect(res.status, path).toBe(404);
      expect(res.body.toString('utf8'), path).toContain('Not found');
    }
  });
});
