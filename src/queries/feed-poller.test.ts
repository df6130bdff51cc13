// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pollFeed, type FeedPoller, type PollState } from './feed-poller';

const FEED = 'https://thongke.example.vn/feed.json';
const DOCUMENT = JSON.stringify({
  schema: 'tthc-feed/1',
  generatedAt: '2026-11-26T16:40:00+07:00',
  units: [{ id: 'P1', name: 'Tỉnh Mẫu', kind: 'province' }],
  stats: [],
});

type Answer = (init: RequestInit | undefined) => Response | Promise<Response>;
let answer: Answer;
let asked: Array<{ at: number; headers: Record<string, string> }>;
let states: PollState[];
let poller: FeedPoller | undefined;

const ok =
  (etag = '"v1"'): Answer =>
  () =>
    new Response(DOCUMENT, { status: 200, headers: { ETag: etag } });
const status =
  (code: number, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(code === 304 ? null : '', { status: code, headers });

function start(retries = 2): FeedPoller {
  poller = pollFeed(FEED, { pollSeconds: 10, retries, maxRetryDelayMs: 30_000 }, (state) => states.push(state));
  return poller;
}

/** Seconds since the test began at which the feed was asked. */
const askedAt = () => asked.map((request) => request.at / 1000);

beforeEach(() => {
  vi.useFakeTimers();
  const began = Date.now();
  asked = [];
  states = [];
  answer = ok();
  vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) => {
    asked.push({ at: Date.now() - began, headers: { ...(init?.headers as Record<string, string>) } });
    return answer(init);
  });
});

afterEach(() => {
  poller?.stop();
  poller = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('pollFeed', () => {
  it('with dropText, holds a document with an ETag as its model alone, and a 304 keeps that very snapshot', async () => {
    poller = pollFeed(FEED, { pollSeconds: 10, retries: 2, maxRetryDelayMs: 30_000 }, (state) => states.push(state), { dropText: true });
    await vi.advanceTimersByTimeAsync(0);
    const first = states.at(-1)?.snapshot;
    expect(first?.text).toBe('');
    expect(first?.model.units.get('P1')?.name).toBe('Tỉnh Mẫu');
    answer = status(304);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked[1]?.headers['If-None-Match']).toBe('"v1"');
    expect(states.at(-1)?.snapshot).toBe(first);
  });

  it('asks at once, then every pollSeconds, conditionally, keeping the same snapshot when the feed answers 304', async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    const first = states.at(-1)?.snapshot;
    expect(first?.model.units.get('P1')?.name).toBe('Tỉnh Mẫu');
    answer = status(304);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(askedAt()).toEqual([0, 10, 20]);
    expect(asked[1]?.headers['If-None-Match']).toBe('"v1"');
    expect(states.at(-1)).toEqual({ snapshot: first, error: null, failureCount: 0 });
    expect(states.at(-1)?.snapshot).toBe(first);
  });

  it('retries an outage twice, after 1 s and 2 s, says so from the first failure, then waits for the next poll', async () => {
    answer = status(503);
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)?.error).not.toBeNull();
    expect(states.at(-1)?.failureCount).toBe(1);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(askedAt()).toEqual([0, 1, 3]);
    expect(states.at(-1)?.failureCount).toBe(3);
    answer = ok();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(askedAt()).toEqual([0, 1, 3, 10]);
    expect(states.at(-1)).toMatchObject({ error: null, failureCount: 0 });
  });

  it('keeps the last good snapshot through a failed poll', async () => {
    start(0);
    await vi.advanceTimersByTimeAsync(0);
    const good = states.at(-1)?.snapshot;
    answer = status(502);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(states.at(-1)?.snapshot).toBe(good);
    expect(states.at(-1)?.error?.message).toBe('feed: http');
  });

  it('does not retry a refused document: it would be refused again at once', async () => {
    answer = () => new Response('<html>502 Bad Gateway</html>', { status: 200 });
    start();
    await vi.advanceTimersByTimeAsync(9_000);
    expect(askedAt()).toEqual([0]);
  });

  it('waits as long as Retry-After asks, up to the retry ceiling', async () => {
    answer = status(503, { 'Retry-After': '5' });
    start(1);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(askedAt()).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(askedAt()).toEqual([0, 5]);
  });

  it('does not poll while inactive, and asks at once on coming back only if the figures are older than a poll', async () => {
    const polling = start();
    await vi.advanceTimersByTimeAsync(0);
    polling.setActive(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(askedAt()).toEqual([0]);
    polling.setActive(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(askedAt()).toEqual([0, 60]);
    polling.setActive(false);
    await vi.advanceTimersByTimeAsync(3_000);
    polling.setActive(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(askedAt()).toEqual([0, 60]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(askedAt()).toEqual([0, 60, 73]);
  });

  it('ends the request in flight when stopped, and reports nothing after', async () => {
    let signal: AbortSignal | undefined;
    answer = (init) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    };
    start().stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(signal?.aborted).toBe(true);
    expect(askedAt()).toEqual([0]);
    expect(states).toEqual([]);
  });
});
