import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedDocument } from '../src/feed/feed-schema';
import { CHAOS_FAULTS, DEMO_CHAOS_SEED, chaosShare, nextChaosFault, seededRandom, setChaos } from './chaos';
import { server } from './node';

const FEED_URL = 'http://localhost/__demo__/feed.json';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // Only Date is faked: the ETag changes with the minute, and these tests must not straddle one.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T09:40:30Z'));
});
afterEach(() => {
  setChaos(0);
  server.resetHandlers();
});
afterAll(() => {
  vi.useRealTimers();
  server.close();
});

describe('the demo feed handler', { timeout: 30_000 }, () => {
  it('serves the Cần Thơ document with the headers a publisher should send', async () => {
    const response = await fetch(FEED_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    const doc = (await response.json()) as FeedDocument;
    expect(doc.generatedAt).toBe('2026-11-26T16:40:00+07:00');
    expect(doc.units[0]?.id).toBe('92');
    expect(response.headers.get('ETag')).toContain(doc.generatedAt);
  });

  it('answers 304 with no body when If-None-Match matches, and 200 when it does not', async () => {
    const etag = (await fetch(FEED_URL)).headers.get('ETag') ?? '';
    const unchanged = await fetch(FEED_URL, { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect((await fetch(FEED_URL, { headers: { 'If-None-Match': `W/"x", W/${etag}` } })).status).toBe(304);

    expect((await fetch(FEED_URL, { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200);
    vi.setSystemTime(new Date('2026-11-26T09:41:00Z'));
    const nextMinute = await fetch(FEED_URL, { headers: { 'If-None-Match': etag } });
    expect(nextMinute.status).toBe(200);
    expect(nextMinute.headers.get('ETag')).not.toBe(etag);
  });

  it('answers on any sub-path the site is served from', async () => {
    const response = await fetch('http://localhost/cong-khai/tthc/__demo__/feed.json');
    expect(response.status).toBe(200);
  });

  it('fails every request when chaos is 1, in each of the ways a real feed fails', async () => {
    // Two draws a request: under the share fails it, the second picks the fault (fifths, in CHAOS_FAULTS order).
    setChaos(1, scripted(CHAOS_FAULTS.flatMap((_fault, index) => [0.99, (index + 0.5) / CHAOS_FAULTS.length])));
    const outage = await fetch(FEED_URL);
    expect([outage.status, await outage.text()]).toEqual([503, 'Service Unavailable']);
    expect((await fetch(FEED_URL)).status).toBe(500);
    const html = await fetch(FEED_URL);
    expect(html.status).toBe(200);
    expect(html.headers.get('Content-Type')).toMatch(/^text\/html/);
    const cut = await fetch(FEED_URL);
    expect(cut.status).toBe(200);
    expect(cut.headers.get('Content-Type')).toMatch(/^application\/json/);
    const text = await cut.text();
    expect(text.startsWith('{"schema":"tthc-feed/1"')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    await expect(fetch(FEED_URL)).rejects.toThrow(TypeError);
    setChaos(0);
    expect((await fetch(FEED_URL)).status).toBe(200);
  });

  it('fails exactly the requests whose draw falls under the share, and never draws with chaos off', async () => {
    setChaos(0.3, scripted([0.29, 0, 0.3, 0.95, 0.05, 0.7]));
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(FEED_URL)).status);
    // 0.29 < 0.3: the first fault (503); 0.3 and 0.95: answered; 0.05: fails, 0.7 picks the fourth (cut JSON, 200).
    expect(statuses).toEqual([503, 200, 200, 200]);
    expect(chaosShare()).toBe(0.3);

    const never = () => {
      throw new Error('drew a number with chaos off');
    };
    setChaos(0, never);
    expect((await fetch(FEED_URL)).status).toBe(200);
  });

  it('fails about the share asked over many requests, with every kind of fault', () => {
    setChaos(0.3, seededRandom(20261126));
    const seen = new Map<string, number>();
    const total = 5000;
    for (let i = 0; i < total; i++) {
      const fault = nextChaosFault() ?? 'none';
      seen.set(fault, (seen.get(fault) ?? 0) + 1);
    }
    expect((total - (seen.get('none') ?? 0)) / total).toBeCloseTo(0.3, 1);
    expect(CHAOS_FAULTS.every((fault) => (seen.get(fault) ?? 0) > 200)).toBe(true);
  });

  it('draws the same faults in the same order on every page load of the demo', () => {
    const run = () => {
      setChaos(0.5, seededRandom(DEMO_CHAOS_SEED));
      return Array.from({ length: 6 }, () => nextChaosFault());
    };
    const first = run();
    expect(run()).toEqual(first);
    // Numbers first, then a fault to watch the page ride out.
    expect(first.slice(0, 2)).toEqual([null, 'html-200']);
  });

  it('keeps the share between 0 and 1', () => {
    setChaos(7);
    expect(chaosShare()).toBe(1);
    setChaos(-1);
    expect(chaosShare()).toBe(0);
    setChaos(Number.NaN);
    expect(chaosShare()).toBe(0);
  });
});

/** Returns the given draws in turn, and fails the test if more are asked for. */
function scripted(draws: number[]): () => number {
  let next = 0;
  return () => {
    const draw = draws[next++];
    if (draw === undefined) throw new Error('more draws than scripted');
    return draw;
  };
}
