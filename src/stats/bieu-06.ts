// The rows of the Biểu số 06 table: sorting, filtering, the totals row and the CSV export, as plain functions.
import type { UnitKind } from '../feed/feed-schema';
import { addCounts, deriveFigures, emptyCounts, type UnitFigures } from './figures';
import type { ChildFigures } from './unit-period-figures';
import { matchesSearch } from '../feed/search-text';

export const BIEU_06_SORT_KEYS = [
  'name',
  'toProcess',
  'receivedOnline',
  'directPostal',
  'carriedOver',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingWithinDeadline',
  'pendingOverdue',
  'returned',
  'onTimeRate',
  // Not the form's: due soon and average processing time, columns after it when the document gives those counts.
  'pendingDueSoon',
  'averageDays',
] as const;
export type Bieu06SortKey = (typeof BIEU_06_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export function sortValue(row: ChildFigures, key: Exclude<Bieu06SortKey, 'name'>): number {
  const f = row.figures;
  if (key === 'directPostal') return f.receivedDirect + f.receivedPostal;
  if (key === 'onTimeRate') return f.onTimeRate ?? -1;
  if (key === 'averageDays') return f.averageDays ?? -1;
  return f[key];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function filterAndSort(
  rows: readonly ChildFigures[],
  options: { query: string; kind: UnitKind | 'all'; sortKey: Bieu06SortKey; direction: SortDirection },
): ChildFigures[] {
  const kept = rows.filter(
    (row) => (options.kind === 'all' || row.unit.kind === options.kind) && matchesSearch(row.unit.searchText, options.query),
  );
  const sign = options.direction === 'asc' ? 1 : -1;
  const key = options.sortKey;
  return kept.sort((a, b) => {
    const order = key === 'name' ? collator.compare(a.unit.name, b.unit.name) : sortValue(a, key) - sortValue(b, key);
    return order !== 0 ? sign * order : collator.compare(a.unit.name, b.unit.name);
  });
}

/** The totals row of the rows shown: each unit's stocks are already its own, so they add up too. */
export function totalsOf(rows: readonly ChildFigures[]): UnitFigures {
  const counts = emptyCounts();
  let rowCount = 0;
  for (const row of rows) {
    addCounts(counts, row.figures);
    rowCount += row.figures.rowCount;
  }
  return deriveFigures(counts, rowCount);
}

/** The lines above the table in the CSV: title, unit, period, generatedAt and the unit of count, as label/value pairs. */
export type CsvHeaderBlock = readonly (readonly [string, string])[];
