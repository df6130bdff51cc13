import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { COUNT_FIELDS, EXTRA_COUNT_FIELDS } from '../src/feed/feed-contract';
import { parseIndexDocument } from '../src/feed/feed-index';
import type { FeedModel } from '../src/feed/feed-model';
import { parseFeedDocument } from '../src/feed/parse-feed';
import { periodFigures } from '../src/stats/roll-up';
import { setUpPage } from '../src/queries/page-setup';
import { CHAOS_FAULTS, seededFeedRandom, seededRandom, setChaos } from './chaos';
import unitsFile from './data/vn-units-2025.json';
import { FLAKY_PROVINCE_ID, publishedAt, type IndexDocumentEntry } from './federation-demo';
import { optionalDepartmentCodes, DEFAULT_DEMO_SEED } from './feed-simulation';
import { server } from './node';

// The page-side worker cannot start in Node; the handlers answer through msw/node instead.
vi.mock('./browser', () => ({ startDemoWorker: vi.fn(async () => undefined) }));

const BASE = 'http://localhost/cong-khai/tthc/';
const INDEX_URL = `${BASE}__demo__/national/index.json`;
const summaryUrl = (id: string) => new URL(`${id}/summary.json`, INDEX_URL).href;
const feedUrl = (id: string) => new URL(`${id}/feed.json`, INDEX_URL).href;

/** 16:40 in Viet Nam: Lai Châu is up (its outages are the minutes ending in 4 or 9). */
const UP = new Date('2026-11-26T09:40:30Z');

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // Only Date is faked: ETags and the outage follow the clock's minute.
  vi.useFakeTimers({ toFake: ['Date'] });
});
beforeEach(() => {
  vi.setSystemTime(UP);
});
afterEach(() => {
  setChaos(0);
  server.resetHandlers();
});
afterAll(() => {
  vi.useRealTimers();
  server.close();
});

