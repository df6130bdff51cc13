import { describe, expect, it } from 'vitest';
import { feedTimeProblem } from './feed-freshness';

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
