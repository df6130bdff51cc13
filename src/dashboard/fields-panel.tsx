// The dashboard by field (lĩnh vực, issue 12): which field is on screen, an unknown one said plainly, and for the unit
// on screen its due-soon and processing-time tiles, Biểu số 06 by field and the fields ranked by late and overdue.
import { memo, useMemo, useState } from 'react';
import type { FeedModel } from '../feed/feed-model';
import { findField } from '../feed/field-view';
import { formatCount, formatDays, formatRate } from '../i18n/format';
import { formatPeriodLabel } from '../i18n/period-label';
import { unitName } from '../i18n/unit-name';
import { fieldBreakdown, fieldsByLateness, type FieldFigures } from '../stats/field-figures';
import type { UnitFigures } from '../stats/figures';
import type { Period } from '../stats/period';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import { KpiTile } from '../ui/kpi-tile';
import { useT } from '../ui/use-t';
import { useLang, useParamProblems, useViewActions } from '../view/view-store';
import { AVERAGE_DAYS_LABEL, daysCellText, DUE_SOON_LABEL, NUMBER_COLUMNS } from './bieu-06-row';
import { FieldsRanking } from './fields-ranking';
import './fields.css';

/** The field on screen, with the way back to every field; nothing for every field. */
export function FieldBand({ model, fieldId }: { model: FeedModel; fieldId: string | null }) {
  const t = useT();
  const { fieldPicked } = useViewActions();
  const field = fieldId === null ? undefined : findField(model, fieldId);
  if (!field) return null;
  return (
    <p className="field-band" role="status">
      <span>{t('field.shown', { field: field.name })}</span>{' '}
      <button type="button" onClick={() => fieldPicked(null)}>
        {t('field.goAll')}
      </button>
    </p>
  );
}

/** A field id the document does not list: said, with no numbers (never another field's, nor every field's). */
export function UnknownField({ fieldId }: { fieldId: string }) {
  const t = useT();
  const { fieldPicked } = useViewActions();
  return (
    <div className="page-message" role="alert">
      <p>{t('field.unknown', { field: fieldId })}</p>
      <button type="button" onClick={() => fieldPicked(null)}>
        {t('field.goAll')}
      </button>
    </div>
  );
}

type Props = { model: FeedModel; unitId: string; period: Period; fieldId: string | null };

/** Memoised like the body: a poll that brings the same document re-renders none of it. */
export const FieldsPanel = memo(function FieldsPanel({ model, unitId, period, fieldId }: Props) {
  const t = useT();
  const lang = useLang();
  const view = useMemo(() => unitPeriodFigures(model, unitId, period, fieldId), [model, unitId, period, fieldId]);
  const whole = useMemo(() => unitPeriodFigures(model, unitId, period), [model, unitId, period]);
  const breakdown = useMemo(
    () => (whole.status === 'ok' ? fieldBreakdown(model, whole.unit.id, whole.resolved.range) : []),
    [model, whole],
  );
  const ranked = useMemo(() => fieldsByLateness(breakdown), [breakdown]);
  // An unreadable period shows no figures at all (the body says why): none here either.
  const badPeriod = useParamProblems().some((problem) => problem.param === 'period');
  if (badPeriod || view.status !== 'ok' || whole.status !== 'ok' || whole.figures.rowCount === 0) return null;
  const sub = t('field.tableSub', {
    unit: unitName(whole.unit, lang),
    period: formatPeriodLabel(whole.resolved, lang),
    count: formatCount(breakdown.length, lang),
  });
  return (
    <>
      <FieldTiles model={model} figures={view.figures} />
      <section className="panel" aria-labelledby="bieu-06-fields-title">
        <h2 id="bieu-06-fields-title">{t('field.tableTitle')}</h2>
        <p className="panel__sub">{sub}</p>
        <FieldsTable model={model} rows={breakdown} totals={whole.figures} fieldId={fieldId} />
      </section>
      <section className="panel" aria-labelledby="fields-ranking-title">
        <h2 id="fields-ranking-title">{t('field.rankingTitle')}</h2>
        <p className="panel__sub">
          {t('field.rankingSub')} · {sub}
        </p>
        <FieldsRanking rows={ranked} />
      </section>
    </>
  );
});

