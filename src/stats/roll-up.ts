// Figures of any (unit, period[, field]): each unit's own rows over the period, then summed up the tree. One pass per
// period and field, cached per document. In a document by field a unit's own figures are the sum over its fields, each
// field's stocks from that field's own earliest and latest rows (FEED.md "Fields").
import type { FeedModel, IndexedRow } from '../feed/feed-model';
import { forField } from '../feed/field-view';
import { addCounts, deriveFigures, emptyCounts, type Counts, type UnitFigures } from './figures';
import type { MonthIndex } from '../feed/month';
import type { MonthRange } from './period';

/** A unit's own figures: flows summed, carriedOver from its earliest row in the range, pending from its latest. */
export function ownCounts(rows: readonly IndexedRow[], range: MonthRange): { counts: Counts; rowCount: number } {
  const counts = emptyCounts();
  let first: IndexedRow | undefined;
  let last: IndexedRow | undefined;
  let rowCount = 0;
  for (const row of rows) {
    if (row.monthIndex < range.from) continue;
    if (row.monthIndex > range.to) break;
    first ??= row;
    last = row;
    rowCount += 1;
    // Field by field: keyed access over a field list cost more than the sums themselves on a national roll-up.
    counts.receivedOnline += row.receivedOnline;
    counts.receivedDirect += row.receivedDirect;
    counts.receivedPostal += row.receivedPostal;
    counts.resolvedEarly += row.resolvedEarly;
    counts.resolvedOnTime += row.resolvedOnTime;
    counts.resolvedLate += row.resolvedLate;
    counts.returned += row.returned;
    counts.resolvedMinutes += row.resolvedMinutes;
  }
  if (first && last) {
    counts.carriedOver = first.carriedOver;
    counts.pendingWithinDeadline = last.pendingWithinDeadline;
    counts.pendingOverdue = last.pendingOverdue;
    counts.pendingDueSoon = last.pendingDueSoon;
  }
  return { counts, rowCount };
}

/** A unit's own figures over all its series (one per field; one in all without fields). */
function ownSeriesCounts(series: readonly (readonly IndexedRow[])[] | undefined, range: MonthRange): { counts: Counts; rowCount: number } {
  if (series === undefined || series.length === 0) return { counts: emptyCounts(), rowCount: 0 };
  const own = ownCounts(series[0]!, range);
  for (let i = 1; i < series.length; i += 1) {
    const field = ownCounts(series[i]!, range);
    addCounts(own.counts, field.counts);
    own.rowCount += field.rowCount;
  }
  return own;
}

export type PeriodFigures = ReadonlyMap<string, UnitFigures>;

/** Every unit's rolled-up figures for one month range, in one bottom-up pass. */
export function rollUp(model: FeedModel, range: MonthRange): PeriodFigures {
  const totals = new Map<string, { counts: Counts; rowCount: number }>();
  for (const unitId of model.postOrder) {
    const own = ownSeriesCounts(model.seriesByUnit.get(unitId), range);
    const unit = model.units.get(unitId);
    for (const childId of unit?.childIds ?? []) {
      const child = totals.get(childId);
      if (child) {
        addCounts(own.counts, child.counts);
        own.rowCount += child.rowCount;
      }
    }
    totals.set(unitId, own);
  }
  const figures = new Map<string, UnitFigures>();
  for (const [unitId, total] of totals) figures.set(unitId, deriveFigures(total.counts, total.rowCount));
  return figures;
}

const cache = new WeakMap<FeedModel, Map<string, PeriodFigures>>();

/**
 * rollUp, remembered per document, range and field: changing unit or sorting costs a lookup, not a pass. `fieldId`
 * null or absent is every field; an unknown field has no rows (rowCount 0 everywhere).
 */
export function periodFigures(wholeModel: FeedModel, range: MonthRange, fieldId?: string | null): PeriodFigures {
  const model = forField(wholeModel, fieldId);
  let perRange = cache.get(model);
  if (!perRange) {
    perRange = new Map();
    cache.set(model, perRange);
  }
  const key = `${range.from}..${range.to}`;
  let figures = perRange.get(key);
  if (!figures) {
    figures = rollUp(model, range);
    perRange.set(key, figures);
  }
  return figures;
}

export type TrendPoint = { month: MonthIndex; figures: UnitFigures };

/**
 * The month-by-month figures of one unit over a range: for one month each unit's own figures are its row of that
 * month, so one walk over the unit's subtree gives every month, where a roll-up of the whole tree per month took
 * eleven passes for a year-to-date chart of the national document.
 */
export function monthlyTrend(wholeModel: FeedModel, unitId: string, range: MonthRange, fieldId?: string | null): TrendPoint[] {
  const model = forField(wholeModel, fieldId);
  if (!model.units.has(unitId) || range.to < range.from) return [];
  const months = range.to - range.from + 1;
  const counts = Array.from({ length: months }, () => emptyCounts());
  const rowCounts = new Array<number>(months).fill(0);
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const row of model.rowsByUnit.get(id) ?? []) {
      if (row.monthIndex < range.from) continue;
      if (row.monthIndex > range.to) break;
      const index = row.monthIndex - range.from;
      addCounts(counts[index]!, row);
      rowCounts[index]! += 1;
    }
    for (const childId of model.units.get(id)?.childIds ?? []) stack.push(childId);
  }
  return counts.map((monthCounts, index) => ({ month: range.from + index, figures: deriveFigures(monthCounts, rowCounts[index]!) }));
}
