// A static server for the built site, with per-test routes for config.json and the feed (faults, headers, another origin).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export type StaticServer = {
  origin: string;
  /** Answers one path (without query) with a handler until replaced or cleared. */
  route: (path: string, handler: Route | null) => void;
  /** Headers added to every static file, e.g. a Content-Security-Policy. */
  setHeaders: (headers: Record<string, string>) => void;
  requests: string[];
  close: () => Promise<void>;
};

export async function startStaticServer(
  rootDir: string,
  /** gzip: compress static files as a real deployment does (the benchmarks' slow phone pays for bytes on the wire). */
  options: {
    host?: string;
    prefix?: string;
    gzip?: boolean;
    /** Every /<name>/ serves the site too, each a deployment of its own (its own config.json route): one server for many concurrent tests. */
    subSites?: boolean;
  } = {},
): Promise<StaticServer> {
  // A deployment under a sub-path (https://portal/so-lieu/) is served here under `prefix`.
  const prefix = options.prefix?.replace(/\/$/, '') ?? '';
  const root = resolve(rootDir);
  const routes = new Map<string, Route>();
  let extraHeaders: Record<string, string> = {};
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const route = routes.get(url.pathname);
    if (prefix && !route) {
      if (!url.pathname.startsWith(`${prefix}/`)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('outside the deployment');
        return;
      }
      url.pathname = url.pathname.slice(prefix.length);
    }
    if (options.subSites && !route) url.pathname = url.pathname.replace(/^\/[^/]+(?=\/)/, '');
    if (route) {
      await route(request, response);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(path);
      const gzip = options.gzip === true && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        ...extraHeaders,
      });
      response.end(gzip ? gzipSync(body, { level: 6 }) : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  // Connections left open by the browser must not keep close() waiting.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, options.host ?? '127.0.0.1', done));
  const { port, address } = server.address() as AddressInfo;
  return {
    origin: `http://${address}:${port}`,
    route: (path, handler) => (handler ? routes.set(path, handler) : routes.delete(path)),
    setHeaders: (headers) => (extraHeaders = headers),
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Route {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache', ...headers });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}
