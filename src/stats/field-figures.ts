// Figures by field (lĩnh vực) for one unit and period: the rows of Biểu số 06 by field and the fields ranked by late
// and overdue dossiers. Every other figure function takes an optional `fieldId` for one field's figures:
//   periodFigures(model, range, fieldId?)            every unit's figures (roll-up.ts)
//   monthlyTrend(model, unitId, range, fieldId?)     month by month (roll-up.ts)
//   unitPeriodFigures(model, unitId, period, fieldId?), descendantFigures(model, unitId, range, fieldId?)
//   compareUnit(model, unitId, resolved, fieldId?), coversRange(…, fieldId?), onTimeChanges(…, fieldId?) (compare.ts)
//   rowsLeftOutUnder(model, unitId, fieldId?) (left-out.ts)
// Catalogue: model.hasFields, model.fields, findField(model, id) (feed/field-view.ts). Every UnitFigures carries
// pendingDueSoon (stock), resolvedMinutes (flow) and averageDays (tenths of a day, formatDays in i18n/format.ts);
// show them only when the document gives them: model.carries.pendingDueSoon / model.carries.resolvedMinutes.
// Also model.meta (dueSoonDays, rules) and model.quality.recordsLeftOut (the publisher's `leftOut`).
import type { FeedField, FeedModel } from '../feed/feed-model';
import type { UnitFigures } from './figures';
import type { MonthRange } from './period';
import { periodFigures } from './roll-up';

export type FieldFigures = { field: FeedField; figures: UnitFigures };

const cache = new WeakMap<FeedModel, Map<string, FieldFigures[]>>();

/**
 * The figures of each field for one unit (its rows and every unit below it) over one range, in catalogue order, with
 * only the fields that have rows there; their sum is the unit's figures. Empty for a document without fields.
 */
export function fieldBreakdown(model: FeedModel, unitId: string, range: MonthRange): FieldFigures[] {
  const whole = model.whole ?? model;
  let perKey = cache.get(whole);
  if (!perKey) {
    perKey = new Map();
    cache.set(whole, perKey);
  }
  const key = `${unitId}|${range.from}..${range.to}`;
  let rows = perKey.get(key);
  if (!rows) {
    rows = [];
    for (const field of whole.fields) {
      const figures = periodFigures(whole, range, field.id).get(unitId);
      if (figures && figures.rowCount > 0) rows.push({ field, figures });
    }
    perKey.set(key, rows);
  }
  return rows;
}

/** Late and overdue dossiers of a field: resolved late in the period, and still pending past the deadline at its end. */
export function lateAndOverdue(figures: UnitFigures): number {
  return figures.resolvedLate + figures.pendingOverdue;
}

/** Fields with late or overdue dossiers, most first (then most due soon, then catalogue order). */
export function fieldsByLateness(breakdown: readonly FieldFigures[]): FieldFigures[] {
  return breakdown
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => lateAndOverdue(row.figures) > 0)
    .sort(
      (a, b) =>
        lateAndOverdue(b.row.figures) - lateAndOverdue(a.row.figures) ||
        b.row.figures.pendingDueSoon - a.row.figures.pendingDueSoon ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}