async function model(url: string): Promise<FeedModel> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const parsed = parseFeedDocument(await response.json());
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.refusal)}`);
  return parsed.model;
}

describe('the national demo', { timeout: 60_000 }, () => {
  it('lists the 34 provinces by their real ids and names, each with a feed and a summary beside the index', async () => {
    const response = await fetch(INDEX_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    const index = (await response.json()) as { schema: string; name: string; feeds: IndexDocumentEntry[] };
    expect(index.schema).toBe('tthc-index/1');
    expect(index.name).toBe('Cả nước');
    expect(index.feeds).toHaveLength(34);
    expect(index.feeds.map((feed) => [feed.id, feed.name])).toEqual(unitsFile.provinces.map((province) => [province.id, province.name]));
    expect(index.feeds.map((feed) => feed.name)).toContain('Thành phố Cần Thơ');
    // As the pages read it: every address beside the index, wherever the site is served from.
    const parsed = parseIndexDocument(index, INDEX_URL);
    if (!parsed.ok) throw new Error(`index refused: ${JSON.stringify(parsed.reason)}`);
    expect(parsed.index.feeds[0]).toEqual({
      id: '01',
      name: 'Thành phố Hà Nội',
      url: `${BASE}__demo__/national/01/feed.json`,
      summaryUrl: `${BASE}__demo__/national/01/summary.json`,
    });
    expect(parsed.index.feeds.every((feed) => feed.summaryUrl === feed.url.replace(/feed\.json$/, 'summary.json'))).toBe(true);
    const etag = response.headers.get('ETag') ?? '';
    expect((await fetch(INDEX_URL, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves each province as its own publisher: its real communes under it, and 404 for an id it does not know', async () => {
    const summary = await model(summaryUrl('79'));
    const province = unitsFile.provinces.find((p) => p.id === '79');
    expect(summary.rootId).toBe('79');
    expect(summary.units.get('79')?.name).toBe('Thành phố Hồ Chí Minh');
    expect(summary.units.get('79')?.parentId).toBeUndefined();
    for (const commune of province?.communes ?? []) expect(summary.units.get(commune.id)?.name).toBe(commune.name);
    expect(summary.hasFields).toBe(false);
    expect(summary.source?.name).toBe('Hệ thống thông tin giải quyết TTHC thành phố Hồ Chí Minh (mô phỏng)');
    expect((await fetch(`${BASE}__demo__/national/99/summary.json`)).status).toBe(404);
    expect((await fetch(`${BASE}__demo__/national/79/other.json`)).status).toBe(404);
  });

  // Lai Châu (small, down now and then) and a province whose Văn phòng UBND handles no field of the catalogue.
  const withOffice = unitsFile.provinces.find((p) => optionalDepartmentCodes(DEFAULT_DEMO_SEED, p.id).includes('VPUB'))?.id ?? '';

  it.each([FLAKY_PROVINCE_ID, withOffice])('gives province %s a summary equal to its full document’s unit totals', async (id) => {
    const summary = await model(summaryUrl(id));
    const full = await model(feedUrl(id));
    expect(full.hasFields).toBe(true);
    expect(full.fields.length).toBeGreaterThan(20);
    // Each field's series is chained and consistent, nothing is left out: the split is a document a parser accepts whole.
    expect(full.quality.rowsLeftOut).toEqual([]);
    expect([...full.quality.flagsByUnit.keys()]).toEqual([]);
    expect(full.generatedAt).toBe(summary.generatedAt);
    expect([...full.units.keys()]).toEqual([...summary.units.keys()]);

    const { earliest, latest } = summary.months ?? { earliest: 0, latest: 0 };
    expect(full.months).toEqual(summary.months);
    const ranges = [
      { from: earliest, to: latest },
      { from: latest, to: latest }, // the running month
      { from: earliest + 3, to: earliest + 8 },
    ];
    let compared = 0;
    for (const range of ranges) {
      const fromSummary = periodFigures(summary, range);
      const fromFull = periodFigures(full, range);
      for (const unitId of summary.units.keys()) {
        const a = fromSummary.get(unitId);
        const b = fromFull.get(unitId);
        for (const count of [...COUNT_FIELDS, ...EXTRA_COUNT_FIELDS])
          expect([unitId, count, b?.[count]]).toEqual([unitId, count, a?.[count]]);
        expect([b?.onTimeRate, b?.averageDays, b?.pending]).toEqual([a?.onTimeRate, a?.averageDays, a?.pending]);
        compared += 1;
      }
    }
    expect(compared).toBe(3 * summary.units.size);
    expect(periodFigures(summary, ranges[0] ?? { from: 0, to: 0 }).get(id)?.received).toBeGreaterThan(10_000);
  });

  it('answers 304 to each feed’s own ETag only, and a new document once that province publishes again', async () => {
    const first = await fetch(summaryUrl('01'));
    const etag = first.headers.get('ETag') ?? '';
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const unchanged = await fetch(summaryUrl('01'), { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    // Another province, or the same province's full document, is another feed with another ETag.
    expect((await fetch(summaryUrl('04'), { headers: { 'If-None-Match': etag } })).status).toBe(200);
    const fullEtag = (await fetch(feedUrl('01'))).headers.get('ETag');
    expect(fullEtag).not.toBe(etag);
    expect((await fetch(feedUrl('01'), { headers: { 'If-None-Match': fullEtag ?? '' } })).status).toBe(304);

    // Still 304 until the minute Hà Nội publishes next; then 200 with a later generatedAt.
    let minute = Math.floor(UP.getTime() / 60_000) * 60_000;
    while (publishedAt('01', new Date(minute)).getTime() === publishedAt('01', UP).getTime()) minute += 60_000;
    vi.setSystemTime(minute - 1);
    expect((await fetch(summaryUrl('01'), { headers: { 'If-None-Match': etag } })).status).toBe(304);
    vi.setSystemTime(minute);
    const next = await fetch(summaryUrl('01'), { headers: { 'If-None-Match': etag } });
    expect(next.status).toBe(200);
    expect(next.headers.get('ETag')).not.toBe(etag);
  });

  it('publishes each province at its own rhythm, so their generatedAt differ', async () => {
    const stamps = new Set<string>();
    for (const id of ['01', '04', '08', '11', '12', '14', '15', '19']) stamps.add((await model(summaryUrl(id))).generatedAt);
    expect(stamps.size).toBeGreaterThan(1);
    // None is ever from the future, none older than five minutes.
    for (const stamp of stamps) expect(Date.now() - Date.parse(stamp)).toBeGreaterThanOrEqual(0);
    for (const stamp of stamps) expect(Date.now() - Date.parse(stamp)).toBeLessThan(5 * 60_000);
  });

  it('has Tỉnh Lai Châu down with 503 during every minute ending in 4 or 9, and the others up', async () => {
    expect(FLAKY_PROVINCE_ID).toBe('12');
    const down: number[] = [];
    for (let minute = 0; minute < 60; minute++) {
      vi.setSystemTime(Date.UTC(2026, 10, 26, 9, minute, 30));
      const response = await fetch(summaryUrl('12'), { headers: { 'If-None-Match': '*' } });
      if (response.status === 503) down.push(minute);
      else expect(response.status).toBe(304);
    }
    expect(down).toEqual([4, 9, 14, 19, 24, 29, 34, 39, 44, 49, 54, 59]);

    vi.setSystemTime(new Date('2026-11-26T09:44:59Z'));
    expect((await fetch(feedUrl('12'))).status).toBe(503);
    expect((await fetch(summaryUrl('11'))).status).toBe(200);
    vi.setSystemTime(new Date('2026-11-26T09:45:00Z'));
    expect((await fetch(summaryUrl('12'))).status).toBe(200);
  });

  it('draws chaos per feed: one province’s polls never move another’s faults, and the index is never failed', async () => {
    const outcomes = async (id: string, between?: string): Promise<string[]> => {
      setChaos(0.5, seededRandom(1), seededFeedRandom(1));
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) {
        if (between) await fetch(summaryUrl(between)).catch(() => null);
        const response = await fetch(summaryUrl(id)).catch(() => null);
        seen.push(response === null ? 'network-error' : `${response.status} ${response.headers.get('Content-Type')?.split(';')[0]}`);
      }
      return seen;
    };
    const alone = await outcomes('01');
    expect(await outcomes('01', '79')).toEqual(alone);
    expect(alone).toContain('200 application/json');
    expect(alone.some((outcome) => outcome !== '200 application/json')).toBe(true);
    expect(await outcomes('79')).not.toEqual(alone);

    setChaos(1, seededRandom(1), seededFeedRandom(1));
    expect((await fetch(INDEX_URL)).status).toBe(200);
    expect(CHAOS_FAULTS).toContain('http-503');
  });

  it('has setUpPage give the index’s address beside the page for "demo-national", and Cần Thơ for "demo"', async () => {
    for (const [feed, path] of [
      ['demo-national', '__demo__/national/index.json'],
      ['demo', '__demo__/feed.json'],
    ] as const) {
      server.use(http.get(`${BASE}config.json`, () => HttpResponse.json({ feedUrl: feed })));
      const setup = await setUpPage(BASE, 'main', '?chaos=0.2');
      expect(setup.feedUrl).toBe(`${BASE}${path}`);
      expect(setup.chaos).toEqual({ share: 0.2 });
    }
  });
});
