// Which rows the Biểu số 06 table shows, in which order: one pure function the table draws and the CSV/XLSX export writes.
import type { UnitKind } from '../feed/feed-schema';
import type { FeedModel } from '../feed/feed-model';
import { filterAndSort, type Bieu06SortKey, type SortDirection } from '../stats/bieu-06';
import { sortByChange } from '../stats/compare';
import { descendantFigures, type ChildFigures, type UnitPeriodFigures } from '../stats/unit-period-figures';

export type TableScope = 'children' | 'descendants';

/** The form's columns, and the change in on-time rate, sorted with the biggest fall first. */
export type SortKey = Bieu06SortKey | 'onTimeChange';

/** The column the table is sorted by, kept across a drill-down and Back so the official's order stays. */
export type TableSort = { key: SortKey; direction: SortDirection };
export const DEFAULT_TABLE_SORT: TableSort = { key: 'toProcess', direction: 'desc' };

/** What the official chose in the table: filter by name and kind, sort, and how deep to list. */
export type TableChoice = {
  query: string;
  kind: UnitKind | 'all';
  sort: TableSort;
  scope: TableScope;
  /** Only the units with overdue dossiers: the ones an official calls first. */
  overdueOnly?: boolean;
};

type OkView = Extract<UnitPeriodFigures, { status: 'ok' }>;

/** Whether the units below have units of their own, so that "every unit below" differs from "units directly under". */
export function isDeep(view: OkView): boolean {
  return view.children.some((child) => child.unit.childIds.length > 0);
}

/** The units the table lists before filtering: the children, or every unit below when chosen and different. */
export function scopeRows(model: FeedModel, view: OkView, scope: TableScope): readonly ChildFigures[] {
  return scope === 'descendants' && isDeep(view) ? descendantFigures(model, view.unit.id, view.resolved.range) : view.children;
}

/**
 * The rows shown, filtered and sorted. Sorting by change needs the changes: without them, the form's default order.
 * By change, the rows are first put by name, so units with the same change, and those with none, keep a readable order.
 */
export function shownRows(
  rows: readonly ChildFigures[],
  choice: Pick<TableChoice, 'query' | 'kind' | 'sort' | 'overdueOnly'>,
  changes: ReadonlyMap<string, number | null> | undefined,
  carries?: FeedModel['carries'],
): ChildFigures[] {
  const { query, kind } = choice;
  const { key, direction } = effectiveSort(choice.sort, changes, carries);
  if (choice.overdueOnly) rows = rows.filter((row) => row.figures.pendingOverdue > 0);
  if (key !== 'onTimeChange') return filterAndSort(rows, { query, kind, sortKey: key, direction });
  const byName = filterAndSort(rows, { query, kind, sortKey: 'name', direction: 'asc' });
  return changes ? sortByChange(byName, changes, direction) : byName;
}

/**
 * The sort in force: by change only with the changes, by due soon or average time only when the document gives that
 * count (`carries`; the export leaves it out: the table has then already put the default back in the store).
 */
export function effectiveSort(
  sort: TableSort,
  changes: ReadonlyMap<string, number | null> | undefined,
  carries?: FeedModel['carries'],
): TableSort {
  if (sort.key === 'onTimeChange' && !changes) return DEFAULT_TABLE_SORT;
  if (carries && !columnCarried(sort.key, carries)) return DEFAULT_TABLE_SORT;
  return sort;
}

/** Whether the table has the column of `key`: due soon and average time only when the document gives their counts. */
export function columnCarried(key: SortKey, carries: FeedModel['carries']): boolean {
  if (key === 'pendingDueSoon') return carries.pendingDueSoon;
  if (key === 'averageDays') return carries.resolvedMinutes;
  return true;
}
