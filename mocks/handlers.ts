// The mock API, shared by the browser demo (service worker) and the tests (msw/node).
import { http, HttpResponse } from 'msw';
import { nextChaosFault, type ChaosFault } from './chaos';
import { generateProvinceFeed } from './demo-feed';
import { feedClock } from './feed-simulation';

/** Where the app fetches the demo feed, relative to the page, so the built site works from any sub-path. */
export const DEMO_FEED_PATH = '__demo__/feed.json';

/** The document changes at most once a minute, so the minute it was generated is a sound ETag. */
export const demoFeedEtag = (generatedAt: string): string => `"demo-${generatedAt}"`;

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === etag;
  });
}

const OUTAGE_PAGE = '<!doctype html><html><body><h1>Lỗi máy chủ</h1></body></html>';

/** How the demo feed answers a request the chaos switch picked to fail. */
function chaosResponse(fault: ChaosFault, now: Date): Response {
  switch (fault) {
    case 'http-503':
      return HttpResponse.text('Service Unavailable', { status: 503 });
    case 'http-500':
      return HttpResponse.text('Internal Server Error', { status: 500 });
    case 'html-200':
      return HttpResponse.html(OUTAGE_PAGE, { status: 200 });
    case 'cut-json': {
      const text = JSON.stringify(generateProvinceFeed({ now }));
      return new HttpResponse(text.slice(0, text.length >> 1), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    case 'network-error':
      return HttpResponse.error();
  }
}

export const handlers = [
  http.get(`*/${DEMO_FEED_PATH}`, ({ request }) => {
    const now = new Date();
    const fault = nextChaosFault();
    if (fault) return chaosResponse(fault, now);
    const etag = demoFeedEtag(feedClock(now).generatedAt);
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    // Checked before generating, so an unchanged poll costs neither the work nor the body.
    if (matchesEtag(request.headers.get('If-None-Match'), etag)) {
      return new HttpResponse(null, { status: 304, headers });
    }
    return HttpResponse.json(generateProvinceFeed({ now }), { headers });
  }),
];
