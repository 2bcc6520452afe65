/**
 * A tiny static file server on 127.0.0.1 for demo, benchmark and end-to-end
 * pages. Serves each folder under its own path prefix; nothing else.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** Origin on 127.0.0.1, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** The same server reached through another host name (`localhost`), a different site for the extension. */
  readonly otherOrigin: string;
  /** Extra routes answered with generated HTML (benchmark pages). */
  route(path: string, html: string): void;
  close(): Promise<void>;
}

/** `folders` maps a URL prefix (e.g. `/demo/`) to a folder on disk. */
export async function startStaticServer(folders: Record<string, string>, port = 0): Promise<StaticServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const generated = routes.get(path);
    if (generated !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(generated);
      return;
    }
    for (const [prefix, folder] of Object.entries(folders)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(folder, path.slice(prefix.length) || 'index.html'));
      if (!file.startsWith(normalize(folder) + sep) && file !== normalize(folder)) break;
      try {
        const body = await readFile(file.endsWith(sep) ? join(file, 'index.html') : file);
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(body);
        return;
      } catch {
        break;
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    otherOrigin: `http://localhost:${bound}`,
    route: (path, html) => routes.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
