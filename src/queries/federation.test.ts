// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFeedText } from '../feed/parse-feed';
import { unitTotalsDocument } from '../feed/unit-totals-document';
import { partialState } from './federation-status';
import { pollFeedOrIndex } from './poll-source';
import { createFederation, MAX_REQUESTS_AT_ONCE, type Federation } from './federation';
import { fetchFeedWith, FeedError, type FeedSnapshot } from './fetch-feed';
import type { FeedPoller, PollState } from './feed-poller';

type Doc = { units: { id: string; parentId?: string }[]; stats: { unitId: string }[] };
const example = JSON.parse(readFileSync('docs/examples/small-province.json', 'utf8')) as Doc;
function province(prefix: string): Doc {
  const id = (unitId: string) => `${prefix}${unitId}`;
  return {
    ...example,
    units: example.units.map((unit) => ({ ...unit, id: id(unit.id), ...(unit.parentId ? { parentId: id(unit.parentId) } : {}) })),
    stats: example.stats.map((row) => ({ ...row, unitId: id(row.unitId) })),
  };
}
const full = { A: province('A-'), B: province('B-'), C: province('C-') };
const summaryOf = (doc: Doc) => {
  const parsed = parseFeedText(JSON.stringify(doc));
  if (!parsed.ok) throw new Error('example refused');
  return unitTotalsDocument(parsed.model);
};
const summary = { A: summaryOf(full.A), B: summaryOf(full.B), C: summaryOf(full.C) };

const INDEX_URL = 'https://solieu.example.gov.vn/index.json';
const INDEX = {
  schema: 'tthc-index/1',
  name: 'Cả nước',
  feeds: (['A', 'B', 'C'] as const).map((id) => ({
    id: `${id}-P1`,
    name: `Tỉnh ${id}`,
    url: `https://${id.toLowerCase()}.example.gov.vn/feed.json`,
    summaryUrl: `https://${id.toLowerCase()}.example.gov.vn/summary.json`,
  })),
};

let down = new Set<string>();
let asked: string[];
let inFlight = 0;
let mostInFlight = 0;

