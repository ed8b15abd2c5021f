/**
 * A minimal static file server over `dist/`, like the hosts we deploy to: directory URLs serve
 * index.html, unknown paths serve 404.html with status 404. Optionally mounted under a sub-path.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface RunningServer {
  origin: string;
  /** Origin plus base path, ending in "/". */
  url: string;
  close(): Promise<void>;
}

export async function serveDist(root: string, base = '/'): Promise<RunningServer> {
  const prefix = base.replace(/\/?$/, '/');
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const notFound = async () => {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': types['.html']! }).end(body);
    };
    if (!pathname.startsWith(prefix)) return notFound();
    let file = normalize(join(root, pathname.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      await notFound();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: `${origin}${prefix}`, close: () => new Promise((r) => server.close(() => r())) };
}
