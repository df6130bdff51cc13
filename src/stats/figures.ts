// The figures of one unit over one period: the Biểu số 06 counts and what FEED.md derives from them.
import { COUNT_FIELDS, type CountField } from '../feed/feed-schema';
import { rateTenths, type RateTenths } from './rate';

export type Counts = Record<CountField, number>;

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
  };
}

export function addCounts(into: Counts, from: Counts): void {
  for (const field of COUNT_FIELDS) into[field] += from[field];
}

export function deriveFigures(counts: Counts, rowCount: number): UnitFigures {
  const received = counts.receivedOnline + counts.receivedDirect + counts.receivedPostal;
  const resolved = counts.resolvedEarly + counts.resolvedOnTime + counts.resolvedLate;
  const pending = counts.pendingWithinDeadline + counts.pendingOverdue;
  const onTime = counts.resolvedEarly + counts.resolvedOnTime;
  return {
    ...counts,
    rowCount,
    received,
    toProcess: counts.carriedOver + received,
    resolved,
    pending,
    onTimeRate: rateTenths(onTime, resolved),
    onlineRate: rateTenths(counts.receivedOnline, received),
    progressRate: rateTenths(onTime + counts.pendingWithinDeadline, resolved + pending),
  };
}
