// Serving for the benchmarks: the built site with config.json and a feed the benchmark controls, answered as a publisher should
// (ETag, 304 on If-None-Match, gzip when asked).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer, type Route, type StaticServer } from '../tests/browser/support/static-server';

/** The built site: dist/, or DIST_DIR when the build was written elsewhere (as the browser tests read it). */
export const DIST = process.env.DIST_DIR ? `${resolve(process.env.DIST_DIR)}/` : new URL('../dist/', import.meta.url).pathname;

export type FeedServer = StaticServer & {
  /** Replaces the document the feed serves from the next request on. */
  setFeed: (text: string) => void;
  /** Requests of the feed answered 200 and 304 so far. */
  feedAnswers: { full: number; notModified: number };
};

type Body = { text: string; etag: string; gzipped: Buffer | null };

function body(text: string, gzip: boolean): Body {
  const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
  return { text, etag, gzipped: gzip ? gzipSync(text, { level: 6 }) : null };
}

export function feedRoute(current: () => Body, answers: FeedServer['feedAnswers']): Route {
  return (request, response) => {
    const { text, etag, gzipped } = current();
    if (request.headers['if-none-match'] === etag) {
      answers.notModified += 1;
      response.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' }).end();
      return;
    }
    answers.full += 1;
    const useGzip = gzipped !== null && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache',
      ETag: etag,
      ...(useGzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(useGzip ? gzipped : text);
  };
}

/**
 * dist/ with config.json pointing at /feed.json. `gzip` compresses the site and the feed (the slow phone);
 * on the loopback the benchmarks leave it off, so the figures are the page's own work, not zlib's.
 */
export async function serveFeed(feedText: string, options: { gzip?: boolean; pollSeconds?: number } = {}): Promise<FeedServer> {
  const gzip = options.gzip === true;
  const server = await startStaticServer(DIST, { gzip });
  const config = JSON.stringify({
    feedUrl: 'feed.json',
    pollSeconds: options.pollSeconds ?? 3600,
    timeZone: 'Asia/Ho_Chi_Minh',
    staleAfterSeconds: 10 ** 9,
  });
  server.route('/config.json', (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' }).end(config);
  });
  let current = body(feedText, gzip);
  const feedAnswers = { full: 0, notModified: 0 };
  server.route(
    '/feed.json',
    feedRoute(() => current, feedAnswers),
  );
  return Object.assign(server, { setFeed: (text: string) => (current = body(text, gzip)), feedAnswers });
}

/** dist/ as built, config.json included: for "demo" that is the simulated feed behind MSW's service worker. */
export function serveDemo(): Promise<StaticServer> {
  return startStaticServer(DIST);
}
