// How periods read as headings and as the opening of a sentence, in both languages.
import { describe, expect, it } from 'vitest';
import { parseMonth } from '../feed/month';
import { parsePeriod, resolvePeriod } from '../stats/period';
import { formatPeriodLabel, periodAsLead, runningDayOf } from './period-label';

const m = (text: string) => parseMonth(text)!;

/** The label of a period text against a feed whose latest month is given. */
function label(text: string, lang: 'vi' | 'en' = 'vi', latest = '2026-06', earliest = '2024-01'): string {
  const period = parsePeriod(text);
  if (!period) throw new Error(`bad period in test: ${text}`);
  return formatPeriodLabel(resolvePeriod(period, { earliest: m(earliest), latest: m(latest) }), lang);
}

describe('formatPeriodLabel', () => {
  it.each([
    ['ytd', 'Đến tháng 6/2026'],
    ['2026-Q3', 'Quý 3/2026'],
    ['2026-07', 'Tháng 7/2026'],
    ['2025', 'Năm 2025'],
    ['2026-01..2026-06', 'Từ tháng 1 đến tháng 6/2026'],
    ['2025-11..2026-02', 'Từ tháng 11/2025 đến tháng 2/2026'],
    ['2026-H1', '6 tháng đầu năm 2026'],
    ['2026-H2', '6 tháng cuối năm 2026'],
  ])('vi: %s reads %j (ytd with latest month 2026-06)', (text, expected) => {
    expect(label(text, 'vi', text === 'ytd' ? '2026-06' : '2026-12')).toBe(expected);
  });

  it("ytd says which month it reaches, from the feed's latest month", () => {
    expect(label('ytd', 'vi', '2026-06')).toBe('Đến tháng 6/2026');
    expect(label('ytd', 'vi', '2025-12')).toBe('Đến tháng 12/2025');
    expect(label('ytd', 'en', '2026-06')).toBe('Up to June 2026');
  });

  it('ytd with no data still has a label', () => {
    expect(formatPeriodLabel(resolvePeriod({ kind: 'ytd' }, null), 'vi')).toBe('Từ đầu năm');
  });

  it.each([
    ['2026-Q3', 'Q3 2026'],
    ['2026-07', 'July 2026'],
    ['2025', 'Year 2025'],
    ['2026-01..2026-06', 'January to June 2026'],
    ['2026-H1', 'First half of 2026'],
  ])('en: %s reads %j', (text, expected) => {
    expect(label(text, 'en', '2026-12')).toBe(expected);
  });
});

describe('periodAsLead', () => {
  const lead = (text: string, lang: 'vi' | 'en', latest = '2026-11') => {
    const resolved = resolvePeriod(parsePeriod(text)!, { earliest: m('2024-01'), latest: m(latest) });
    return periodAsLead(formatPeriodLabel(resolved, lang), resolved, lang);
  };

  it('opens a Vietnamese sentence with "Trong" before a quarter, month, year or half', () => {
    expect(lead('2026-Q3', 'vi')).toBe('Trong quý 3/2026');
    expect(lead('2026-07', 'vi')).toBe('Trong tháng 7/2026');
    expect(lead('2025', 'vi')).toBe('Trong năm 2025');
    expect(lead('2026-H1', 'vi')).toBe('Trong 6 tháng đầu năm 2026');
    expect(lead('ytd', 'vi')).toBe('Đến tháng 11/2026');
    expect(lead('2026-01..2026-03', 'vi')).toBe('Từ tháng 1 đến tháng 3/2026');
  });

  it('says to which day when the period ends in the month still running', () => {
    // The feed was written on 2 December 2026 (Viet Nam time) and its latest month is December.
    const written = Date.parse('2026-12-02T09:00:00+07:00');
    const running = (text: string, lang: 'vi' | 'en') => {
      const resolved = resolvePeriod(parsePeriod(text)!, { earliest: m('2024-01'), latest: m('2026-12') });
      return periodAsLead(formatPeriodLabel(resolved, lang), resolved, lang, runningDayOf(resolved, written, lang, 'Asia/Ho_Chi_Minh'));
    };
    expect(running('ytd', 'vi')).toBe('Tính đến ngày 2/12/2026');
    expect(running('ytd', 'en')).toBe('By 2 December 2026');
    expect(running('2026-12', 'vi')).toBe('Trong tháng 12/2026 (tính đến ngày 2/12/2026)');
    expect(running('2026-Q4', 'en')).toBe('In Q4 2026 (to 2 December 2026)');
    // A finished month is the whole month: no day.
    expect(running('2026-11', 'vi')).toBe('Trong tháng 11/2026');
    // The feed's day in the configured zone: 1 December 20:00 UTC is already 2 December in Viet Nam.
    expect(
      runningDayOf(
        resolvePeriod({ kind: 'ytd' }, { earliest: m('2026-01'), latest: m('2026-12') }),
        Date.parse('2026-12-01T20:00:00Z'),
        'vi',
        'Asia/Ho_Chi_Minh',
      ),
    ).toBe('2/12/2026');
  });

  it('gives English its preposition', () => {
    expect(lead('2026-Q3', 'en')).toBe('In Q3 2026');
    expect(lead('2025', 'en')).toBe('In 2025');
    expect(lead('ytd', 'en')).toBe('By November 2026');
    expect(lead('2026-01..2026-03', 'en')).toBe('From January to March 2026');
    expect(lead('2026-H1', 'en')).toBe('In the first half of 2026');
    expect(lead('2026-07', 'en')).toBe('In July 2026');
  });
});