/** Due soon and average processing time of the unit and field on screen, when the document gives them. */
function FieldTiles({ model, figures }: { model: FeedModel; figures: UnitFigures }) {
  const t = useT();
  const lang = useLang();
  if (!model.carries.pendingDueSoon && !model.carries.resolvedMinutes) return null;
  return (
    <section className="kpi-row kpi-row--fields" aria-label={t('field.headingTiles')}>
      {model.carries.pendingDueSoon ? (
        <KpiTile
          label={t('field.dueSoon')}
          value={formatCount(figures.pendingDueSoon, lang)}
          tone={figures.pendingDueSoon > 0 ? 'bad' : 'neutral'}
          details={model.meta.dueSoonDays !== null ? <p>{t('field.dueSoonDetail', { days: model.meta.dueSoonDays })}</p> : undefined}
        />
      ) : null}
      {model.carries.resolvedMinutes ? (
        <KpiTile label={t('field.averageTile')} value={formatDays(figures.averageDays, lang)} details={<p>{t('field.averageDetail')}</p>} />
      ) : null}
    </section>
  );
}

type SortKey = 'name' | (typeof NUMBER_COLUMNS)[number]['key'] | 'onTimeRate' | 'pendingDueSoon' | 'averageDays';

function sortValue(figures: UnitFigures, key: Exclude<SortKey, 'name'>): number {
  if (key === 'onTimeRate') return figures.onTimeRate ?? -1;
  if (key === 'averageDays') return figures.averageDays ?? -1;
  if (key === 'pendingDueSoon') return figures.pendingDueSoon;
  const column = NUMBER_COLUMNS.find((c) => c.key === key);
  return column ? column.value(figures) : 0;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Biểu số 06 with fields for rows: the form's columns, due soon and average time when given, a totals row; sortable. */
function FieldsTable({
  model,
  rows,
  totals,
  fieldId,
}: {
  model: FeedModel;
  rows: FieldFigures[];
  totals: UnitFigures;
  fieldId: string | null;
}) {
  const t = useT();
  const lang = useLang();
  const { fieldPicked } = useViewActions();
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'toProcess', direction: 'desc' });
  const n = (value: number) => formatCount(value, lang);
  const withDueSoon = model.carries.pendingDueSoon;
  const withDays = model.carries.resolvedMinutes;
  const shown = useMemo(() => {
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const order =
        sort.key === 'name'
          ? collator.compare(a.field.name, b.field.name)
          : sortValue(a.figures, sort.key) - sortValue(b.figures, sort.key);
      return order !== 0 ? sign * order : collator.compare(a.field.name, b.field.name);
    });
  }, [rows, sort]);
  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'name' ? 'asc' : 'desc' },
    );
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => sortBy(key)} title={t('table.sortBy', { column: label })}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
  const groupOf = (index: number) => (index < 4 ? t('col.toProcess') : index < 8 ? t('col.resolved') : index < 11 ? t('col.pending') : '');
  const cells = (figures: UnitFigures) => (
    <>
      {NUMBER_COLUMNS.map((column) => (
        <td key={column.key} className={`num${column.key === 'pendingOverdue' && figures.pendingOverdue > 0 ? ' num--bad' : ''}`}>
          {n(column.value(figures))}
        </td>
      ))}
      <td className="num rate">{formatRate(figures.onTimeRate, lang)}</td>
      {withDueSoon ? <td className="num">{n(figures.pendingDueSoon)}</td> : null}
      {withDays ? <td className="num">{daysCellText(figures.averageDays, lang)}</td> : null}
    </>
  );
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('field.scrollRegion')}>
      <table className="data-table fields-table">
        <caption className="visually-hidden">{t('field.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.stt')}</th>
            {header('name', t('col.unit'))}
            {NUMBER_COLUMNS.map((column, index) => {
              const group = groupOf(index);
              return header(column.key, group && column.label === 'col.total' ? `${group} – ${t(column.label)}` : t(column.label));
            })}
            {header('onTimeRate', t('col.onTimeRate'))}
            {withDueSoon ? header('pendingDueSoon', t(DUE_SOON_LABEL)) : null}
            {withDays ? header('averageDays', t(AVERAGE_DAYS_LABEL)) : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={row.field.id} aria-current={row.field.id === fieldId ? 'true' : undefined}>
              <td className="num">{index + 1}</td>
              <th scope="row" className="unit-cell">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => fieldPicked(row.field.id)}
                  title={t('field.pick', { field: row.field.name })}
                >
                  {row.field.name}
                </button>
              </th>
              {cells(row.figures)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">{t('table.totals')}</th>
            {cells(totals)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
