// The `period` values of FEED.md: which parse, what months they cover, and how they are clamped to a feed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIOD, formatPeriod, parsePeriod, periodMonths, resolvePeriod, samePeriod, type Period } from './period';
import { monthKey, monthOf, parseMonth } from '../feed/month';

const m = (text: string) => {
  const month = parseMonth(text);
  if (month === null) throw new Error(`bad month in test: ${text}`);
  return month;
};

const keys = (range: { from: number; to: number }) => `${monthKey(range.from)}..${monthKey(range.to)}`;

describe('parsePeriod', () => {
  it.each<[string, Period]>([
    ['ytd', { kind: 'ytd' }],
    ['2026', { kind: 'year', year: 2026 }],
    ['2026-Q1', { kind: 'quarter', year: 2026, quarter: 1 }],
    ['2026-Q3', { kind: 'quarter', year: 2026, quarter: 3 }],
    ['2026-Q4', { kind: 'quarter', year: 2026, quarter: 4 }],
    ['2026-H1', { kind: 'half', year: 2026, half: 1 }],
    ['2026-H2', { kind: 'half', year: 2026, half: 2 }],
    ['2026-07', { kind: 'month', month: m('2026-07') }],
    ['2026-12', { kind: 'month', month: m('2026-12') }],
    ['2026-01..2026-06', { kind: 'range', from: m('2026-01'), to: m('2026-06') }],
    ['2025-11..2026-02', { kind: 'range', from: m('2025-11'), to: m('2026-02') }],
    ['2026-03..2026-03', { kind: 'range', from: m('2026-03'), to: m('2026-03') }],
  ])('reads %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it('tolerates white space around a value (as a pasted URL may carry)', () => {
    expect(parsePeriod(' 2026-Q3 ')).toEqual({ kind: 'quarter', year: 2026, quarter: 3 });
  });

  it.each([
    '2026-Q5',
    '2026-Q0',
    '2026-H3',
    '2026-H0',
    '2026-13',
    '2026-00',
    '2026-1',
    '2026-7',
    '26',
    '202607',
    '2026-06..2026-01',
    '2026-01..2026-13',
    '2026-01..',
    '..2026-06',
    '2026-01...2026-06',
    '2026-01..2026-06..2026-09',
    'abc',
    '',
    '   ',
    '<script>',
    '<script>alert(1)</script>',
    'YTD',
    'ytd2026',
    '2026-q3',
    '2026-h1',
    '0000',
    '9999',
    '2026-Q3 2026-Q4',
    '1e3',
    '-2026',
  ])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const period = parsePeriod(text);
        expect(period === null || typeof period.kind === 'string').toBe(true);
      }),
    );
  });
});

describe('formatPeriod', () => {
  it.each(['ytd', '2026', '2026-Q3', '2026-H1', '2026-H2', '2026-07', '2026-01..2026-06', '2025-11..2026-02'])('round-trips %j', (text) => {
    const period = parsePeriod(text);
    expect(period).not.toBeNull();
    expect(formatPeriod(period!)).toBe(text);
  });

  it('round-trips every period it can write (property)', () => {
    const year = fc.integer({ min: 1990, max: 2199 });
    const month = fc.integer({ min: monthOf(1990, 1), max: monthOf(2199, 12) });
    const period: fc.Arbitrary<Period> = fc.oneof(
      fc.constant<Period>({ kind: 'ytd' }),
      year.map((y): Period => ({ kind: 'year', year: y })),
      fc
        .tuple(year, fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>)
        .map(([y, q]): Period => ({ kind: 'quarter', year: y, quarter: q })),
      fc.tuple(year, fc.constantFrom(1, 2) as fc.Arbitrary<1 | 2>).map(([y, h]): Period => ({ kind: 'half', year: y, half: h })),
      month.map((mo): Period => ({ kind: 'month', month: mo })),
      fc.tuple(month, month).map(([a, b]): Period => ({ kind: 'range', from: Math.min(a, b), to: Math.max(a, b) })),
    );
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
      }),
    );
  });

  it('samePeriod compares by value', () => {
    expect(samePeriod(parsePeriod('2026-Q3')!, { kind: 'quarter', year: 2026, quarter: 3 })).toBe(true);
    expect(samePeriod(parsePeriod('2026-Q3')!, parsePeriod('2026-07..2026-09')!)).toBe(false);
  });

  it('defaults to ytd', () => {
    expect(DEFAULT_PERIOD).toEqual({ kind: 'ytd' });
  });
});

