// Fields ranked by late and overdue dossiers: one bar a field (resolved late, then pending overdue, stacked), with the
// table of the same figures beside it for screen readers. Plain HTML bars: no chart library for a ranked list.
import type { FieldFigures } from '../stats/field-figures';
import { lateAndOverdue } from '../stats/field-figures';
import { formatCount } from '../i18n/format';
import { ChartDataTable } from '../ui/charts/chart-card';
import { useT } from '../ui/use-t';
import { useLang, useViewActions } from '../view/view-store';

/** The most a slide or a panel lists: the fields to act on first. */
const MAX_FIELDS = 12;

export function FieldsRanking({ rows }: { rows: readonly FieldFigures[] }) {
  const t = useT();
  const lang = useLang();
  const { fieldPicked } = useViewActions();
  if (rows.length === 0) return <p className="empty-note">{t('field.rankingNone')}</p>;
  const shown = rows.slice(0, MAX_FIELDS);
  const most = Math.max(...shown.map((row) => lateAndOverdue(row.figures)), 1);
  const n = (value: number) => formatCount(value, lang);
  return (
    <div className="fields-ranking">
      <ol className="fields-ranking__bars" aria-hidden="true">
        {shown.map((row) => (
          <li key={row.field.id}>
            <button type="button" className="link-button fields-ranking__name" tabIndex={-1} onClick={() => fieldPicked(row.field.id)}>
              {row.field.name}
            </button>
            <span className="fields-ranking__track">
              <span className="fields-ranking__late" style={{ width: `${(row.figures.resolvedLate / most) * 100}%` }} />
              <span className="fields-ranking__overdue" style={{ width: `${(row.figures.pendingOverdue / most) * 100}%` }} />
            </span>
            <span className="fields-ranking__value">{n(lateAndOverdue(row.figures))}</span>
          </li>
        ))}
      </ol>
      <p className="fields-ranking__legend" aria-hidden="true">
        <span className="fields-ranking__key fields-ranking__key--late" /> {t('field.lateResolved')}{' '}
        <span className="fields-ranking__key fields-ranking__key--overdue" /> {t('field.overduePending')}
      </p>
      <details className="chart-table-toggle">
        <summary>{t('field.rankingTitle')}</summary>
        <ChartDataTable
          className="data-table data-table--compact"
          rows={shown}
          rowKey={(row) => row.field.id}
          columns={[
            { header: '#', cell: (_, index) => index + 1, numeric: true },
            { header: t('field.label'), cell: (row) => row.field.name, rowHeader: true },
            { header: t('field.lateResolved'), cell: (row) => n(row.figures.resolvedLate), numeric: true },
            { header: t('field.overduePending'), cell: (row) => n(row.figures.pendingOverdue), numeric: true },
            { header: t('field.lateAndOverdue'), cell: (row) => n(lateAndOverdue(row.figures)), numeric: true },
            { header: t('field.dueSoon'), cell: (row) => n(row.figures.pendingDueSoon), numeric: true },
          ]}
        />
      </details>
    </div>
  );
}
