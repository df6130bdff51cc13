// One unit's line of the Biểu số 06 table, and the form's number columns it and the totals row share.
import { memo } from 'react';
import type { MessageKey } from '../i18n/messages';
import type { Lang } from '../i18n/lang';
import type { Period } from '../stats/period';
import type { Bieu06SortKey } from '../stats/bieu-06';
import type { UnitFigures } from '../stats/figures';
import type { DaysTenths } from '../stats/rate';
import { formatCount, formatDays, formatRate, formatTenthsMagnitude } from '../i18n/format';
import { sameChildFigures } from '../stats/same-figures';
import type { ChildFigures } from '../stats/unit-period-figures';
import { useConfig } from '../ui/page-setup-gate';
import { useT } from '../ui/use-t';
import { useFieldId, useLang, usePeriod } from '../view/view-store';
import { viewParams, viewSearch } from '../view/view-params';

type Column = { key: Bieu06SortKey; label: MessageKey; value: (f: UnitFigures) => number };

export const NUMBER_COLUMNS: Column[] = [
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

/**
 * The columns after the form's, each only when the document gives its count (FeedModel `carries`): due soon and the
 * average processing time. Shared by the units' table and the fields' table, with their words and cell text.
 */
export const DUE_SOON_LABEL: MessageKey = 'field.dueSoon';
export const AVERAGE_DAYS_LABEL: MessageKey = 'field.averageDays';

/** An average time in a cell: the number alone ("4,3"), the heading says "(ngày)"; "—" when nothing was resolved. */
export function daysCellText(tenths: DaysTenths, lang: Lang): string {
  return formatDays(tenths, lang).replace(/\s.*$/, '');
}

type RowProps = {
  index: number;
  row: ChildFigures;
  flagged: boolean;
  onDrill: (unitId: string) => void;
  measure: ((element: Element | null) => void) | undefined;
  /** Said beside the name when the table lists every unit below: many communes share a name. */
  parentName: string | undefined;
  /** Tenths of a point against the same period a year earlier; null when not comparable, undefined when not shown. */
  change: number | null | undefined;
  /** Due soon and average time, shown only when the document gives them. */
  withDueSoon: boolean;
  withDays: boolean;
};

/**
 * One unit's line; memoised so that scrolling a long table renders only the rows coming into view, and compared by
 * value so that a new document re-renders only the lines whose unit or figures changed.
 */
export const Bieu06Row = memo(function Bieu06Row({
  index,
  row,
  flagged,
  onDrill,
  measure,
  parentName,
  change,
  withDueSoon,
  withDays,
}: RowProps) {
  const t = useT();
  const lang = useLang();
  const { onTimeTarget } = useConfig();
  const fieldId = useFieldId();
  const period = usePeriod();
  const f = row.figures;
  const n = (value: number) => formatCount(value, lang);
  const noData = f.rowCount === 0;
  const below = f.onTimeRate !== null && f.onTimeRate < onTimeTarget * 10;
  const overdue = f.pendingOverdue > 0;
  return (
    <tr className={below ? 'row--below' : undefined} data-index={index} ref={measure}>
      <td className="num">{index + 1}</td>
      <th scope="row" className="unit-cell">
        <a
          href={unitHref(row.unit.id, fieldId, period, lang)}
          className="link-button unit-link"
          onClick={(event) => {
            // A plain left click drills down in the page; a middle, Ctrl or Shift click opens the unit in a new tab.
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            onDrill(row.unit.id);
          }}
          title={t('table.drill', { name: row.unit.name })}
        >
          {row.unit.name}
        </a>
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
      {change !== undefined ? <ChangeCell change={change} /> : null}
      {withDueSoon ? <td className="num">{noData ? '—' : n(f.pendingDueSoon)}</td> : null}
      {withDays ? <td className="num">{daysCellText(f.averageDays, lang)}</td> : null}
    </tr>
  );
}, sameRowProps);

/** The address of this view on another unit, other parameters of the page (a feed, a theme) kept as they are. */
function unitHref(unitId: string, fieldId: string | null, period: Period, lang: Lang): string {
  const keep = new URLSearchParams(window.location.search);
  const theme = keep.get('theme');
  const params = viewParams({ unitId, fieldId, period, lang }, { keep });
  if (theme !== null) params.set('theme', theme);
  return viewSearch(params) || '?';
}

/** "▼ 3,2" with the direction in words for screen readers; a fall is marked in colour as well as by the arrow. */
function ChangeCell({ change }: { change: number | null }) {
  const t = useT();
  const lang = useLang();
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
    a.onDrill === b.onDrill &&
    a.measure === b.measure &&
    a.parentName === b.parentName &&
    a.change === b.change &&
    a.withDueSoon === b.withDueSoon &&
    a.withDays === b.withDays &&
    sameChildFigures(a.row, b.row)
  );
}
