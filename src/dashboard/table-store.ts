// What the official chose in the Biểu số 06 table, read by the table and by the export so both give the same rows.
import { create } from 'zustand';
import type { UnitKind } from '../feed/feed-schema';
import { DEFAULT_TABLE_SORT, type TableChoice, type TableScope, type TableSort } from './bieu-06-rows';

type TableState = TableChoice & {
  /** The unit the name and kind filters were typed for: another unit starts unfiltered, as a fresh table did. */
  filterUnitId: string | null;
};

const useTableStore = create<TableState>()(() => ({
  query: '',
  kind: 'all',
  sort: DEFAULT_TABLE_SORT,
  scope: 'children',
  overdueOnly: false,
  filterUnitId: null,
}));

/** The choice as it applies to the table of `unitId`. */
export function tableChoiceFor(state: TableState, unitId: string): TableChoice {
  const filtered = state.filterUnitId === unitId;
  return {
    query: filtered ? state.query : '',
    kind: filtered ? state.kind : 'all',
    sort: state.sort,
    scope: state.scope,
    overdueOnly: state.overdueOnly === true,
  };
}

export const useTableQuery = (unitId: string) => useTableStore((s) => (s.filterUnitId === unitId ? s.query : ''));
export const useTableKind = (unitId: string) => useTableStore((s) => (s.filterUnitId === unitId ? s.kind : 'all'));
export const useTableSort = () => useTableStore((s) => s.sort);
export const useTableScope = () => useTableStore((s) => s.scope);
export const useTableOverdueOnly = () => useTableStore((s) => s.overdueOnly === true);
/** For the export, which reads the choice once, when asked. */
export const currentTableChoice = (unitId: string): TableChoice => tableChoiceFor(useTableStore.getState(), unitId);

export function queryTyped(unitId: string, query: string): void {
  useTableStore.setState((s) => ({ query, kind: s.filterUnitId === unitId ? s.kind : 'all', filterUnitId: unitId }));
}
export function kindPicked(unitId: string, kind: UnitKind | 'all'): void {
  useTableStore.setState((s) => ({ kind, query: s.filterUnitId === unitId ? s.query : '', filterUnitId: unitId }));
}
export function sortPicked(sort: TableSort): void {
  useTableStore.setState({ sort });
}
export function overdueOnlyToggled(overdueOnly: boolean): void {
  useTableStore.setState({ overdueOnly });
}
export function scopePicked(scope: TableScope): void {
  useTableStore.setState({ scope });
}
