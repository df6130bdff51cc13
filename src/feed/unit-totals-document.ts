// A document by field (FEED.md "Fields") folded into one without fields: each unit's rows carry its totals over its
// fields, month by month. FEED.md's summary document has this shape; the kiosk keeps it when the whole document is
// too large for the browser's storage, so a reboot during an outage still shows every unit's figures.
import { COUNT_FIELDS, EXTRA_COUNT_FIELDS, type UnitKind } from './feed-contract';
import type { FeedModel, IndexedRow } from './feed-model';
import type { FeedDocument } from './feed-schema';
import { monthKey } from './month';

type Row = FeedDocument['stats'][number];

/** The model's kept rows summed over fields per (unit, month); a document without fields comes back row for row. */
export function unitTotalsDocument(model: FeedModel): FeedDocument {
  const units: FeedDocument['units'] = [];
  const stats: Row[] = [];
  for (const unit of model.units.values()) {
    if (unit.synthetic) continue;
    const entry: FeedDocument['units'][number] = { id: unit.id, name: unit.name, kind: unit.kind as UnitKind };
    if (unit.parentId !== undefined) entry.parentId = unit.parentId;
    if (unit.shortName !== undefined) entry.shortName = unit.shortName;
    units.push(entry);
    let current: Row | null = null;
    let currentMonth = -1;
    // rowsByUnit is sorted by month: one running sum per month.
    for (const row of model.rowsByUnit.get(unit.id) ?? []) {
      if (row.monthIndex !== currentMonth || current === null) {
        current = emptyRow(unit.id, monthKey(row.monthIndex), model);
        currentMonth = row.monthIndex;
        stats.push(current);
      }
      addCounts(current, row, model);
    }
  }
  const document: FeedDocument = { schema: 'tthc-feed/1', generatedAt: model.generatedAt, units, stats };
  if (model.source) document.source = model.source;
  const meta: NonNullable<FeedDocument['meta']> = {};
  if (model.meta.dueSoonDays !== null) meta.dueSoonDays = model.meta.dueSoonDays;
  if (model.meta.rules !== null) meta.rules = model.meta.rules;
  if (Object.keys(meta).length > 0) document.meta = meta;
  return document;
}

function emptyRow(unitId: string, month: string, model: FeedModel): Row {
  const row = { unitId, month } as Row;
  for (const field of COUNT_FIELDS) row[field] = 0;
  for (const field of EXTRA_COUNT_FIELDS) if (model.carries[field]) row[field] = 0;
  return row;
}

function addCounts(sum: Row, row: IndexedRow, model: FeedModel): void {
  for (const field of COUNT_FIELDS) sum[field] = (sum[field] ?? 0) + row[field];
  for (const field of EXTRA_COUNT_FIELDS) if (model.carries[field]) sum[field] = (sum[field] ?? 0) + row[field];
}
