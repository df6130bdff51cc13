import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedDocument } from '../src/feed/feed-schema';
import { setChaos } from './chaos';
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

describe('the demo feed handler', () => {
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

  it('fails every request when chaos is 1, with an outage or an HTML page', async () => {
    setChaos(1);
    for (let i = 0; i < 12; i++) {
      const response = await fetch(FEED_URL);
      const html = (response.headers.get('Content-Type') ?? '').startsWith('text/html');
      expect(response.status === 503 || (response.status === 200 && html), `status ${response.status}`).toBe(true);
    }
    setChaos(0);
    expect((await fetch(FEED_URL)).status).toBe(200);
  });
});
