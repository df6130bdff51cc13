// The figures of the chosen unit and period: where it sits, its tiles, the data-quality panel, Biểu số 06 and the charts.
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FeedModel } from '../feed/feed-model';
import { formatPeriodLabel } from '../i18n/period-label';
import { unitName } from '../i18n/unit-name';
import { compareUnit, comparisonRanges, onTimeChanges, sameChanges } from '../stats/compare';
import { formatCount } from '../i18n/format';
import { formatPeriod, type Period } from '../stats/period';
import { monthlyTrend } from '../stats/roll-up';
import { sameRows, sameTrend } from '../stats/same-figures';
import { descendantFigures, unitPeriodFigures } from '../stats/unit-period-figures';
import { ErrorBoundary } from '../ui/error-boundary';
import { FiguresAnnouncer, figuresAnnouncement, figuresSignature } from '../ui/figures-announcer';
import { useT, type Translate } from '../ui/use-t';
import { useLang, useParamProblems, useViewActions } from '../view/view-store';
import { isDeep, scopeRows } from './bieu-06-rows';
import { Bieu06Table } from './bieu-06-table';
import { PartFailed } from './part-failed';
import { DashboardQualityPanel } from './data-quality-panel';
import { KpiRow } from './kpi-row';
import { PrintHeading, PrintSignatures } from './print-heading';
import { useTableScope } from './table-store';

const DashboardCharts = lazy(() => import('./charts/dashboard-charts').then((module) => ({ default: module.DashboardCharts })));

/**
 * `value` as it was until the frame after it changed has been painted. Not useDeferredValue, whose render of the
 * charts is sliced across frames: this draws them in the one task that follows the paint of the new figures.
 */
function useAfterNextPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown === value) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

type Props = { model: FeedModel; unitId: string; period: Period };

/**
 * The unit a drill-down from the table went to, until its heading has taken focus. Kept outside the component: the
 * new unit may mount a fresh body (the error boundary's key), and a ref would be lost with the old one.
 */
let drilledTo: string | null = null;

