// The periods of FEED.md ("ytd", "2026", "2026-Q3", "2026-H1", "2026-07", "2026-01..2026-06") and the months each covers.
import { monthKey, monthOf, monthYear, parseMonth, type MonthIndex } from '../feed/month';

export type Period =
  | { kind: 'ytd' }
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'month'; month: MonthIndex }
  | { kind: 'range'; from: MonthIndex; to: MonthIndex };

/** The months a period covers once clamped to the feed, both ends inclusive. */
export type MonthRange = { from: MonthIndex; to: MonthIndex };

export type ResolvedPeriod =
  { hasMonths: true; period: Period; range: MonthRange; clamped: boolean } | { hasMonths: false; period: Period };

export const DEFAULT_PERIOD: Period = { kind: 'ytd' };

const MIN_YEAR = 1990;
const MAX_YEAR = 2199;

function plausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Reads a `period` value; null when it is not one of the forms FEED.md allows. */
export function parsePeriod(text: string): Period | null {
  const value = text.trim();
  if (value === 'ytd') return { kind: 'ytd' };
  let match = /^(\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    return plausibleYear(year) ? { kind: 'year', year } : null;
  }
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    return plausibleYear(year) ? { kind: 'quarter', year, quarter: Number(match[2]) as 1 | 2 | 3 | 4 } : null;
  }
  match = /^(\d{4})-H([12])$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    return plausibleYear(year) ? { kind: 'half', year, half: Number(match[2]) as 1 | 2 } : null;
  }
  match = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(value);
  if (match) {
    const from = parseMonth(match[1] ?? '');
    const to = parseMonth(match[2] ?? '');
    if (from === null || to === null || from > to) return null;
    if (!plausibleYear(monthYear(from)) || !plausibleYear(monthYear(to))) return null;
    return { kind: 'range', from, to };
  }
  const month = parseMonth(value);
  if (month !== null && plausibleYear(monthYear(month))) return { kind: 'month', month };
  return null;
}

export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'ytd':
      return 'ytd';
    case 'year':
      return String(period.year);
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'half':
      return `${period.year}-H${period.half}`;
    case 'month':
      return monthKey(period.month);
    case 'range':
      return `${monthKey(period.from)}..${monthKey(period.to)}`;
  }
}

/** The months a period names, before clamping; ytd needs the feed's latest month. */
export function periodMonths(period: Period, latestMonth: MonthIndex): MonthRange {
  switch (period.kind) {
    case 'ytd':
      return { from: monthOf(monthYear(latestMonth), 1), to: latestMonth };
    case 'year':
      return { from: monthOf(period.year, 1), to: monthOf(period.year, 12) };
    case 'quarter':
      return { from: monthOf(period.year, period.quarter * 3 - 2), to: monthOf(period.year, period.quarter * 3) };
    case 'half':
      return { from: monthOf(period.year, period.half * 6 - 5), to: monthOf(period.year, period.half * 6) };
    case 'month':
      return { from: period.month, to: period.month };
    case 'range':
      return { from: period.from, to: period.to };
  }
}

/**
 * Clamps a period to the feed: it ends at the feed's latest month, and has no months
 * at all when none of them holds a row ("no data for this period", never zeros).
 */
export function resolvePeriod(period: Period, feedMonths: { earliest: MonthIndex; latest: MonthIndex } | null): ResolvedPeriod {
  if (!feedMonths) return { hasMonths: false, period };
  const named = periodMonths(period, feedMonths.latest);
  const to = Math.min(named.to, feedMonths.latest);
  if (named.from > to || to < feedMonths.earliest) return { hasMonths: false, period };
  return { hasMonths: true, period, range: { from: named.from, to }, clamped: to < named.to };
}

export function samePeriod(a: Period, b: Period): boolean {
  return formatPeriod(a) === formatPeriod(b);
}