describe('periodMonths', () => {
  const latest = m('2026-06');
  it.each([
    ['ytd', '2026-01..2026-06'],
    ['2026', '2026-01..2026-12'],
    ['2026-Q1', '2026-01..2026-03'],
    ['2026-Q2', '2026-04..2026-06'],
    ['2026-Q3', '2026-07..2026-09'],
    ['2026-Q4', '2026-10..2026-12'],
    ['2026-H1', '2026-01..2026-06'],
    ['2026-H2', '2026-07..2026-12'],
    ['2026-07', '2026-07..2026-07'],
    ['2025-11..2026-02', '2025-11..2026-02'],
  ])('%s covers %s', (text, expected) => {
    expect(keys(periodMonths(parsePeriod(text)!, latest))).toBe(expected);
  });

  it('ytd follows the latest month into its year', () => {
    expect(keys(periodMonths({ kind: 'ytd' }, m('2027-01')))).toBe('2027-01..2027-01');
    expect(keys(periodMonths({ kind: 'ytd' }, m('2025-12')))).toBe('2025-01..2025-12');
  });
});

describe('resolvePeriod', () => {
  const feed = { earliest: m('2025-01'), latest: m('2026-06') };

  function resolved(text: string, months: { earliest: number; latest: number } | null = feed) {
    return resolvePeriod(parsePeriod(text)!, months);
  }

  it('keeps a period that lies inside the feed as it is', () => {
    const r = resolved('2026-Q1');
    expect(r).toMatchObject({ hasMonths: true, clamped: false });
    if (r.hasMonths) expect(keys(r.range)).toBe('2026-01..2026-03');
  });

  it("ytd runs from January of the latest month's year to the latest month, unclamped", () => {
    const r = resolved('ytd');
    expect(r).toMatchObject({ hasMonths: true, clamped: false });
    if (r.hasMonths) expect(keys(r.range)).toBe('2026-01..2026-06');
  });

  it.each([
    ['2026', '2026-01..2026-06'],
    ['2026-H1', '2026-01..2026-06'],
    ['2026-Q2', '2026-04..2026-06'],
    ['2025-10..2026-12', '2025-10..2026-06'],
  ])('clamps %s at the latest month', (text, expected) => {
    const r = resolved(text);
    expect(r.hasMonths).toBe(true);
    if (r.hasMonths) {
      expect(keys(r.range)).toBe(expected);
      expect(r.clamped).toBe(expected !== keys(periodMonths(parsePeriod(text)!, feed.latest)));
    }
  });

  it('says clamped when the period reached past the latest month', () => {
    const r = resolved('2026');
    expect(r.hasMonths && r.clamped).toBe(true);
    const h1 = resolved('2026-H1');
    expect(h1.hasMonths && h1.clamped).toBe(false);
  });

  it.each(['2026-07', '2026-Q3', '2026-H2', '2027', '2026-07..2026-12'])(
    'has no months for %s, entirely after the latest month',
    (text) => {
      expect(resolved(text)).toEqual({ hasMonths: false, period: parsePeriod(text) });
    },
  );

  it.each(['2024', '2024-12', '2024-Q4', '2023-01..2024-12'])('has no months for %s, entirely before the earliest month', (text) => {
    expect(resolved(text)).toEqual({ hasMonths: false, period: parsePeriod(text) });
  });

  it('keeps a period that overlaps the earliest month', () => {
    const r = resolved('2024-10..2025-02');
    expect(r.hasMonths).toBe(true);
    if (r.hasMonths) expect(r.range.to).toBe(m('2025-02'));
  });

  it('the latest and the earliest month themselves have months', () => {
    expect(resolved('2026-06').hasMonths).toBe(true);
    expect(resolved('2025-01').hasMonths).toBe(true);
  });

  it('has no months at all for a feed with no rows', () => {
    expect(resolved('ytd', null)).toEqual({ hasMonths: false, period: { kind: 'ytd' } });
    expect(resolved('2026', null).hasMonths).toBe(false);
  });

  it('never resolves to a range past the latest month or ending before the earliest (property)', () => {
    const month = fc.integer({ min: monthOf(2020, 1), max: monthOf(2030, 12) });
    fc.assert(
      fc.property(month, month, month, month, (a, b, c, d) => {
        const [earliest, latest] = [Math.min(a, b), Math.max(a, b)];
        const period: Period = { kind: 'range', from: Math.min(c, d), to: Math.max(c, d) };
        const r = resolvePeriod(period, { earliest, latest });
        const overlaps = period.from <= latest && period.to >= earliest;
        expect(r.hasMonths).toBe(overlaps);
        if (r.hasMonths) {
          expect(r.range.to).toBeLessThanOrEqual(latest);
          expect(r.range.to).toBeGreaterThanOrEqual(earliest);
          expect(r.range.from).toBe(period.from);
          expect(r.range.from).toBeLessThanOrEqual(r.range.to);
          expect(r.clamped).toBe(period.to > latest);
        }
      }),
    );
  });
});
