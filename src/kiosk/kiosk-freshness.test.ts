import { describe, expect, it } from 'vitest';
import { FeedError } from '../queries/fetch-feed';
import { formatAge } from '../i18n/kiosk-messages';
import { ageParts, freshness, staleReason } from './kiosk-freshness';

const generated = Date.parse('2026-11-26T16:40:00+07:00');
const minute = 60_000;

describe('freshness', () => {
  it('is fresh while generatedAt is within staleAfterSeconds, even while a poll fails', () => {
    const outage = new FeedError({ code: 'network', detail: 'x' });
    expect(freshness(generated + 10 * minute, generated, 600, null)).toEqual({ stale: false });
    expect(freshness(generated + 10 * minute, generated, 600, outage)).toEqual({ stale: false });
  });

  it('is stale since generatedAt once older, saying whether the feed is down, refused or unchanged', () => {
    const now = generated + 10 * minute + 1;
    expect(freshness(now, generated, 600, new FeedError({ code: 'http', status: 503, retryAfterSeconds: null }))).toEqual({
      stale: true,
      since: generated,
      reason: 'unreachable',
    });
    expect(freshness(now, generated, 600, new FeedError({ code: 'refused', refusal: { code: 'html' } }))).toMatchObject({
      reason: 'refused',
    });
    expect(freshness(now, generated, 600, null)).toMatchObject({ reason: 'unchanged' });
  });

  it('does not call a generatedAt in the future stale', () => {
    expect(freshness(generated - 60 * minute, generated, 600, null)).toEqual({ stale: false });
  });

  it('counts an unknown failure as unreachable', () => {
    expect(staleReason(new TypeError('Failed to fetch'))).toBe('unreachable');
    expect(staleReason(undefined)).toBe('unchanged');
  });
});

describe('age in words', () => {
  it('says the two largest units in Vietnamese and English', () => {
    const vi = (ms: number) => formatAge(ageParts(ms), 'vi');
    const en = (ms: number) => formatAge(ageParts(ms), 'en');
    expect(vi(30_000)).toBe('chưa đến 1 phút');
    expect(vi(45 * minute)).toBe('45 phút');
    expect(vi(3 * 60 * minute + 20 * minute + 59_000)).toBe('3 giờ 20 phút');
    expect(vi(2 * 60 * minute)).toBe('2 giờ');
    expect(vi(2 * 1440 * minute + 4 * 60 * minute + 30 * minute)).toBe('2 ngày 4 giờ');
    expect(en(61 * minute)).toBe('1 hour 1 minute');
    expect(en(3 * 1440 * minute)).toBe('3 days');
    expect(vi(-5000)).toBe('chưa đến 1 phút');
  });
});

// FEED.md: figures "older than the stale limit" are marked; exactly staleAfterSeconds old is not older.
describe('freshness at the stale limit', () => {
  it('is fresh just under and at exactly staleAfterSeconds, and stale one millisecond past it', () => {
    expect(freshness(generated + 600_000 - 1, generated, 600, null)).toEqual({ stale: false });
    expect(freshness(generated + 600_000, generated, 600, null)).toEqual({ stale: false });
    expect(freshness(generated + 600_000 + 1, generated, 600, null)).toEqual({ stale: true, since: generated, reason: 'unchanged' });
  });
});
