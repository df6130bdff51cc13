// The mock API, shared by the browser demo (service worker) and the tests (msw/node).
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { nextChaosFault, type ChaosFault } from './chaos';
import { generateProvinceFeed } from './demo-feed';
import { feedClock } from './feed-simulation';

/** Where the app fetches the demo feed, relative to the page, so the built site works from any sub-path. */
export const DEMO_FEED_PATH = '__demo__/feed.json';

/** The national demo's index (`tthc-index/1`); each province's feed and summary sit beside it, under its id. */
export const NATIONAL_DEMO_INDEX_PATH = '__demo__/national/index.json';
const NATIONAL_DEMO_DIRECTORY = '__demo__/national';

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

/** How the demo feed answers a request the chaos switch picked to fail; `document` is cut in half for 'cut-json'. */
function chaosResponse(fault: ChaosFault, document: () => JsonBodyType): Response {
  switch (fault) {
    case 'http-503':
      return HttpResponse.text('Service Unavailable', { status: 503 });
    case 'http-500':
      return HttpResponse.text('Internal Server Error', { status: 500 });
    case 'html-200':
      return HttpResponse.html(OUTAGE_PAGE, { status: 200 });
    case 'cut-json': {
      const text = JSON.stringify(document());
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
    if (fault) return chaosResponse(fault, () => generateProvinceFeed({ now }));
    return answer(request, demoFeedEtag(feedClock(now).generatedAt), () => generateProvinceFeed({ now }));
  }),
  http.get(`*/${NATIONAL_DEMO_INDEX_PATH}`, async ({ request }) => {
    const { nationalIndexDocument } = await import('./federation-demo');
    return answer(request, '"demo-national-index"', nationalIndexDocument);
  }),
  // Each province is its own publisher: its own ETag and its own chaos draws; one of them is down now and then.
  http.get(`*/${NATIONAL_DEMO_DIRECTORY}/:province/:document`, async ({ request, params }) => {
    const national = await import('./federation-demo');
    const province = String(params.province);
    const kind = params.document === 'summary.json' ? 'summary' : params.document === 'feed.json' ? 'feed' : null;
    if (kind === null || !national.isDemoProvince(province)) return HttpResponse.text('Not Found', { status: 404 });
    const now = new Date();
    if (national.isProvinceDown(province, now)) return HttpResponse.text('Service Unavailable', { status: 503 });
    const document = () => (kind === 'summary' ? national.provinceSummary(province, now) : national.provinceFeed(province, now));
    const fault = nextChaosFault(province);
    if (fault) return chaosResponse(fault, document);
    return answer(request, `"demo-${province}-${kind}-${national.provinceGeneratedAt(province, now)}"`, document);
  }),
];

/** 200 with the document, or 304 with no body when the ETag matches: checked before generating, so an unchanged poll
 * costs neither the work nor the body. */
function answer(request: Request, etag: string, document: () => JsonBodyType): Response {
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (matchesEtag(request.headers.get('If-None-Match'), etag)) return new HttpResponse(null, { status: 304, headers });
  return HttpResponse.json(document(), { headers });
}
