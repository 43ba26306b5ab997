// A tiny static file server on 127.0.0.1 (random port) for e2e fixtures and the page bench.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `root` (read-only) from http://127.0.0.1:PORT/. `headers` are added to every HTML
 * response (the page bench sends `Content-Security-Policy: script-src 'none'` to switch page
 * scripts off while content scripts, which page CSP does not cover, keep their timers).
 * @param {string} root
 * @param {{ headers?: Record<string, string> }} [opts]
 * @returns {Promise<{ origin: string, port: number, close: () => Promise<void>, requests: string[] }>}
 */
export async function serveStatic(root, opts = {}) {
  const base = path.resolve(root);
  /** @type {string[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    const file = path.resolve(base, '.' + rel);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const st = await stat(file);
      const target = st.isDirectory() ? path.join(file, 'index.html') : file;
      const body = await readFile(target);
      const type = TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        ...(type.startsWith('text/html') ? opts.headers : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
