#!/usr/bin/env node
/**
 * Serves the production build the way a static host does: files from dist/, the 404 page for
 * unknown paths, the headers of dist/_headers, and the site under BASE_PATH when one is set.
 *   PORT (default 4321), HOST (default 127.0.0.1), OUT_DIR (default dist), BASE_PATH (default /)
 */
import { createStaticServer, normaliseBase } from './lib/static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = normaliseBase(process.env.BASE_PATH);
let server;
try {
  server = createStaticServer({ root: process.env.OUT_DIR ?? 'dist', base });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
server.listen(port, host, () => {
  console.log(`NSP-guiden is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}  (Ctrl+C stops it)`);
});
