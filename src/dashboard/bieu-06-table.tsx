// The official report table for the children of the chosen unit: sortable, filterable, a click drills down.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { UnitKind } from '../feed/feed-schema';
import type { FeedModel } from '../feed/feed-model';
import { filterAndSort, totalsOf, type Bieu06SortKey, type SortDirection } from '../stats/bieu-06';
import { formatTenthsMagnitude, sortByChange } from '../stats/compare';
import type { UnitFigures } from '../stats/figures';
import { formatCount, formatRate } from '../stats/format';
import type { Lang } from '../i18n/lang';
import { sameChildFigures } from '../stats/same-figures';
import type { ChildFigures } from '../stats/unit-view';
import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../ui/use-t';
import { usePrinting } from '../ui/use-printing';

/** From this many rows on, only the rows in view are in the DOM: every commune of the country is 3,321. */
const VIRTUALIZE_FROM = 150;
const ROW_HEIGHT_ESTIMATE = 36;

export type TableScope = 'children' | 'descendants';

/** The column the table is sorted by, kept by the page so that a drill-down and Back keep the official's order. */
export type TableSort = { key: SortKey; direction: SortDirection };
export const DEFAULT_TABLE_SORT: TableSort = { key: 'toProcess', direction: 'desc' };

type Props = {
  model: FeedModel;
  rows: readonly ChildFigures[];
  lang: Lang;
  t: Translate;
  onTimeTarget: number;
  onDrill: (unitId: string) => void;
  /** Lets the page export exactly what the table shows. */
  onShownRowsChange?: (rows: ChildFigures[]) => void;
  /** Direct children, or every unit below (all communes of a province or of the country); offered when the tree is deeper. */
  scope?: { value: TableScope; onChange: (scope: TableScope) => void };
  /**
   * Each unit's change in on-time rate against the same period a year earlier (tenths of a point, null when there is
   * nothing whole to compare): an extra column after the form's own, which the CSV of the form leaves out.
   */
  changes?: ReadonlyMap<string, number | null> | undefined;
  sort: TableSort;
  onSortChange: (sort: TableSort) => void;
};

/** The form's columns, and the change in on-time rate, sorted with the biggest fall first. */
export type SortKey = Bieu06SortKey | 'onTimeChange';

type Column = { key: Bieu06SortKey; label: MessageKey; value: (f: UnitFigures) => number };

const NUMBER_COLUMNS: Column[] = [
  { key: 'toProcess', label: 'col.total', value: (f) => f.toProcess },
  { key: 'receivedOnline', label: 'col.online', value: (f) => f.receivedOnline },
  { key: 'directPostal', label: 'col.directPostal', value: (f) => f.receivedDirect + f.receivedPostal },
  { key: 'carriedOver', label: 'col.carriedOver', value: (f) => f.carriedOver },
  { key: 'resolved', label: 'col.total', value: (f) => f.resolved },
  { key: 'resolvedEarly', label: 'col.early', value: (f) => f.resolvedEarly },
  { key: 'resolvedOnTime', label: 'col.onTime', value: (f) => f.resolvedOnTime },
  { key: 'resolvedLate', label: 'col.late', value: (f) => f.resolvedLate },
  { key: 'pending', label: 'col.total', value: (f) => f.pending },
  { key: 'pendingWithinDeadline', label: 'col.within', value: (f) => f.pendingWithinDeadline },
  { key: 'pendingOverdue', label: 'col.overdue', value: (f) => f.pendingOverdue },
  // Not a column of the printed form, but of the feed: without it a row's columns do not add up (FEED.md's identity).
  { key: 'returned', label: 'col.returned', value: (f) => f.returned },
];

const KIND_FILTERS: Array<UnitKind | 'all'> = ['all', 'center', 'department', 'commune', 'district', 'province', 'other'];

