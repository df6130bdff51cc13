// @vitest-environment jsdom
// FEED.md: a deployment may give the widget a feed of its own (`widgetFeedUrl`, typically the root's totals alone);
// the widget then asks that address and never the full feed, through its first load, its polls and its retries,
// while the dashboard and the kiosk keep to `feedUrl`.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { parsePeriod } from '../stats/period';
import { setUpPage } from '../queries/page-setup';
import { startWidget } from './widget-app';
import { widgetTestFeed } from './widget-test-feed';

const SITE = 'https://thongke.example.vn/tthc/';
const CONFIG = `${SITE}config.json`;
const FEED = `${SITE}feed.json`;
const WIDGET_FEED = 'https://cdn.example.vn/tthc/widget-feed.json';

let requests: string[];
let widgetFeedAnswer: () => Response;
let stop: () => void = () => {};

beforeEach(() => {
  requests = [];
  widgetFeedAnswer = () => new Response(JSON.stringify(widgetTestFeed()), { headers: { 'Content-Type': 'application/json' } });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push(url);
    if (url === CONFIG)
      return new Response(
        JSON.stringify({ feedUrl: 'feed.json', widgetFeedUrl: WIDGET_FEED, pollSeconds: 10, staleAfterSeconds: 10 ** 9 }),
        { headers: { 'Content-Type': 'application/json' } },
      );
    if (url === WIDGET_FEED) return widgetFeedAnswer();
    if (url === FEED) return new Response(JSON.stringify(widgetTestFeed()), { headers: { 'Content-Type': 'application/json' } });
    throw new TypeError(`unexpected request ${url}`);
  });
});

afterEach(() => {
  stop();
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('widgetFeedUrl', () => {
  it('is the address the widget asks for its figures, through polls and retries, never feedUrl', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const root = document.createElement('div');
    document.body.append(root);
    stop = startWidget(root, { unitId: null, period: parsePeriod('ytd')!, badPeriod: null, lang: 'vi' }, `${SITE}widget.html`);
    await waitFor(() => expect(root.textContent).toContain('Đã tiếp nhận: 123.456.'));
    expect(requests).toEqual([CONFIG, WIDGET_FEED]);

    // Two polls, then an outage with its retries.
    await vi.advanceTimersByTimeAsync(20_000);
    widgetFeedAnswer = () => new Response('', { status: 503 });
    await vi.advanceTimersByTimeAsync(60_000);
    const feedRequests = requests.filter((url) => url !== CONFIG);
    expect(feedRequests.length).toBeGreaterThanOrEqual(5);
    expect(new Set(feedRequests)).toEqual(new Set([WIDGET_FEED]));
    expect(requests).not.toContain(FEED);
  });

  it('is read by the widget alone: the dashboard and the kiosk set up on feedUrl', async () => {
    expect((await setUpPage(`${SITE}widget.html`, 'widget', '')).feedUrl).toBe(WIDGET_FEED);
    expect((await setUpPage(`${SITE}index.html`, 'main', '')).feedUrl).toBe(FEED);
  });
});
