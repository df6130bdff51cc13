import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { DASHBOARD_POLLING, feedQueryOptions, feedTimeoutMs, retryDelayMs, shownFailure } from './feed-query';
import { FeedError } from './fetch-feed';

describe('feedQueryOptions', () => {
  const options = feedQueryOptions('http://x/feed.json', { ...DASHBOARD_POLLING, pollSeconds: 45 }, new QueryClient());

  it('polls every pollSeconds, not while the tab is hidden, and again on return', () => {
    expect(options.refetchInterval).toBe(45_000);
    expect(options.refetchIntervalInBackground).toBe(false);
    expect(options.refetchOnWindowFocus).toBe(true);
  });

  it('keeps a document fresh for one interval, so a view mounted later does not fetch it again', () => {
    expect(options.staleTime).toBe(45_000);
  });

  it('ends a request that hangs by the next poll at the latest', () => {
    expect(feedTimeoutMs(45)).toBe(20_000);
    expect(feedTimeoutMs(10)).toBe(10_000);
  });

  it('does not retry a refused document at once, but does retry an outage', () => {
    const retry = options.retry as (count: number, error: Error) => boolean;
    expect(retry(0, new FeedError({ code: 'refused', refusal: { code: 'html' } }))).toBe(false);
    expect(retry(0, new FeedError({ code: 'http', status: 503, retryAfterSeconds: null }))).toBe(true);
    expect(retry(2, new FeedError({ code: 'http', status: 503, retryAfterSeconds: null }))).toBe(false);
  });

  it('grows the retry delay to a ceiling and honours Retry-After', () => {
    const outage = new FeedError({ code: 'network', detail: 'x' });
    expect([0, 1, 2, 3, 10].map((attempt) => retryDelayMs(attempt, outage, 30_000))).toEqual([1000, 2000, 4000, 8000, 30_000]);
    expect(retryDelayMs(0, new FeedError({ code: 'http', status: 503, retryAfterSeconds: 12 }), 30_000)).toBe(12_000);
    expect(retryDelayMs(0, new FeedError({ code: 'http', status: 503, retryAfterSeconds: 3600 }), 30_000)).toBe(30_000);
  });
});

describe('shownFailure', () => {
  const outage = new Error('HTTP 503');

  it('is the latest attempt’s failure, or the one before while a new attempt runs with no document yet', () => {
    expect(shownFailure({ error: null, failureReason: outage, isSuccess: false }, null)).toBe(outage);
    expect(shownFailure({ error: null, failureReason: null, isSuccess: false }, outage)).toBe(outage);
    expect(shownFailure({ error: null, failureReason: null, isSuccess: false }, null)).toBeNull();
    expect(shownFailure({ error: null, failureReason: null, isSuccess: true }, outage)).toBeNull();
  });
});
