// The official report table for the children of the chosen unit: sortable, filterable, a click drills down.
// Which rows, in which order, is shownRows() in bieu-06-rows.ts, which the export calls too.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { UnitKind } from '../feed/feed-schema';
import type { FeedModel } from '../feed/feed-model';
import { totalsOf } from '../stats/bieu-06';
import { formatCount, formatRate } from '../i18n/format';
import type { ChildFigures } from '../stats/unit-period-figures';
import type { Lang } from '../i18n/lang';
import { unitName } from '../i18n/unit-name';
import { useT } from '../ui/use-t';
import { usePrinting } from '../ui/use-printing';
import { useLang } from '../view/view-store';
import { columnCarried, DEFAULT_TABLE_SORT, effectiveSort, shownRows, type SortKey } from './bieu-06-rows';
import { AVERAGE_DAYS_LABEL, Bieu06Row, daysCellText, DUE_SOON_LABEL, NUMBER_COLUMNS } from './bieu-06-row';
import { TableTools } from './bieu-06-tools';
import { sortPicked, useTableKind, useTableOverdueOnly, useTableQuery, useTableScope, useTableSort } from './table-store';

/** From this many rows on, only the rows in view are in the DOM: every commune of the country is 3,321. */
const VIRTUALIZE_FROM = 150;
const ROW_HEIGHT_ESTIMATE = 36;

type Props = {
  model: FeedModel;
  unitId: string;
  /** The units in scope (children, or every unit below), before the official's filter. */
  rows: readonly ChildFigures[];
  /** Whether the units below have units of their own: then the table offers to list every unit below. */
  deep: boolean;
  onDrill: (unitId: string) => void;
  /**
   * Each unit's change in on-time rate against the same period a year earlier (tenths of a point, null when there is
   * nothing whole to compare): an extra column after the form's own, which the CSV of the form leaves out.
   */
  changes?: ReadonlyMap<string, number | null> | undefined;
};

const KIND_FILTERS: Array<UnitKind | 'all'> = ['all', 'center', 'department', 'commune', 'district', 'province', 'other'];

export function Bieu06Table({ model, unitId, rows, deep, onDrill, changes }: Props) {
  const t = useT();
  const lang = useLang();
  const query = useTableQuery(unitId);
  const kind = useTableKind(unitId);
  const sort = useTableSort();
  const scope = useTableScope();
  const overdueOnly = useTableOverdueOnly();
  const descendants = deep && scope === 'descendants';
  // Due soon and average time, after the form's columns, only when the document gives those counts.
  const withDueSoon = model.carries.pendingDueSoon;
  const withDays = model.carries.resolvedMinutes;
  const { key: sortKey, direction } = effectiveSort(sort, changes, model.carries);
  // A sort by a column this document lacks falls back in the store too, so the export writes the rows in the same order.
  useEffect(() => {
    if (!columnCarried(sort.key, model.carries)) sortPicked(DEFAULT_TABLE_SORT);
  }, [sort.key, model.carries]);
  const tableRef = useRef<HTMLTableElement>(null);
  // Where the table starts on the page: the rows scroll with the page (one scroll bar, the head sticky at the top),
  // so the virtualizer counts from there. Measured after every render: the tiles and panels above may change height.
  const [scrollMargin, setScrollMargin] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- after every render on purpose; it sets state only on a change.
  useLayoutEffect(() => {
    const top = Math.round((tableRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  });

  const kindOptions = useMemo(() => {
    const present = new Set(rows.map((row) => row.unit.kind));
    return KIND_FILTERS.filter((k) => k === 'all' || present.has(k));
  }, [rows]);
  const shown = useMemo(
    () => shownRows(rows, { query, kind, sort, overdueOnly }, changes, model.carries),
    [rows, query, kind, sort, overdueOnly, changes, model.carries],
  );
  const columnCount = 15 + (changes ? 1 : 0) + (withDueSoon ? 1 : 0) + (withDays ? 1 : 0);
  const totals = useMemo(() => totalsOf(shown), [shown]);
  // A printed report needs every row on paper, not the ones scrolled into view.
  const printing = usePrinting();
  const virtual = !printing && shown.length >= VIRTUALIZE_FROM;
  const virtualizer = useWindowVirtualizer({
    count: virtual ? shown.length : 0,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 12,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const visible = virtual
    ? items.map((item) => ({ index: item.index, row: shown[item.index] as ChildFigures }))
    : shown.map((row, index) => ({ index, row }));
  // Item offsets count from the top of the page; the spacers from the top of the table.
  const padTop = virtual && items.length > 0 ? Math.max(0, (items[0]?.start ?? 0) - scrollMargin) : 0;
  const padBottom =
    virtual && items.length > 0 ? Math.max(0, virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - scrollMargin)) : 0;

  if (rows.length === 0) return <p className="empty-note">{t('table.noChildren')}</p>;

  const n = (value: number) => formatCount(value, lang);
  const sortBy = (key: SortKey) => {
    if (key === sortKey) sortPicked({ key, direction: direction === 'asc' ? 'desc' : 'asc' });
    // A change is read fall first: the units that slipped most are the ones to act on.
    else sortPicked({ key, direction: key === 'name' || key === 'onTimeChange' ? 'asc' : 'desc' });
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
        unitId={unitId}
        kinds={kindOptions}
        deep={deep}
        shownText={t('table.shown', { shown: n(shown.length), total: n(rows.length) })}
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.scrollRegion')}>
        <table className="data-table" ref={tableRef}>
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
              {withDueSoon ? (
                <th rowSpan={3} scope="col" aria-sort={ariaSort('pendingDueSoon')}>
                  {sortButton('pendingDueSoon', t(DUE_SOON_LABEL))}
                </th>
              ) : null}
              {withDays ? (
                <th rowSpan={3} scope="col" aria-sort={ariaSort('averageDays')}>
                  {sortButton('averageDays', t(AVERAGE_DAYS_LABEL))}
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
              {withDueSoon ? <td /> : null}
              {withDays ? <td /> : null}
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
                onDrill={onDrill}
                measure={virtual ? virtualizer.measureElement : undefined}
                parentName={descendants ? parentNameOf(model, row, lang) : undefined}
                change={changes ? (changes.get(row.unit.id) ?? null) : undefined}
                withDueSoon={withDueSoon}
                withDays={withDays}
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
                {withDueSoon ? <td className="num">{n(totals.pendingDueSoon)}</td> : null}
                {withDays ? <td className="num">{daysCellText(totals.averageDays, lang)}</td> : null}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}

/** The unit a row sits under, named as everywhere else: the synthetic root of a national feed in the viewer's language. */
function parentNameOf(model: FeedModel, row: ChildFigures, lang: Lang): string | undefined {
  const parent = model.units.get(row.unit.treeParentId ?? '');
  return parent ? unitName(parent, lang) : undefined;
}
