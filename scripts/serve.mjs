#!/usr/bin/env node
/**
 * Serves the production build the way a static host does: files from dist/, the 404 page for
 * unknown paths, the headers of dist/_headers, and the site under BASE_PATH when one is set.
 *   PORT (default 4321), HOST (default 127.0.0.1), OUT_DIR (default dist), BASE_PATH (default /)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';

const root = resolve(process.env.OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No build in ${root}. Run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const headersPath = resolve(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const notFound = readFileSync(resolve(root, '404.html'));
const files = sirv(root, { etag: true, dotfiles: false, extensions: ['html'] });

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    if (url.pathname === '/' && base !== '/') {
      res.writeHead(302, { location: base }).end();
      return;
    }
    return sendNotFound(res, url.pathname);
  }
  const inner = `/${url.pathname.slice(base.length)}`;
  // The build prefixes _headers paths with the base, as hosts match them against the full path.
  applyHeaders(res, url.pathname);
  req.url = `${inner}${url.search}`;
  files(req, res, () => sendNotFound(res, inner));
});

/**
 * The headers of _headers for this path. Where it sets no Cache-Control (HTML, unhashed files),
 * send "no-cache" as Netlify and Cloudflare Pages do by default: revalidate on every visit.
 * @param {import('node:http').ServerResponse} res @param {string} path
 */
function applyHeaders(res, path) {
  const headers = headersFor(rules, path);
  for (const [name, value] of headers) res.setHeader(name, value);
  if (!headers.has('cache-control')) res.setHeader('cache-control', 'no-cache');
}

/** @param {import('node:http').ServerResponse} res @param {string} path */
function sendNotFound(res, path) {
  applyHeaders(res, path.startsWith(base) ? path : `${base}${path.slice(1)}`);
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
}

server.listen(port, host, () => {
  console.log(`NSP-guiden is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}  (Ctrl+C stops it)`);
});
