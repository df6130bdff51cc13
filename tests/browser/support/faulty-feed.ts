// A deployment of dist/ whose feed a test can break in every way issue 5 lists: error statuses, connections
// refused, dropped, reset or left hanging, and any bytes at all as the document.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DIST } from './page-helpers';
import { json, startStaticServer, type Route } from './static-server';

/** How the feed answers one request. */
export type FeedAnswer = Route;

/** A document served as a publisher should: JSON, no-cache, and an ETag so unchanged polls cost a 304. */
export function documentAnswer(text: string): FeedAnswer {
  const body = Buffer.from(text);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache', ETag: etag });
    response.end(body);
  };
}

export function statusAnswer(status: number, headers: Record<string, string> = {}): FeedAnswer {
  return json({ error: `HTTP ${status}` }, status, headers);
}

/** Any bytes with any content type, status 200: an error page, broken JSON. */
export function bytesAnswer(text: string, contentType: string): FeedAnswer {
  return (_request, response) => void response.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' }).end(text);
}

/** The connection is closed before a single byte of an answer. */
export const closeBeforeAnswer: FeedAnswer = (request) => void request.socket.destroy();

/** Headers and half the body, then a TCP reset. */
export function resetMidBody(text: string): FeedAnswer {
  return (request, response) => {
    const body = Buffer.from(text);
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
    response.write(body.subarray(0, body.length >> 1), () => setTimeout(() => request.socket.resetAndDestroy(), 50));
  };
}

/** Never answers: only the page's own request timeout ends the wait (the server drops the socket on close). */
export const hang: FeedAnswer = () => {};

export type FaultyFeedSite = {
  /** Where the pages are: `${origin}/index.html`. */
  origin: string;
  /** Answers every later request for the feed this way. */
  answerWith: (answer: FeedAnswer) => void;
  /** Requests for the feed so far, whatever the answer. */
  feedRequests: () => number;
  /**
   * Stops the feed's own server, so the next request meets a refused connection.
   * Only with `feedOnOwnPort`: the pages cannot be served from a port that refuses connections.
   */
  refuseConnections: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * dist/ with a config.json naming a feed this test controls. With `feedOnOwnPort`, the feed is on a server of its
 * own (another origin, answering with CORS headers), which `refuseConnections` can take away: the real
 * ECONNREFUSED, not a simulation of it.
 */
export async function serveFaultyFeed(options: {
  config: Record<string, unknown>;
  feedOnOwnPort?: boolean;
  /** With `feedOnOwnPort`: no feed server at all, from the first request. */
  refusedFromStart?: boolean;
}): Promise<FaultyFeedSite> {
  let answer: FeedAnswer = statusAnswer(503);
  let asked = 0;
  const feedRoute: Route = (request, response) => {
    asked += 1;
    return answer(request, response);
  };
  const site = await startStaticServer(DIST);
  let feedServer: OwnPortServer | null = null;
  let feedUrl = 'feed.json';
  if (options.feedOnOwnPort) {
    feedServer = await ownPortServer(feedRoute);
    feedUrl = `${feedServer.origin}/feed.json`;
    if (options.refusedFromStart) await feedServer.close();
  } else {
    site.route('/feed.json', feedRoute);
  }
  site.route('/config.json', json({ feedUrl, ...options.config }));
  return {
    origin: site.origin,
    answerWith: (next) => void (answer = next),
    feedRequests: () => asked,
    refuseConnections: async () => {
      if (!feedServer) throw new Error('refuseConnections needs feedOnOwnPort');
      await feedServer.close();
    },
    close: async () => {
      await feedServer?.close();
      await site.close();
    },
  };
}

type OwnPortServer = { origin: string; close: () => Promise<void> };

/** A server for the feed alone, readable from the pages' origin. */
async function ownPortServer(route: Route): Promise<OwnPortServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET' }).end();
      return;
    }
    void route(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | null = null;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      (closed ??= new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      })),
  };
}
