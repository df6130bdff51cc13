import { describe, expect, it } from 'vitest';
import { FUTURE_TOLERANCE_MS, feedTimeProblem } from './feed-freshness';

const now = Date.parse('2026-11-26T09:40:00Z');

describe('feedTimeProblem', () => {
  it('accepts a document generated within the stale limit', () => {
    expect(feedTimeProblem(now - 599_000, now, 600)).toBeNull();
  });
  it('calls a document older than the limit stale', () => {
    expect(feedTimeProblem(now - 601_000, now, 600)).toBe('stale');
  });
  it('tolerates a few minutes of clock drift but not a document from tomorrow', () => {
    expect(feedTimeProblem(now + 4 * 60_000, now, 600)).toBeNull();
    expect(feedTimeProblem(now + 24 * 3600_000, now, 600)).toBe('future');
  });
});

// FEED.md: a document "older than the stale limit" gets a warning; one exactly staleAfterSeconds old is not older.
describe('feedTimeProblem at its edges', () => {
  const limitSeconds = 600;

  it('is not stale just under the limit nor at exactly staleAfterSeconds, and is stale one millisecond past it', () => {
    expect(feedTimeProblem(now - limitSeconds * 1000 + 1, now, limitSeconds)).toBeNull();
    expect(feedTimeProblem(now - limitSeconds * 1000, now, limitSeconds)).toBeNull();
    expect(feedTimeProblem(now - limitSeconds * 1000 - 1, now, limitSeconds)).toBe('stale');
  });

  it('puts the edge at the configured limit, whatever it is', () => {
    for (const seconds of [10, 86_400]) {
      expect(feedTimeProblem(now - seconds * 1000, now, seconds)).toBeNull();
      expect(feedTimeProblem(now - seconds * 1000 - 1, now, seconds)).toBe('stale');
    }
  });

  it('tolerates a publisher clock up to FUTURE_TOLERANCE_MS (5 minutes) ahead, and no more', () => {
    expect(FUTURE_TOLERANCE_MS).toBe(5 * 60_000);
    expect(feedTimeProblem(now + FUTURE_TOLERANCE_MS - 1, now, limitSeconds)).toBeNull();
    expect(feedTimeProblem(now + FUTURE_TOLERANCE_MS, now, limitSeconds)).toBeNull();
    expect(feedTimeProblem(now + FUTURE_TOLERANCE_MS + 1, now, limitSeconds)).toBe('future');
  });

  it('calls a document from the future "future", never stale, even with a tiny stale limit', () => {
    expect(feedTimeProblem(now + FUTURE_TOLERANCE_MS + 1, now, 1)).toBe('future');
    expect(feedTimeProblem(now + 60_000, now, 1)).toBeNull();
  });
});
