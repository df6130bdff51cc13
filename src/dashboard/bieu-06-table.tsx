// The official report table for the children of the chosen unit: sortable, filterable, a click drills down.
import { useEffect, useMemo, useState } from 'react';
import type { UnitKind } from '../feed/feed-schema';
import type { FeedModel } from '../feed/feed-model';
import { filterAndSort, totalsOf, type Bieu06SortKey, type SortDirection } from '../stats/bieu-06';
import type { UnitFigures } from '../stats/figures';
import { formatCount, formatRate, type Lang } from '../stats/format';
import type { ChildFigures } from '../stats/unit-view';
import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../ui/use-t';

/** Long tables render in pages so that a national province list never stalls the tab. */
const PAGE_ROWS = 300;

type Props = {
  model: FeedModel;
  rows: readonly ChildFigures[];
  lang: Lang;
  t: Translate;
  onTimeTarget: number;
  onDrill: (unitId: string) => void;
  /** Lets the page export exactly what the table shows. */
  onShownRowsChange?: (rows: ChildFigures[]) => void;
};

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
];

const KIND_FILTERS: Array<UnitKind | 'all'> = ['all', 'center', 'department', 'commune', 'district', 'province', 'other'];

export function Bieu06Table({ model, rows, lang, t, onTimeTarget, onDrill, onShownRowsChange }: Props) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<UnitKind | 'all'>('all');
  const [sortKey, setSortKey] = useState<Bieu06SortKey>('toProcess');
  const [direction, setDirection] = useState<SortDirection>('desc');
  const [limit, setLimit] = useState(PAGE_ROWS);

  const kindsPresent = useMemo(() => new Set(rows.map((row) => row.unit.kind)), [rows]);
  const shown = useMemo(() => filterAndSort(rows, { query, kind, sortKey, direction }), [rows, query, kind, sortKey, direction]);
  const totals = useMemo(() => totalsOf(shown), [shown]);
  useEffect(() => {
    onShownRowsChange?.(shown);
  }, [shown, onShownRowsChange]);

  if (rows.length === 0) return <p className="empty-note">{t('table.noChildren')}</p>;

  const n = (value: number) => formatCount(value, lang);
  const sortBy = (key: Bieu06SortKey) => {
    if (key === sortKey) setDirection(direction === 'asc' ? 'desc' : 'asc');
    else {
      setSortKey(key);
      setDirection(key === 'name' ? 'asc' : 'desc');
    }
  };
  const ariaSort = (key: Bieu06SortKey) => (key === sortKey ? (direction === 'asc' ? 'ascending' : 'descending') : 'none');
  const sortButton = (key: Bieu06SortKey, label: string) => (
    <button type="button" className="sort-button" onClick={() => sortBy(key)} title={t('table.sortBy', { column: label })}>
      {label}
      <span aria-hidden="true" className="sort-mark">
        {key === sortKey ? (direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
      </span>
    </button>
  );

  return (
    <div className="bieu-06">
      <div className="table-tools">
        <label>
          <span>{t('table.filter')}</span>
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <label>
          <span>{t('table.kindFilter')}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as UnitKind | 'all')}>
            {KIND_FILTERS.filter((k) => k === 'all' || kindsPresent.has(k)).map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="table-count" aria-live="polite">
          {t('table.shown', { shown: n(shown.length), total: n(rows.length) })}
        </p>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.title')}>
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
              <th rowSpan={3} scope="col" aria-sort={ariaSort('onTimeRate')}>
                {sortButton('onTimeRate', t('col.onTimeRate'))}
              </th>
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
              {NUMBER_COLUMNS.slice(4).map((column) => (
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
              {Array.from({ length: 14 }, (_, i) => (
                <td key={i}>({i + 1})</td>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={14}>{t('table.noMatch')}</td>
              </tr>
            ) : null}
            {shown.slice(0, limit).map((row, index) => {
              const f = row.figures;
              const noData = f.rowCount === 0;
              const below = f.onTimeRate !== null && f.onTimeRate < onTimeTarget * 10;
              const overdue = f.pendingOverdue > 0;
              const flagged = (model.quality.flagsByUnit.get(row.unit.id)?.length ?? 0) > 0;
              const rowClass = [below ? 'row--below' : '', overdue ? 'row--overdue' : ''].join(' ').trim();
              return (
                <tr key={row.unit.id} className={rowClass || undefined}>
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
                    {below ? <span aria-hidden="true"> ▼</span> : null}
                  </td>
                </tr>
              );
            })}
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
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {shown.length > limit ? (
        <button type="button" className="secondary-button" onClick={() => setLimit(limit + PAGE_ROWS)}>
          {t('table.shown', { shown: n(limit), total: n(shown.length) })} — +{PAGE_ROWS}
        </button>
      ) : null}
    </div>
  );
}
