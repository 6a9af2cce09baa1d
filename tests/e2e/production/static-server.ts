import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../../../vite.config';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/**
 * A static server for a production build whose folder can be swapped while it runs: the same URL
 * serves a first version, then a second (an update of the app). Unknown paths get index.html, as
 * a host of a single-page app would; `/api` gets a 404.
 */
export interface SwappableServer {
  url: string;
  serve: (folder: string) => void;
  close: () => Promise<void>;
}

export async function startSwappableServer(folder: string): Promise<SwappableServer> {
  let root = folder;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      if (path.startsWith('/api')) {
        response.writeHead(404).end();
        return;
      }
      let file = join(root, path === '/' ? 'index.html' : path);
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        file = join(root, 'index.html');
        body = await readFile(file);
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compressed as a host would (text only): the bench's slow network then carries what a
      // real one would.
      const compress =
        /gzip/.test(String(request.headers['accept-encoding'])) && !/png|wasm/.test(type);
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-cache',
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      response.end(compress ? gzipSync(body) : body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A second version of a build: a copy whose index.html changed, with the shell worker's precache
 * list updated to match (as a new build would write it), so the browser finds a new worker.
 */
export async function makeNextVersion(folder: string, next: string): Promise<void> {
  await cp(folder, next, { recursive: true });
  const indexPath = join(next, 'index.html');
  const index = `${await readFile(indexPath, 'utf8')}<!-- next version -->\n`;
  await writeFile(indexPath, index);
  const revision = createHash('md5').update(index).digest('hex');
  const workerPath = join(next, 'sw.js');
  const worker = await readFile(workerPath, 'utf8');
  const updated = worker.replace(/(\{url:"index\.html",revision:")[0-9a-f]+(")/, `$1${revision}$2`);
  if (updated === worker) throw new Error('index.html is not in the worker’s precache list');
  await writeFile(workerPath, updated);
}
