// Average processing time (FEED.md "Fields"): resolvedMinutes / resolved in days with one decimal, rounded half up.
import { describe, expect, it } from 'vitest';
import { formatDays } from '../i18n/format';
import { averageDaysTenths } from './rate';

describe('averageDaysTenths', () => {
  it('is none when nothing was resolved', () => {
    expect(averageDaysTenths(0, 0)).toBeNull();
    expect(averageDaysTenths(5000, 0)).toBeNull();
  });

  it('gives tenths of a day, half up, exactly at the edges', () => {
    expect(averageDaysTenths(3600, 1)).toBe(25); // 2.5 days
    expect(averageDaysTenths(72, 1)).toBe(1); // 0.05 day: half up
    expect(averageDaysTenths(71, 1)).toBe(0); // just under
    expect(averageDaysTenths(36000, 21)).toBe(12); // 1.19 days
    expect(averageDaysTenths(0, 4)).toBe(0);
  });
});

describe('formatDays', () => {
  it('says days as officials read them, and "—" without a denominator', () => {
    expect(formatDays(25, 'vi')).toBe('2,5 ngày');
    expect(formatDays(25, 'en')).toBe('2.5 days');
    expect(formatDays(10, 'en')).toBe('1.0 day');
    expect(formatDays(12345, 'vi')).toBe('1.234,5 ngày');
    expect(formatDays(null, 'vi')).toBe('—');
  });
});
