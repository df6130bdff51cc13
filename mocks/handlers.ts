// The mock API, shared by the browser demo (service worker) and the tests (msw/node).
import { http, HttpResponse } from 'msw';
import { chaosShare } from './chaos';
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

/** The two ways a real portal's feed fails: an outage, or a proxy's HTML page served as 200. */
function chaosResponse(): Response {
  return Math.random() < 0.5
    ? HttpResponse.text('Service Unavailable', { status: 503 })
    : HttpResponse.html('<!doctype html><html><body><h1>Lỗi máy chủ</h1></body></html>', { status: 200 });
}

export const handlers = [
  http.get(`*/${DEMO_FEED_PATH}`, ({ request }) => {
    if (Math.random() < chaosShare()) return chaosResponse();
    const now = new Date();
    const etag = demoFeedEtag(feedClock(now).generatedAt);
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    // Checked before generating, so an unchanged poll costs neither the work nor the body.
    if (matchesEtag(request.headers.get('If-None-Match'), etag)) {
      return new HttpResponse(null, { status: 304, headers });
    }
    return HttpResponse.json(generateProvinceFeed({ now }), { headers });
  }),
];