function answer(url: string, headers: Record<string, string>): Response {
  if (down.has(url)) return new Response('down', { status: 503 });
  const host = new URL(url).hostname[0]?.toUpperCase() as 'A' | 'B' | 'C';
  const body = url === INDEX_URL ? INDEX : url.endsWith('summary.json') ? summary[host] : full[host];
  const etag = `"${url}"`;
  if (headers['If-None-Match'] === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
  return new Response(JSON.stringify(body), { status: 200, headers: { ETag: etag } });
}

beforeEach(() => {
  vi.useFakeTimers();
  down = new Set();
  asked = [];
  mostInFlight = 0;
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    asked.push(url);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight -= 1;
    return answer(url, { ...(init?.headers as Record<string, string>) });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The example documents are of March 2026: a stale limit they all meet, so only failures make a province stale. */
const YEARS = 10 * 365 * 86_400;
const POLLING = { pollSeconds: 10, retries: 1, maxRetryDelayMs: 30_000, inBackground: true };

describe('a national view over an index', () => {
  let federation: Federation;
  let updates: (FeedSnapshot | undefined)[];
  const start = () => {
    updates = [];
    federation = createFederation({ polling: POLLING, parse: parseFeedText, onUpdate: (snapshot) => updates.push(snapshot) });
    return fetchFeedWith(parseFeedText, INDEX_URL, undefined, undefined, 10_000, federation.onIndex);
  };
  afterEach(() => federation.stop());

  it('reads the summaries, not the full documents, sums the provinces, and asks at most a few at once', async () => {
    const first = start();
    await vi.advanceTimersByTimeAsync(200);
    const snapshot = await first;
    const root = snapshot.model.units.get(snapshot.model.rootId);
    expect(root?.childIds).toEqual(['A-P1', 'B-P1', 'C-P1']);
    expect(snapshot.federation?.feeds.map((feed) => feed.state)).toEqual(['ok', 'ok', 'ok']);
    expect(asked.filter((url) => url.endsWith('feed.json'))).toEqual([]);
    expect(mostInFlight).toBeLessThanOrEqual(MAX_REQUESTS_AT_ONCE);
  });

  it('keeps the others when one province is down, names it with the time it began failing, and fills it in when it is back', async () => {
    down.add('https://b.example.gov.vn/summary.json');
    const first = start();
    await vi.advanceTimersByTimeAsync(200);
    const snapshot = await first;
    expect(snapshot.model.units.has('A-P1')).toBe(true);
    expect(snapshot.model.units.has('B-P1')).toBe(false);
    const b = snapshot.federation?.feeds[1];
    expect(b).toMatchObject({ id: 'B-P1', state: 'failed', generatedAtMs: null, failingSinceMs: expect.any(Number) });
    expect(partialState(snapshot.federation!, Date.now(), YEARS)?.missing.map((feed) => feed.id)).toEqual(['B-P1']);

    down.clear();
    await vi.advanceTimersByTimeAsync(10_200);
    const latest = updates.at(-1);
    expect(latest?.model.units.has('B-P1')).toBe(true);
    expect(latest?.federation?.feeds.map((feed) => feed.state)).toEqual(['ok', 'ok', 'ok']);
    expect(partialState(latest!.federation!, Date.now(), YEARS)).toBeNull();
  });

  it('keeps a province’s last figures when it fails later, and names it as not updated', async () => {
    const first = start();
    await vi.advanceTimersByTimeAsync(200);
    await first;
    down.add('https://c.example.gov.vn/summary.json');
    await vi.advanceTimersByTimeAsync(12_000);
    const latest = updates.at(-1);
    expect(latest?.model.units.has('C-P1')).toBe(true);
    expect(partialState(latest!.federation!, Date.now(), YEARS)?.stale.map((feed) => feed.id)).toEqual(['C-P1']);
  });

  it('polls each province conditionally: an unchanged province costs a 304 and keeps its model', async () => {
    const first = start();
    await vi.advanceTimersByTimeAsync(200);
    const snapshot = await first;
    await vi.advanceTimersByTimeAsync(10_200);
    expect(asked.filter((url) => url === 'https://a.example.gov.vn/summary.json')).toHaveLength(2);
    expect(updates.at(-1)?.model ?? snapshot.model).toBe(snapshot.model);
  });

  it('reads the opened province in full, fields and all, and goes back to its summary when closed', async () => {
    const first = start();
    await vi.advanceTimersByTimeAsync(200);
    await first;
    federation.open('A-P1');
    await vi.advanceTimersByTimeAsync(300);
    expect(asked).toContain('https://a.example.gov.vn/feed.json');
    expect(updates.at(-1)?.federation?.feeds[0]?.full).toBe(true);
    expect(updates.at(-1)?.model.federation?.parts[0]?.full).toBe(true);
    federation.open(null);
    await vi.advanceTimersByTimeAsync(300);
    expect(updates.at(-1)?.federation?.feeds[0]?.full).toBe(false);
  });

  it('names a province left out for clashing unit ids as missing, so the figures never look whole without it', async () => {
    INDEX.feeds.push({
      id: 'D-P1',
      name: 'Tỉnh D',
      url: 'https://a.example.gov.vn/feed.json',
      summaryUrl: 'https://a.example.gov.vn/summary.json',
    });
    try {
      const first = start();
      await vi.advanceTimersByTimeAsync(300);
      const snapshot = await first;
      expect(snapshot.model.federation?.clashes.map((clash) => clash.feedId)).toEqual(['D-P1']);
      expect(partialState(snapshot.federation!, Date.now(), YEARS)?.missing.map((feed) => [feed.id, feed.state])).toEqual([
        ['D-P1', 'clash'],
      ]);
    } finally {
      INDEX.feeds.pop();
    }
  });

  it('says no province could be read when every one fails, rather than showing an empty nation', async () => {
    for (const id of ['a', 'b', 'c']) down.add(`https://${id}.example.gov.vn/summary.json`);
    const first = start().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(20_000);
    const error = await first;
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).problem).toEqual({ code: 'no-province', total: 3 });
  });
});

describe('pollFeedOrIndex (the widget’s)', () => {
  let poller: FeedPoller | undefined;
  afterEach(() => poller?.stop());

  it('turns an index into a national view whose provinces keep coming between the index’s polls', async () => {
    const states: PollState[] = [];
    down.add('https://c.example.gov.vn/summary.json');
    poller = pollFeedOrIndex(INDEX_URL, { pollSeconds: 10, retries: 1, maxRetryDelayMs: 30_000 }, (state) => states.push(state));
    await vi.advanceTimersByTimeAsync(500);
    expect(states.at(-1)?.snapshot?.model.units.get('__all__')?.childIds).toEqual(['A-P1', 'B-P1']);
    down.clear();
    await vi.advanceTimersByTimeAsync(10_500);
    expect(states.at(-1)?.snapshot?.model.units.get('__all__')?.childIds).toEqual(['A-P1', 'B-P1', 'C-P1']);
    expect(states.at(-1)?.error).toBeNull();
  });
});
