// The figures of one unit over one period: the Biểu số 06 counts and what FEED.md derives from them.
import type { CountField, ExtraCountField } from '../feed/feed-schema';
import { averageDaysTenths, rateTenths, type DaysTenths, type RateTenths } from './rate';

/** The ten Biểu số 06 counts, plus pendingDueSoon (a stock) and resolvedMinutes (a flow), 0 in a document without them. */
export type Counts = Record<CountField | ExtraCountField, number>;

export type UnitFigures = Counts & {
  /** Rows that went into these figures; 0 means "no data", never zeros shown as figures. */
  rowCount: number;
  received: number;
  toProcess: number;
  resolved: number;
  pending: number;
  onTimeRate: RateTenths;
  onlineRate: RateTenths;
  progressRate: RateTenths;
  /** Average processing time, resolvedMinutes / resolved, in tenths of a day; null when nothing was resolved. */
  averageDays: DaysTenths;
};

export function emptyCounts(): Counts {
  return {
    carriedOver: 0,
    receivedOnline: 0,
    receivedDirect: 0,
    receivedPostal: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    returned: 0,
    pendingWithinDeadline: 0,
    pendingOverdue: 0,
    pendingDueSoon: 0,
    resolvedMinutes: 0,
  };
}

/** Field by field rather than a loop over COUNT_FIELDS: keyed access made a national roll-up several times slower. */
export function addCounts(into: Counts, from: Counts): void {
  into.carriedOver += from.carriedOver;
  into.receivedOnline += from.receivedOnline;
  into.receivedDirect += from.receivedDirect;
  into.receivedPostal += from.receivedPostal;
  into.resolvedEarly += from.resolvedEarly;
  into.resolvedOnTime += from.resolvedOnTime;
  into.resolvedLate += from.resolvedLate;
  into.returned += from.returned;
  into.pendingWithinDeadline += from.pendingWithinDeadline;
  into.pendingOverdue += from.pendingOverdue;
  into.pendingDueSoon += from.pendingDueSoon;
  into.resolvedMinutes += from.resolvedMinutes;
}

export function deriveFigures(counts: Counts, rowCount: number): UnitFigures {
  const received = counts.receivedOnline + counts.receivedDirect + counts.receivedPostal;
  const resolved = counts.resolvedEarly + counts.resolvedOnTime + counts.resolvedLate;
  const pending = counts.pendingWithinDeadline + counts.pendingOverdue;
  const onTime = counts.resolvedEarly + counts.resolvedOnTime;
  // A literal, not `...counts`: V8 keeps spread objects of this size in slow dictionary mode, and tables sort on these.
  return {
    carriedOver: counts.carriedOver,
    receivedOnline: counts.receivedOnline,
    receivedDirect: counts.receivedDirect,
    receivedPostal: counts.receivedPostal,
    resolvedEarly: counts.resolvedEarly,
    resolvedOnTime: counts.resolvedOnTime,
    resolvedLate: counts.resolvedLate,
    returned: counts.returned,
    pendingWithinDeadline: counts.pendingWithinDeadline,
    pendingOverdue: counts.pendingOverdue,
    pendingDueSoon: counts.pendingDueSoon,
    resolvedMinutes: counts.resolvedMinutes,
    rowCount,
    received,
    toProcess: counts.carriedOver + received,
    resolved,
    pending,
    onTimeRate: rateTenths(onTime, resolved),
    onlineRate: rateTenths(counts.receivedOnline, received),
    progressRate: rateTenths(onTime + counts.pendingWithinDeadline, resolved + pending),
    averageDays: averageDaysTenths(counts.resolvedMinutes, resolved),
  };
}
