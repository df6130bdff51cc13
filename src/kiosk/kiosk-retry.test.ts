// The kiosk over a long outage, on fake timers: the kiosk's own query options (kioskFeedPolling through
// feedQueryOptions, as kiosk-app.tsx builds them) retry with a delay that doubles up to the ceiling and stays there,
// and never stop retrying, three hours on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { feedQueryOptions } from '../queries/feed-query';
import { kioskFeedPolling, kioskRetryCeilingMs } from './kiosk-setup-query';

const FEED = 'https://thongke.example.vn/tthc/feed.json';
const HOURS = 3_600_000;

let attempts: number[];

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-26T09:40:00Z') });
  attempts = [];
  // The feed cannot be reached at all: every request fails at once, as a dropped network does.
  vi.stubGlobal('fetch', async () => {
    attempts.push(Date.now());
    throw new TypeError('Failed to fetch');
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The gaps between the kiosk's requests during an outage of `durationMs` from its first load. */
async function outageGaps(pollSeconds: number, durationMs: number): Promise<number[]> {
  const queryClient = new QueryClient();
  const observer = new QueryObserver(queryClient, feedQueryOptions(FEED, kioskFeedPolling(pollSeconds), queryClient));
  const unsubscribe = observer.subscribe(() => {});
  await vi.advanceTimersByTimeAsync(durationMs);
  unsubscribe();
  queryClient.clear();
  return attempts.slice(1).map((at, index) => at - attempts[index]!);
}

describe('the kiosk through a long outage', () => {
  it('has a ceiling between 30 s and 5 minutes, a poll interval when that lies between', () => {
    expect(kioskRetryCeilingMs(10)).toBe(30_000);
    expect(kioskRetryCeilingMs(60)).toBe(60_000);
    expect(kioskRetryCeilingMs(120)).toBe(120_000);
    expect(kioskRetryCeilingMs(3600)).toBe(300_000);
    expect(kioskFeedPolling(60)).toMatchObject({ retries: Infinity, inBackground: true, maxRetryDelayMs: 60_000 });
  });

  for (const pollSeconds of [60, 3600]) {
    it(`doubles its retry delay up to the ceiling, stays there, and is still retrying after 3 hours (pollSeconds ${pollSeconds})`, async () => {
      const ceiling = kioskRetryCeilingMs(pollSeconds);
      const gaps = await outageGaps(pollSeconds, 3 * HOURS);
      const firstAtCeiling = gaps.indexOf(ceiling);
      expect(firstAtCeiling, `gaps: ${gaps.slice(0, 12).join(', ')}`).toBeGreaterThan(0);
      const growing = gaps.slice(0, firstAtCeiling);
      // 1 s, 2 s, 4 s, … each twice the one before, all below the ceiling.
      expect(growing[0]).toBeLessThanOrEqual(2000);
      growing.slice(1).forEach((gap, index) => expect(gap).toBe(2 * growing[index]!));
      expect(Math.max(...growing)).toBeLessThan(ceiling);
      // Then the ceiling, every time, to the end.
      expect(gaps.slice(firstAtCeiling).every((gap) => gap === ceiling)).toBe(true);
      // Never gives up: the last request is at most one ceiling before the end of the three hours.
      const started = attempts[0]!;
      expect(started + 3 * HOURS - attempts.at(-1)!).toBeLessThanOrEqual(ceiling);
      expect(attempts.length).toBeGreaterThanOrEqual(Math.floor((3 * HOURS - 2 * ceiling) / ceiling));
    });
  }
});