/** Memoised: a poll that brings the same document re-renders none of this. */
export const DashboardBody = memo(function DashboardBody({ model, unitId, period }: Props) {
  const t = useT();
  const lang = useLang();
  const actions = useViewActions();
  const paramProblems = useParamProblems();
  const scope = useTableScope();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const drill = useCallback(
    (id: string) => {
      drilledTo = id;
      actions.unitPicked(id);
    },
    [actions],
  );
  const view = useMemo(() => unitPeriodFigures(model, unitId, period), [model, unitId, period]);
  const tableRows = useMemo(() => (view.status === 'ok' ? scopeRows(model, view, scope) : []), [model, view, scope]);
  // The earlier periods come from the same per-document cache of roll-ups: memoised on the document and the choice, a
  // poll that brings no new document computes nothing, and one that does adds two roll-ups at most.
  // A commune's place among all the communes of the document, by on-time rate: ties share a place.
  const communeRank = useMemo(() => {
    if (view.status !== 'ok' || view.unit.kind !== 'commune' || view.figures.onTimeRate === null) return null;
    const rates = descendantFigures(model, model.rootId, view.resolved.range)
      .filter((row) => row.unit.kind === 'commune' && row.figures.onTimeRate !== null)
      .map((row) => row.figures.onTimeRate as number);
    const own = view.figures.onTimeRate;
    return { rank: 1 + rates.filter((rate) => rate > own).length, total: rates.length };
  }, [model, view]);
  const comparison = useMemo(() => (view.status === 'ok' ? compareUnit(model, view.unit.id, view.resolved) : null), [model, view]);
  const rateChanges = useMemo(
    () => (view.status === 'ok' ? onTimeChanges(model, view.resolved.range, comparisonRanges(view.resolved).yearAgo) : undefined),
    [model, view],
  );
  const charts = useMemo(
    () => ({
      trend: view.status === 'ok' ? monthlyTrend(model, view.unit.id, view.resolved.range) : [],
      // The same months a year earlier (month indexes, 12 back), for the monthly chart's last-year line.
      lastYear:
        view.status === 'ok'
          ? monthlyTrend(model, view.unit.id, { from: view.resolved.range.from - 12, to: view.resolved.range.to - 12 })
          : [],
      rows: view.status === 'ok' ? view.children : [],
      // Only the children's: a change elsewhere in the country must not redraw these charts.
      changes: new Map(view.status === 'ok' ? view.children.map((child) => [child.unit.id, rateChanges?.get(child.unit.id) ?? null]) : []),
    }),
    [model, view, rateChanges],
  );
  // A new document that leaves this view's chart figures as they were keeps the previous object: no redraw, no dimming.
  const [stableCharts, setStableCharts] = useState(charts);
  if (
    stableCharts !== charts &&
    !(
      sameRows(stableCharts.rows, charts.rows) &&
      sameTrend(stableCharts.trend, charts.trend) &&
      sameTrend(stableCharts.lastYear, charts.lastYear) &&
      sameChanges(stableCharts.changes, charts.changes)
    )
  ) {
    setStableCharts(charts);
  }
  // The figures and the table of a new choice are painted first; the charts (recharts, the costliest part to render)
  // follow in the task after that paint, so picking a unit or a period answers at once on the national document.
  const deferredCharts = useAfterNextPaint(stableCharts);
  const chartsBehind = deferredCharts !== stableCharts;
  // After a drill-down the official lands on the name of the unit now shown, not on a chart at the bottom of the page.
  const shownUnitId = view.status === 'unknown-unit' ? null : view.unit.id;
  useEffect(() => {
    if (drilledTo === null || drilledTo !== shownUnitId || !headingRef.current) return;
    drilledTo = null;
    headingRef.current.focus({ preventScroll: true });
    headingRef.current.scrollIntoView({ block: 'start' });
  }, [shownUnitId]);

  if (paramProblems.some((p) => p.param === 'period')) return null;
  if (view.status === 'unknown-unit') {
    return (
      <div className="page-message" role="alert">
        <p>{unknownUnitText(model, view.unitId, t)}</p>
        <button type="button" onClick={() => actions.unitPicked(null)}>
          {t('param.goRoot')}
        </button>
      </div>
    );
  }
  const breadcrumb = (
    <nav className="breadcrumb" aria-label={t('breadcrumb.label')}>
      <ol>
        {view.path.map((unit, index) => (
          <li key={unit.id}>
            {index === view.path.length - 1 ? (
              <span aria-current="page">{unitName(unit, lang)}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => actions.unitPicked(unit.id === model.rootId ? null : unit.id)}>
                {unitName(unit, lang)}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
  // With figures or without, the panel says what the document left out.
  const qualityPanel = <DashboardQualityPanel model={model} />;
  const heading = (
    <h2 className="view-heading" tabIndex={-1} ref={headingRef}>
      {unitName(view.unit, lang)} <span className="view-heading__period">· {formatPeriodLabel(view.resolved, lang)}</span>
    </h2>
  );
  if (view.status === 'no-months' || view.figures.rowCount === 0) {
    return (
      <>
        {breadcrumb}
        {heading}
        <p className="page-message" role="status">
          {t('noData.period')}
        </p>
        {qualityPanel}
      </>
    );
  }
  return (
    <>
      <PrintHeading unit={view.unit} resolved={view.resolved} generatedAtMs={model.generatedAtMs} />
      {breadcrumb}
      {heading}
      <FiguresAnnouncer
        viewKey={`${view.unit.id}|${formatPeriod(period)}`}
        signature={figuresSignature(view.figures)}
        message={figuresAnnouncement(view.figures, lang, t)}
      />
      {communeRank ? (
        <p className="commune-rank">
          {t('dash11.communeRank', { rank: formatCount(communeRank.rank, lang), total: formatCount(communeRank.total, lang) })}
        </p>
      ) : null}
      <KpiRow figures={view.figures} comparison={comparison} />
      {qualityPanel}
      {view.children.length > 0 ? (
        <section className="panel" aria-labelledby="bieu-06-title">
          <h2 id="bieu-06-title">{t('table.title')}</h2>
          <p className="panel__sub">
            {unitName(view.unit, lang)} · {formatPeriodLabel(view.resolved, lang)} ·{' '}
            {t('table.childCount', { count: formatCount(view.children.length, lang) })}
          </p>
          <Bieu06Table
            key={view.unit.id}
            model={model}
            unitId={view.unit.id}
            rows={tableRows}
            deep={isDeep(view)}
            onDrill={drill}
            changes={rateChanges}
          />
        </section>
      ) : null}
      <PrintSignatures />
      <section className={chartsBehind ? 'panel panel--behind' : 'panel'} aria-label={t('charts.title')} aria-busy={chartsBehind}>
        <ErrorBoundary resetKey={deferredCharts} fallback={(failure, retry) => <PartFailed error={failure} retry={retry} />}>
          <Suspense fallback={<p className="empty-note">{t('charts.loading')}</p>}>
            <DashboardCharts
              trend={deferredCharts.trend}
              lastYear={deferredCharts.lastYear}
              rows={deferredCharts.rows}
              changes={deferredCharts.changes}
            />
          </Suspense>
        </ErrorBoundary>
      </section>
    </>
  );
});

/** An unknown unit, or in a national view still missing provinces, a unit that may be one of theirs. */
function unknownUnitText(model: FeedModel, unitId: string, t: Translate): string {
  const federation = (model.whole ?? model).federation;
  const missing = federation ? federation.listed - federation.parts.length : 0;
  if (!federation || missing <= 0) return t('param.unknownUnit', { unit: unitId });
  return t('federation.unitNotYet', { unit: unitId, missing, total: federation.listed });
}