export function Bieu06Table({ model, rows, lang, t, onTimeTarget, onDrill, onShownRowsChange, scope, changes, sort, onSortChange }: Props) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<UnitKind | 'all'>('all');
  // Sorting by change needs the change column: without it, the form's default order.
  const { key: sortKey, direction } = sort.key === 'onTimeChange' && !changes ? DEFAULT_TABLE_SORT : sort;
  const scrollRef = useRef<HTMLDivElement>(null);

  const kindOptions = useMemo(() => {
    const present = new Set(rows.map((row) => row.unit.kind));
    return KIND_FILTERS.filter((k) => k === 'all' || present.has(k));
  }, [rows]);
  const shown = useMemo(() => {
    if (sortKey !== 'onTimeChange') return filterAndSort(rows, { query, kind, sortKey, direction });
    // By name first, so that units with the same change, and those with none, keep a stable, readable order.
    const byName = filterAndSort(rows, { query, kind, sortKey: 'name', direction: 'asc' });
    return changes ? sortByChange(byName, changes, direction) : byName;
  }, [rows, query, kind, sortKey, direction, changes]);
  const columnCount = changes ? 16 : 15;
  const totals = useMemo(() => totalsOf(shown), [shown]);
  useEffect(() => {
    onShownRowsChange?.(shown);
  }, [shown, onShownRowsChange]);
  // A printed report needs every row on paper, not the ones scrolled into view.
  const printing = usePrinting();
  const virtual = !printing && shown.length >= VIRTUALIZE_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer is read every render on purpose.
  const virtualizer = useVirtualizer({
    count: virtual ? shown.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const visible = virtual
    ? items.map((item) => ({ index: item.index, row: shown[item.index] as ChildFigures }))
    : shown.map((row, index) => ({ index, row }));
  const padTop = virtual && items.length > 0 ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual && items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  if (rows.length === 0) return <p className="empty-note">{t('table.noChildren')}</p>;

  const n = (value: number) => formatCount(value, lang);
  const sortBy = (key: SortKey) => {
    if (key === sortKey) onSortChange({ key, direction: direction === 'asc' ? 'desc' : 'asc' });
    // A change is read fall first: the units that slipped most are the ones to act on.
    else onSortChange({ key, direction: key === 'name' || key === 'onTimeChange' ? 'asc' : 'desc' });
  };
  const ariaSort = (key: SortKey) => (key === sortKey ? (direction === 'asc' ? 'ascending' : 'descending') : 'none');
  const sortButton = (key: SortKey, label: string) => (
    <button type="button" className="sort-button" onClick={() => sortBy(key)} title={t('table.sortBy', { column: label })}>
      {label}
      <span aria-hidden="true" className="sort-mark">
        {key === sortKey ? (direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
      </span>
    </button>
  );

  return (
    <div className="bieu-06">
      <TableTools
        query={query}
        onQuery={setQuery}
        kind={kind}
        onKind={setKind}
        kinds={kindOptions}
        scope={scope?.value}
        onScope={scope?.onChange}
        shownText={t('table.shown', { shown: n(shown.length), total: n(rows.length) })}
        t={t}
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.scrollRegion')} ref={scrollRef}>
        <table className="data-table">
          <caption className="visually-hidden">{t('table.title')}</caption>
          <thead>
            <tr>
              <th rowSpan={3} scope="col">
                {t('col.stt')}
              </th>
              <th rowSpan={3} scope="col" aria-sort={ariaSort('name')}>
                {sortButton('name', t('col.unit'))}
              </th>
              <th colSpan={4} scope="colgroup">
                {t('col.toProcess')}
              </th>
              <th colSpan={4} scope="colgroup">
                {t('col.resolved')}
              </th>
              <th colSpan={3} scope="colgroup">
                {t('col.pending')}
              </th>
              <th rowSpan={3} scope="col" aria-sort={ariaSort('returned')}>
                {sortButton('returned', t('col.returned'))}
              </th>
              <th rowSpan={3} scope="col" aria-sort={ariaSort('onTimeRate')}>
                {sortButton('onTimeRate', t('col.onTimeRate'))}
              </th>
              {changes ? (
                <th rowSpan={3} scope="col" aria-sort={ariaSort('onTimeChange')} className="change-col">
                  {sortButton('onTimeChange', t('col.onTimeChange'))}
                  <span className="change-col__note">{t('col.onTimeChangeNote')}</span>
                </th>
              ) : null}
            </tr>
            <tr>
              <th rowSpan={2} scope="col" aria-sort={ariaSort('toProcess')}>
                {sortButton('toProcess', t('col.total'))}
              </th>
              <th colSpan={2} scope="colgroup">
                {t('col.inPeriod')}
              </th>
              <th rowSpan={2} scope="col" aria-sort={ariaSort('carriedOver')}>
                {sortButton('carriedOver', t('col.carriedOver'))}
              </th>
              {NUMBER_COLUMNS.slice(4, 11).map((column) => (
                <th key={column.key} rowSpan={2} scope="col" aria-sort={ariaSort(column.key)}>
                  {sortButton(column.key, t(column.label))}
                </th>
              ))}
            </tr>
            <tr>
              {NUMBER_COLUMNS.slice(1, 3).map((column) => (
                <th key={column.key} scope="col" aria-sort={ariaSort(column.key)}>
                  {sortButton(column.key, t(column.label))}
                </th>
              ))}
            </tr>
            <tr className="column-numbers" aria-hidden="true">
              {Array.from({ length: 15 }, (_, i) => (
                <td key={i}>({i + 1})</td>
              ))}
              {changes ? <td /> : null}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={columnCount}>{t('table.noMatch')}</td>
              </tr>
            ) : null}
            {padTop > 0 ? (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columnCount} style={{ height: padTop }} />
              </tr>
            ) : null}
            {visible.map(({ index, row }) => (
              <Bieu06Row
                key={row.unit.id}
                index={index}
                row={row}
                flagged={(model.quality.flagsByUnit.get(row.unit.id)?.length ?? 0) > 0}
                lang={lang}
                t={t}
                onTimeTarget={onTimeTarget}
                onDrill={onDrill}
                measure={virtual ? virtualizer.measureElement : undefined}
                parentName={scope?.value === 'descendants' ? model.units.get(row.unit.treeParentId ?? '')?.name : undefined}
                change={changes ? (changes.get(row.unit.id) ?? null) : undefined}
              />
            ))}
            {padBottom > 0 ? (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={columnCount} style={{ height: padBottom }} />
              </tr>
            ) : null}
          </tbody>
          {shown.length > 0 ? (
            <tfoot>
              <tr>
                <td />
                <th scope="row">{t('table.totals')}</th>
                {NUMBER_COLUMNS.map((column) => (
                  <td key={column.key} className="num">
                    {n(column.value(totals))}
                  </td>
                ))}
                <td className="num rate">{formatRate(totals.onTimeRate, lang)}</td>
                {changes ? <td /> : null}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}

type ToolsProps = {
  query: string;
  onQuery: (query: string) => void;
  kind: UnitKind | 'all';
  onKind: (kind: UnitKind | 'all') => void;
  kinds: ReadonlyArray<UnitKind | 'all'>;
  scope: TableScope | undefined;
  onScope: ((scope: TableScope) => void) | undefined;
  shownText: string;
  t: Translate;
};

/**
 * Memoised apart from the table: React rewrites a controlled input's attributes on every render, so a new
 * document must not re-render the filter when the choices and the count it shows are the same.
 */
const TableTools = memo(
  function TableTools({ query, onQuery, kind, onKind, kinds, scope, onScope, shownText, t }: ToolsProps) {
    return (
      <div className="table-tools">
        <label>
          <span>{t('table.filter')}</span>
          <input type="search" value={query} onChange={(event) => onQuery(event.target.value)} />
        </label>
        <label>
          <span>{t('table.kindFilter')}</span>
          <select value={kind} onChange={(event) => onKind(event.target.value as UnitKind | 'all')}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {scope && onScope ? (
          <label>
            <span>{t('table.scope')}</span>
            <select value={scope} onChange={(event) => onScope(event.target.value as TableScope)}>
              <option value="children">{t('table.scopeChildren')}</option>
              <option value="descendants">{t('table.scopeDescendants')}</option>
            </select>
          </label>
        ) : null}
        <p className="table-count" aria-live="polite">
          {shownText}
        </p>
      </div>
    );
  },
  (a, b) =>
    a.query === b.query &&
    a.onQuery === b.onQuery &&
    a.kind === b.kind &&
    a.onKind === b.onKind &&
    a.kinds.join() === b.kinds.join() &&
    a.scope === b.scope &&
    a.onScope === b.onScope &&
    a.shownText === b.shownText &&
    a.t === b.t,
);

type RowProps = {
  index: number;
  row: ChildFigures;
  flagged: boolean;
  lang: Lang;
  t: Translate;
  onTimeTarget: number;
  onDrill: (unitId: string) => void;
  measure: ((element: Element | null) => void) | undefined;
  /** Said beside the name when the table lists every unit below: many communes share a name. */
  parentName: string | undefined;
  /** Tenths of a point against the same period a year earlier; null when not comparable, undefined when not shown. */
  change: number | null | undefined;
};

/**
 * One unit's line; memoised so that scrolling a long table renders only the rows coming into view, and compared by
 * value so that a new document re-renders only the lines whose unit or figures changed.
 */
const Bieu06Row = memo(function Bieu06Row({ index, row, flagged, lang, t, onTimeTarget, onDrill, measure, parentName, change }: RowProps) {
  const f = row.figures;
  const n = (value: number) => formatCount(value, lang);
  const noData = f.rowCount === 0;
  const below = f.onTimeRate !== null && f.onTimeRate < onTimeTarget * 10;
  const overdue = f.pendingOverdue > 0;
  return (
    <tr className={below ? 'row--below' : undefined} data-index={index} ref={measure}>
      <td className="num">{index + 1}</td>
      <th scope="row" className="unit-cell">
        <button
          type="button"
          className="link-button"
          onClick={() => onDrill(row.unit.id)}
          title={t('table.drill', { name: row.unit.name })}
        >
          {row.unit.name}
        </button>
        {parentName ? <span className="unit-parent"> · {parentName}</span> : null}
        {overdue ? <span className="tag tag--overdue">{t('table.flagOverdue')}</span> : null}
        {flagged ? <span className="tag tag--data">{t('table.flagData')}</span> : null}
        {noData ? <span className="tag">{t('table.noData')}</span> : null}
      </th>
      {NUMBER_COLUMNS.map((column) => (
        <td key={column.key} className={`num${column.key === 'pendingOverdue' && overdue ? ' num--bad' : ''}`}>
          {noData ? '—' : n(column.value(f))}
        </td>
      ))}
      <td className={`num rate${below ? ' num--bad' : ''}`}>
        {formatRate(f.onTimeRate, lang)}
        {below ? <span className="visually-hidden"> ({t('table.flagBelow')})</span> : null}
        {below ? <span aria-hidden="true"> ⚠</span> : null}
      </td>
      {change !== undefined ? <ChangeCell change={change} lang={lang} t={t} /> : null}
    </tr>
  );
}, sameRowProps);

/** "▼ 3,2" with the direction in words for screen readers; a fall is marked in colour as well as by the arrow. */
function ChangeCell({ change, lang, t }: { change: number | null; lang: Lang; t: Translate }) {
  if (change === null) return <td className="num change">—</td>;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  return (
    <td className={`num change${direction === 'down' ? ' num--bad' : ''}`}>
      {direction === 'same' ? (
        t('compare.same')
      ) : (
        <>
          <span aria-hidden="true">{direction === 'up' ? '▲ ' : '▼ '}</span>
          <span className="visually-hidden">{t(direction === 'up' ? 'compare.up' : 'compare.down')} </span>
          {formatTenthsMagnitude(change, lang)}
        </>
      )}
    </td>
  );
}

function sameRowProps(a: RowProps, b: RowProps): boolean {
  return (
    a.index === b.index &&
    a.flagged === b.flagged &&
    a.lang === b.lang &&
    a.t === b.t &&
    a.onTimeTarget === b.onTimeTarget &&
    a.onDrill === b.onDrill &&
    a.measure === b.measure &&
    a.parentName === b.parentName &&
    a.change === b.change &&
    sameChildFigures(a.row, b.row)
  );
}
