/**
 * The static host in miniature: files from a build folder, the 404 page for unknown paths, the
 * headers of its _headers file, text compressed as every static host compresses it, and the site
 * under a base path. scripts/serve.mjs runs it for people and the end-to-end tests; the
 * benchmark and Lighthouse run it in-process to count what is sent.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup as mimeType } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/** "/nsp-guiden/" from "nsp-guiden", "/nsp-guiden/" or "/" */
export function normaliseBase(value = '/') {
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/**
 * @param {{ root: string, base?: string, onResponse?: (entry: { path: string, status: number }) => void }} options
 */
export function createStaticServer({ root: folder, base: rawBase = '/', onResponse }) {
  const root = resolve(folder);
  const base = normaliseBase(rawBase);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No build in ${root}. Run "npm run build" first (or "npm start", which builds and serves).`);
  }
  const headersPath = resolve(root, '_headers');
  /** @type {{ stamp: number, rules: ReturnType<typeof parseHeadersFile>, notFound: Buffer, files: ReturnType<typeof sirv> } | undefined} */
  let build;
  /**
   * The current build. sirv lists the folder's files once, so after a rebuild it would keep
   * serving the old list (the new search index's files would be 404). When index.html has
   * changed since, the list, _headers and the 404 page are read again: no restart needed.
   */
  function current() {
    const stamp = statSync(resolve(root, 'index.html')).mtimeMs;
    if (build?.stamp !== stamp) {
      const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
      build = { stamp, rules, notFound: readFileSync(resolve(root, '404.html')), files: sirv(root, { etag: true, dotfiles: false, extensions: ['html'] }) };
    }
    return build;
  }
  current();

  /**
   * The headers of _headers for this path. Where it sets no Cache-Control (HTML, unhashed
   * files), send "no-cache" as Netlify and Cloudflare Pages do by default: revalidate each visit.
   * @param {import('node:http').ServerResponse} res @param {string} path
   */
  function applyHeaders(res, path) {
    const headers = headersFor(current().rules, path);
    for (const [name, value] of headers) res.setHeader(name, value);
    if (!headers.has('cache-control')) res.setHeader('cache-control', 'no-cache');
  }

  /**
   * Netlify, Cloudflare Pages and GitHub Pages all send HTML, CSS, JavaScript and other text
   * compressed; served raw, a page would load several times its real bytes and Lighthouse would
   * time a network no visitor has. Pagefind's index files are compressed already and go through
   * sirv as they are. Compressed once per file and build (the key holds size and mtime).
   * @type {Map<string, Buffer>}
   */
  const gzipped = new Map();

  /** The file sirv would serve for a path (index.html of a folder, or the `.html` beside it). */
  function fileFor(inner) {
    const name = decodeURIComponent(inner);
    const candidates = name.endsWith('/') ? [`${name}index.html`] : [name, `${name}.html`, `${name}/index.html`];
    for (const candidate of candidates) {
      const abs = resolve(root, `.${candidate}`);
      if (!abs.startsWith(root + sep) || /[\\/]\./.test(candidate)) continue;
      const stats = existsSync(abs) ? statSync(abs) : undefined;
      if (stats?.isFile()) return { abs, stats };
    }
    return undefined;
  }

  /**
   * Sends a text file gzip-compressed when the browser accepts it; returns false to leave the
   * request to sirv (other files, ranges, clients without gzip).
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} inner
   */
  function sendCompressed(req, res, inner) {
    if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) || req.headers.range) return false;
    let found;
    try {
      found = fileFor(inner);
    } catch {
      return false; // a malformed %-escape: sirv answers it
    }
    const type = found && mimeType(found.abs);
    if (!found || !type || !/^(text\/|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/.test(type)) return false;
    const { abs, stats } = found;
    const etag = `W/"${stats.size}-${stats.mtime.getTime()}-gzip"`;
    res.setHeader('vary', 'Accept-Encoding');
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return true;
    }
    const key = `${abs}\0${stats.size}\0${stats.mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(abs), { level: 9 }));
    const body = /** @type {Buffer} */ (gzipped.get(key));
    res.writeHead(200, {
      'content-type': type === 'text/html' ? 'text/html;charset=utf-8' : type,
      'content-encoding': 'gzip',
      'content-length': body.length,
      'last-modified': stats.mtime.toUTCString(),
      etag,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  /** @param {import('node:http').ServerResponse} res @param {string} path */
  function sendNotFound(res, path) {
    applyHeaders(res, path.startsWith(base) ? path : `${base}${path.slice(1)}`);
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(current().notFound);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (onResponse) res.on('finish', () => onResponse({ path: url.pathname, status: res.statusCode }));
    if (!url.pathname.startsWith(base)) {
      if (url.pathname === '/' && base !== '/') {
        res.writeHead(302, { location: base }).end();
        return;
      }
      return sendNotFound(res, url.pathname);
    }
    try {
      current();
    } catch {
      // Mid-rebuild: index.html is not written yet.
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }).end('The site is being rebuilt; reload in a moment.\n');
      return;
    }
    const inner = `/${url.pathname.slice(base.length)}`;
    // The build prefixes _headers paths with the base, as hosts match them against the full path.
    applyHeaders(res, url.pathname);
    if (sendCompressed(req, res, inner)) return;
    req.url = `${inner}${url.search}`;
    current().files(req, res, () => sendNotFound(res, inner));
  });
}
