import { describe, expect, it } from 'vitest';
import { GIVE_UP_AFTER_MS, firstReloadAt, nextReloadAt, reloadDecision } from './kiosk-reload';

const HCM = 'Asia/Ho_Chi_Minh';
const at = (iso: string) => Date.parse(iso);

describe('nextReloadAt', () => {
  it('is 03:00 the same night when the kiosk runs in the evening, in Vietnam time', () => {
    expect(nextReloadAt(at('2026-11-26T21:15:00+07:00'), HCM, 3)).toBe(at('2026-11-27T03:00:00+07:00'));
  });

  it('is 03:00 today when it is still earlier, and tomorrow once 03:00 has passed', () => {
    expect(nextReloadAt(at('2026-11-27T01:59:59+07:00'), HCM, 3)).toBe(at('2026-11-27T03:00:00+07:00'));
    expect(nextReloadAt(at('2026-11-27T03:00:00+07:00'), HCM, 3)).toBe(at('2026-11-28T03:00:00+07:00'));
    expect(nextReloadAt(at('2026-11-27T03:00:00.500+07:00'), HCM, 3)).toBe(at('2026-11-28T03:00:00+07:00'));
  });

  it('counts in the configured zone, whatever UTC date it is', () => {
    // 20:30 UTC on the 26th is already 03:30 on the 27th in Hồ Chí Minh City.
    expect(nextReloadAt(at('2026-11-26T20:30:00Z'), HCM, 3)).toBe(at('2026-11-28T03:00:00+07:00'));
    expect(nextReloadAt(at('2026-11-26T20:30:00Z'), HCM, 4)).toBe(at('2026-11-27T04:00:00+07:00'));
    expect(nextReloadAt(at('2026-11-26T20:30:00Z'), 'UTC', 3)).toBe(at('2026-11-27T03:00:00Z'));
  });

  it('crosses month and year ends', () => {
    expect(nextReloadAt(at('2026-12-31T23:00:00+07:00'), HCM, 0)).toBe(at('2027-01-01T00:00:00+07:00'));
    expect(nextReloadAt(at('2026-02-28T05:00:00+07:00'), HCM, 3)).toBe(at('2026-03-01T03:00:00+07:00'));
  });

  it('keeps the wall hour across a daylight-saving change', () => {
    // Berlin moves from +01:00 to +02:00 on 29 March 2026 at 02:00.
    expect(nextReloadAt(at('2026-03-28T12:00:00+01:00'), 'Europe/Berlin', 3)).toBe(at('2026-03-29T03:00:00+02:00'));
    expect(nextReloadAt(at('2026-03-29T12:00:00+02:00'), 'Europe/Berlin', 3)).toBe(at('2026-03-30T03:00:00+02:00'));
    expect(nextReloadAt(at('2026-10-24T12:00:00+02:00'), 'Europe/Berlin', 3)).toBe(at('2026-10-25T03:00:00+01:00'));
  });

  it('never reloads a kiosk switched on minutes before the hour', () => {
    expect(firstReloadAt(at('2026-11-27T02:55:00+07:00'), HCM, 3)).toBe(at('2026-11-28T03:00:00+07:00'));
    expect(firstReloadAt(at('2026-11-27T02:30:00+07:00'), HCM, 3)).toBe(at('2026-11-27T03:00:00+07:00'));
  });
});

describe('reloadDecision', () => {
  const reloadAt = at('2026-11-27T03:00:00+07:00');

  it('waits for the hour', () => {
    expect(reloadDecision({ now: reloadAt - 1, reloadAt, outage: false, cacheCarries: false })).toBe('not-yet');
  });

  it('reloads at the hour when the feed answers', () => {
    expect(reloadDecision({ now: reloadAt, reloadAt, outage: false, cacheCarries: false })).toBe('reload');
  });

  it('reloads during an outage only when the saved copy carries the screen', () => {
    expect(reloadDecision({ now: reloadAt + 60_000, reloadAt, outage: true, cacheCarries: true })).toBe('reload');
    expect(reloadDecision({ now: reloadAt + 60_000, reloadAt, outage: true, cacheCarries: false })).toBe('postpone');
  });

  it('gives the day up after a long outage, and a late recovery reloads then', () => {
    expect(reloadDecision({ now: reloadAt + GIVE_UP_AFTER_MS, reloadAt, outage: true, cacheCarries: false })).toBe('skip');
    expect(reloadDecision({ now: reloadAt + GIVE_UP_AFTER_MS - 1, reloadAt, outage: false, cacheCarries: false })).toBe('reload');
  });
});
