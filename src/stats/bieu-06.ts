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
] as const;
export type Bieu06SortKey = (typeof BIEU_06_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export function sortValue(row: ChildFigures, key: Exclude<Bieu06SortKey, 'name'>): number {
  const f = row.figures;
  if (key === 'directPostal') return f.receivedDirect + f.receivedPostal;
  if (key === 'onTimeRate') return f.onTimeRate ?? -1;
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

function csvCell(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would be a formula to a spreadsheet: unit names come from the feed.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The lines above the table in the CSV: title, unit, period, generatedAt and the unit of count, as label/value pairs. */
export type CsvHeaderBlock = readonly (readonly [string, string])[];

/** A rate in tenths as an unformatted percentage with one decimal ("95.1"); empty when there is no denominator. */
export function rawRate(tenths: number | null): string {
  return tenths === null ? '' : (tenths / 10).toFixed(1);
}

/**
 * The table shown, in the column order of Biểu số 06 (STT, unit, to process, online, in person and postal, carried
 * over, resolved total, early, on time, late, pending total, within deadline, overdue), then returned or withdrawn
 * (the feed's column that makes a row add up), the unit's id and the on-time rate. Numbers are written bare (no
 * thousands separator) so a spreadsheet reads them as numbers.
 */
/** One table row's cells in the column order above; the rate is a percentage (95.1), null when there is none. */
export function bieu06Cells(row: ChildFigures, index: number): (string | number | null)[] {
  const f = row.figures;
  return [
    index + 1,
    row.unit.name,
    f.toProcess,
    f.receivedOnline,
    f.receivedDirect + f.receivedPostal,
    f.carriedOver,
    f.resolved,
    f.resolvedEarly,
    f.resolvedOnTime,
    f.resolvedLate,
    f.pending,
    f.pendingWithinDeadline,
    f.pendingOverdue,
    f.returned,
    row.unit.id,
    f.onTimeRate === null ? null : Number(rawRate(f.onTimeRate)),
  ];
}

export function bieu06Csv(rows: readonly ChildFigures[], headers: readonly string[], headerBlock: CsvHeaderBlock = []): string {
  const lines = headerBlock.map((pair) => pair.map(csvCell).join(','));
  if (lines.length > 0) lines.push('');
  lines.push(headers.map(csvCell).join(','));
  rows.forEach((row, index) => {
    const cells = bieu06Cells(row, index);
    const rate = row.figures.onTimeRate;
    // The rate as written by rawRate, so 100 stays "100.0".
    cells[cells.length - 1] = rawRate(rate);
    lines.push(cells.map((cell) => csvCell(cell ?? '')).join(','));
  });
  // The byte order mark makes Excel read the Vietnamese names as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
