// How numbers, rates, times and months read (FEED.md "Showing numbers"): vi-VN first, English second, times in the configured zone.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatDayDate, formatMonth, formatMonthShort, formatRate, formatTime } from './format';
import { parseMonth } from '../feed/month';
import { rateTenths } from '../stats/rate';

const m = (text: string) => parseMonth(text)!;

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1234, '1.234'],
    [123456, '123.456'],
    [1234567, '1.234.567'],
  ])('vi: %i is %j', (value, expected) => {
    expect(formatCount(value, 'vi')).toBe(expected);
  });

  it.each([
    [123456, '123,456'],
    [1234567, '1,234,567'],
    [42, '42'],
  ])('en: %i is %j', (value, expected) => {
    expect(formatCount(value, 'en')).toBe(expected);
  });
});

describe('formatRate', () => {
  it.each([
    [998, '99,8%', '99.8%'],
    [1000, '100,0%', '100.0%'],
    [951, '95,1%', '95.1%'],
    [999, '99,9%', '99.9%'],
    [1, '0,1%', '0.1%'],
    [0, '0,0%', '0.0%'],
    [50, '5,0%', '5.0%'],
    [5, '0,5%', '0.5%'],
  ])('%i tenths is %j in vi and %j in en', (tenths, vi, en) => {
    expect(formatRate(tenths, 'vi')).toBe(vi);
    expect(formatRate(tenths, 'en')).toBe(en);
  });

  it('shows "—" with no denominator, never NaN, Infinity or 0%', () => {
    expect(formatRate(null, 'vi')).toBe('—');
    expect(formatRate(null, 'en')).toBe('—');
    expect(formatRate(rateTenths(0, 0), 'vi')).toBe('—');
  });

  it('shows the FEED.md examples end to end', () => {
    expect(formatRate(rateTenths(1901, 2000), 'vi')).toBe('95,1%');
    expect(formatRate(rateTenths(1999, 2000), 'vi')).toBe('99,9%');
    expect(formatRate(rateTenths(1, 100000), 'vi')).toBe('0,1%');
  });
});

describe('dates and times', () => {
  const ms = Date.parse('2026-11-26T09:40:00Z');

  it('shows generatedAt in Asia/Ho_Chi_Minh as "16:40 26/11/2026"', () => {
    expect(formatDateTime(ms, 'vi', 'Asia/Ho_Chi_Minh')).toBe('16:40 26/11/2026');
    expect(formatTime(ms, 'vi', 'Asia/Ho_Chi_Minh')).toBe('16:40');
    expect(formatDate(ms, 'vi', 'Asia/Ho_Chi_Minh')).toBe('26/11/2026');
    expect(formatTime(ms, 'vi', 'Asia/Ho_Chi_Minh', true)).toBe('16:40:00');
  });

  it("follows the configured zone, not the machine's", () => {
    // The same instant in two configured zones: the result depends on the zone given, so the
    // process's own zone cannot be what decides it.
    expect(formatDateTime(ms, 'vi', 'UTC')).toBe('09:40 26/11/2026');
    expect(formatDateTime(ms, 'vi', 'Asia/Ho_Chi_Minh')).toBe('16:40 26/11/2026');
    expect(formatDateTime(ms, 'vi', 'America/New_York')).toBe('04:40 26/11/2026');
  });

  it('moves the date with the zone across midnight, and writes midnight as 00, not 24', () => {
    const lateEvening = Date.parse('2026-11-25T17:05:00Z');
    expect(formatDateTime(lateEvening, 'vi', 'Asia/Ho_Chi_Minh')).toBe('00:05 26/11/2026');
    expect(formatDateTime(lateEvening, 'vi', 'UTC')).toBe('17:05 25/11/2026');
    expect(formatDateTime(Date.parse('2026-01-01T00:00:00Z'), 'vi', 'UTC')).toBe('00:00 01/01/2026');
  });

  it('reads a generatedAt with an offset as the instant it names', () => {
    expect(formatDateTime(Date.parse('2026-11-26T16:40:00+07:00'), 'vi', 'Asia/Ho_Chi_Minh')).toBe('16:40 26/11/2026');
  });

  it('writes English dates with the month in words, which 02/12/2026 is not to every reader (24-hour clock kept)', () => {
    expect(formatDateTime(ms, 'en', 'Asia/Ho_Chi_Minh')).toBe('16:40, 26 November 2026');
    expect(formatDateTime(Date.parse('2026-12-02T08:05:00+07:00'), 'en', 'Asia/Ho_Chi_Minh')).toBe('08:05, 2 December 2026');
    expect(formatDayDate(Date.parse('2026-12-02T08:05:00+07:00'), 'en', 'Asia/Ho_Chi_Minh')).toBe('2 December 2026');
    expect(formatDayDate(Date.parse('2026-12-02T08:05:00+07:00'), 'vi', 'Asia/Ho_Chi_Minh')).toBe('2/12/2026');
  });

  it('gives the same text whatever TZ the process runs in', () => {
    // process.env.TZ cannot be changed reliably inside a running process, so run a fresh one per zone.
    const formatUrl = new URL('./format.ts', import.meta.url).href;
    const code = `const f = await import(${JSON.stringify(formatUrl)});
        process.stdout.write(f.formatDateTime(Date.parse('2026-11-26T09:40:00Z'), 'vi', 'Asia/Ho_Chi_Minh') + '|' + new Date(0).getTimezoneOffset());`;
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      }),
    );
    const [texts, offsets] = [outputs.map((o) => o.split('|')[0]), outputs.map((o) => o.split('|')[1])];
    // The child processes really ran in different zones...
    expect(new Set(offsets).size).toBe(3);
    // ...and all said the same thing.
    expect(texts).toEqual(['16:40 26/11/2026', '16:40 26/11/2026', '16:40 26/11/2026']);
  }, 30_000);
});

describe('months', () => {
  it('names a month in both languages', () => {
    expect(formatMonth(m('2026-06'), 'vi')).toBe('tháng 6/2026');
    expect(formatMonth(m('2026-06'), 'en')).toBe('June 2026');
    expect(formatMonthShort(m('2026-12'), 'vi')).toBe('12/2026');
    expect(formatMonthShort(m('2026-01'), 'en')).toBe('Jan 2026');
  });
});
