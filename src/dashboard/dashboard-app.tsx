// The officials' dashboard: every unit, every period, Biểu số 06, drill-down and export.
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FeedModel } from '../feed/feed-model';
import { bieu06Csv } from '../stats/bieu-06';
import { compareUnit, comparisonRanges, onTimeChanges, sameChanges } from '../stats/compare';
import { formatCount, formatPeriodLabel, type Lang } from '../stats/format';
import { DEFAULT_PERIOD, formatPeriod, resolvePeriod, type Period } from '../stats/period';
import { monthlyTrend } from '../stats/roll-up';
import { sameRows, sameTrend } from '../stats/same-figures';
import { descendantFigures, selectUnitView, type ChildFigures } from '../stats/unit-view';
import { DASHBOARD_POLLING, type FeedPolling } from '../queries/feed-query';
import { useFeedData, useFeedTimes } from '../queries/use-feed';
import { ErrorBoundary } from '../ui/error-boundary';
import { FeedStatus } from '../ui/feed-status';
import { FiguresAnnouncer, figuresAnnouncement, figuresSignature } from '../ui/figures-announcer';
import { feedProblemText } from '../ui/feed-problem-text';
import { setupNotes, usePageSetup } from '../ui/page-setup-gate';
import { usePageTitle } from '../ui/page-title';
import { unitLabel } from '../ui/unit-label';
import { useT, type Translate } from '../ui/use-t';
import { useLang, useParamProblems, usePeriod, useUnitId, useViewActions } from '../view/view-store';
import { Bieu06Table, DEFAULT_TABLE_SORT, type TableScope, type TableSort } from './bieu-06-table';
import { DashboardHeader } from './dashboard-header';
import { DataQualityPanel } from './data-quality-panel';
import { KpiRow } from './kpi-row';
import { PrintHeading } from './print-heading';

const DashboardCharts = lazy(() => import('./charts/dashboard-charts').then((module) => ({ default: module.DashboardCharts })));
const EmbedDialog = lazy(() => import('./embed-dialog').then((module) => ({ default: module.EmbedDialog })));

export function DashboardApp() {
  const setup = usePageSetup();
  const { config, feedUrl } = setup;
  const polling: FeedPolling = useMemo(() => ({ ...DASHBOARD_POLLING, pollSeconds: config.pollSeconds }), [config.pollSeconds]);
  const { snapshot, error } = useFeedData(feedUrl, polling);
  const t = useT();
  const title = usePageTitle(config.title, t);
  const lang = useLang();
  const unitParam = useUnitId();
  const period = usePeriod();
  const actions = useViewActions();
  const [embedOpen, setEmbedOpen] = useState(false);
  const shownRows = useRef<ChildFigures[]>([]);
  const model = snapshot?.model;
  const unitId = unitParam ?? model?.rootId ?? '';

  const exportTable = useCallback(
    (format: 'csv' | 'xlsx') => {
      if (!model) return;
      const unit = model.units.get(unitId);
      const headers = [
        t('col.stt'),
        t('col.unit'),
        `${t('col.toProcess')} – ${t('col.total')}`,
        t('col.online'),
        t('col.directPostal'),
        t('col.carriedOver'),
        `${t('col.resolved')} – ${t('col.total')}`,
        t('col.early'),
        t('col.onTime'),
        t('col.late'),
        `${t('col.pending')} – ${t('col.total')}`,
        t('col.within'),
        t('col.overdue'),
        t('col.returned'),
        'ID',
        `${t('col.onTimeRate')} (%)`,
      ];
      const resolved = resolvePeriod(period, model.months);
      const headerBlock = [
        [t('report.form'), t('table.title')],
        [t('report.unit'), unit ? unitLabel(unit, t) : unitId],
        [t('report.period'), formatPeriodLabel(resolved, lang)],
        [t('report.generatedAt'), model.generatedAt],
        [t('report.countUnit'), t('report.countUnitValue')],
      ] as const;
      const rows = shownRows.current;
      const download = (blob: Blob) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `bieu-06_${unit?.id ?? 'all'}_${formatPeriod(period)}.${format}`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      };
      if (format === 'csv') download(new Blob([bieu06Csv(rows, headers, headerBlock)], { type: 'text/csv;charset=utf-8' }));
      // The workbook writer loads only now: officials who never ask for Excel never download it.
      else void import('./xlsx-export').then((module) => module.bieu06XlsxBlob(rows, headers, headerBlock)).then(download);
    },
    [model, unitId, period, lang, t],
  );

  return (
    <div className="dashboard">
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <DashboardHeader
        title={title}
        model={model}
        unitId={unitId}
        period={period}
        lang={lang}
        timeZone={config.timeZone}
        t={t}
        feedUrl={feedUrl}
        polling={polling}
        onUnit={actions.unitPicked}
        onPeriod={actions.periodPicked}
        onLang={actions.langPicked}
        onEmbed={() => setEmbedOpen(true)}
        onExport={() => exportTable('csv')}
        onExportXlsx={() => exportTable('xlsx')}
        onPrint={() => window.print()}
        staleAfterSeconds={config.staleAfterSeconds}
      />
      <main id="main" className="dashboard-main">
        {setupNotes(setup, t).map((note) => (
          <p
            key={note.text}
            className={`feed-status feed-status--${note.alert ? 'error' : 'warning'}`}
            role={note.alert ? 'alert' : 'status'}
          >
            {note.text}
          </p>
        ))}
        <ParamProblems t={t} onDefaultPeriod={() => actions.periodPicked(DEFAULT_PERIOD)} />
        {model ? (
          <>
            <DashboardFeedStatus
              feedUrl={feedUrl}
              polling={polling}
              t={t}
              lang={lang}
              timeZone={config.timeZone}
              staleAfterSeconds={config.staleAfterSeconds}
              error={error}
              generatedAtMs={model.generatedAtMs}
            />
            <ErrorBoundary
              resetKey={`${model.generatedAt}|${unitId}|${formatPeriod(period)}`}
              fallback={(failure, retry) => <PartFailed error={failure} retry={retry} t={t} />}
            >
              <DashboardBody
                model={model}
                unitId={unitId}
                period={period}
                lang={lang}
                t={t}
                onTimeTarget={config.onTimeTarget}
                shownRowsRef={shownRows}
                staleAfterSeconds={config.staleAfterSeconds}
                timeZone={config.timeZone}
              />
            </ErrorBoundary>
          </>
        ) : error ? (
          <div className="page-message" role="alert">
            <h2>{t('status.noDataYet')}</h2>
            <p>{feedProblemText(error, t)}</p>
            <p>{t('status.retrying')}</p>
          </div>
        ) : (
          <p className="page-message" role="status">
            {t('app.loading')}
          </p>
        )}
      </main>
      <footer className="dashboard-footer">
        <p>{t('footer.data')}</p>
      </footer>
      {embedOpen && model ? (
        <Suspense fallback={null}>
          <EmbedDialog model={model} unitId={unitId} period={period} onClose={() => setEmbedOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

function PartFailed({ error, retry, t }: { error: Error; retry: () => void; t: Translate }) {
  return (
    <div className="feed-status feed-status--error" role="alert">
      <p>{t('crash.part', { detail: error.message.slice(0, 120) })}</p>
      <button type="button" onClick={retry}>
        {t('crash.retry')}
      </button>
    </div>
  );
}

type StatusProps = Omit<Parameters<typeof FeedStatus>[0], 'lastSuccessAt'> & { feedUrl: string; polling: FeedPolling };

/** Reads the poll times itself so that only this band re-renders on a poll. */
function DashboardFeedStatus({ feedUrl, polling, ...props }: StatusProps) {
  const { lastSuccessAt } = useFeedTimes(feedUrl, polling);
  return <FeedStatus {...props} lastSuccessAt={lastSuccessAt} />;
}

function ParamProblems({ t, onDefaultPeriod }: { t: Translate; onDefaultPeriod: () => void }) {
  const problems = useParamProblems();
  if (problems.length === 0) return null;
  return (
    <div className="feed-status feed-status--error" role="alert">
      {problems.map((problem) => (
        <p key={problem.param}>
          {t(`param.${problem.param}`, { value: problem.value })}{' '}
          {problem.param === 'period' ? (
            <button type="button" onClick={onDefaultPeriod}>
              {t('param.goDefaultPeriod')}
            </button>
          ) : null}
        </p>
      ))}
    </div>
  );
}

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

type BodyProps = {
  model: FeedModel;
  unitId: string;
  period: Period;
  lang: Lang;
  t: Translate;
  onTimeTarget: number;
  shownRowsRef: React.RefObject<ChildFigures[]>;
  staleAfterSeconds: number;
  timeZone: string;
};

/** Memoised: a poll that brings the same document re-renders none of this. */
const DashboardBody = memo(function DashboardBody({
  model,
  unitId,
  period,
  lang,
  t,
  onTimeTarget,
  shownRowsRef,
  staleAfterSeconds,
  timeZone,
}: BodyProps) {
  const actions = useViewActions();
  const paramProblems = useParamProblems();
  const view = useMemo(() => selectUnitView(model, unitId, period), [model, unitId, period]);
  const [scope, setScope] = useState<TableScope>('children');
  const [tableSort, setTableSort] = useState<TableSort>(DEFAULT_TABLE_SORT);
  const deep = view.status === 'ok' && view.children.some((child) => child.unit.childIds.length > 0);
  const tableRows = useMemo(
    () =>
      view.status !== 'ok'
        ? []
        : scope === 'descendants' && deep
          ? descendantFigures(model, view.unit.id, view.resolved.range)
          : view.children,
    [model, view, scope, deep],
  );
  // The earlier periods come from the same per-document cache of roll-ups: memoised on the document and the choice, a
  // poll that brings no new document computes nothing, and one that does adds two roll-ups at most.
  const comparison = useMemo(() => (view.status === 'ok' ? compareUnit(model, view.unit.id, view.resolved) : null), [model, view]);
  const rateChanges = useMemo(
    () => (view.status === 'ok' ? onTimeChanges(model, view.resolved.range, comparisonRanges(view.resolved).yearAgo) : undefined),
    [model, view],
  );
  const charts = useMemo(
    () => ({
      trend: view.status === 'ok' ? monthlyTrend(model, view.unit.id, view.resolved.range) : [],
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
      sameChanges(stableCharts.changes, charts.changes)
    )
  ) {
    setStableCharts(charts);
  }
  // The figures and the table of a new choice are painted first; the charts (recharts, the costliest part to render)
  // follow in the task after that paint, so picking a unit or a period answers at once on the national document.
  const deferredCharts = useAfterNextPaint(stableCharts);
  const chartsBehind = deferredCharts !== stableCharts;
  const onShownRowsChange = useCallback(
    (rows: ChildFigures[]) => {
      shownRowsRef.current = rows;
    },
    [shownRowsRef],
  );

  if (paramProblems.some((p) => p.param === 'period')) return null;
  if (view.status === 'unknown-unit') {
    return (
      <div className="page-message" role="alert">
        <p>{t('param.unknownUnit', { unit: view.unitId })}</p>
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
              <span aria-current="page">{unitLabel(unit, t)}</span>
            ) : (
              <button type="button" className="link-button" onClick={() => actions.unitPicked(unit.id === model.rootId ? null : unit.id)}>
                {unitLabel(unit, t)}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
  // With figures or without, the panel says what the document left out.
  const qualityPanel = (
    <DataQualityPanel
      model={model}
      lang={lang}
      t={t}
      onPickUnit={actions.unitPicked}
      staleAfterSeconds={staleAfterSeconds}
      timeZone={timeZone}
    />
  );
  const heading = (
    <h2 className="view-heading">
      {unitLabel(view.unit, t)} <span className="view-heading__period">· {formatPeriodLabel(view.resolved, lang)}</span>
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
      <PrintHeading unit={view.unit} resolved={view.resolved} generatedAtMs={model.generatedAtMs} lang={lang} timeZone={timeZone} t={t} />
      {breadcrumb}
      {heading}
      <FiguresAnnouncer
        viewKey={`${view.unit.id}|${formatPeriod(period)}`}
        signature={figuresSignature(view.figures)}
        message={figuresAnnouncement(view.figures, lang, t)}
      />
      <KpiRow figures={view.figures} lang={lang} t={t} onTimeTarget={onTimeTarget} comparison={comparison} />
      {qualityPanel}
      {view.children.length > 0 ? (
        <section className="panel" aria-labelledby="bieu-06-title">
          <h2 id="bieu-06-title">{t('table.title')}</h2>
          <p className="panel__sub">
            {unitLabel(view.unit, t)} · {formatPeriodLabel(view.resolved, lang)} ·{' '}
            {t('table.childCount', { count: formatCount(view.children.length, lang) })}
          </p>
          <Bieu06Table
            key={view.unit.id}
            model={model}
            rows={tableRows}
            lang={lang}
            t={t}
            onTimeTarget={onTimeTarget}
            onDrill={actions.unitPicked}
            onShownRowsChange={onShownRowsChange}
            changes={rateChanges}
            scope={deep ? { value: scope, onChange: setScope } : undefined}
            sort={tableSort}
            onSortChange={setTableSort}
          />
        </section>
      ) : null}
      <section className={chartsBehind ? 'panel panel--behind' : 'panel'} aria-label={t('charts.title')} aria-busy={chartsBehind}>
        <ErrorBoundary resetKey={deferredCharts} fallback={(failure, retry) => <PartFailed error={failure} retry={retry} t={t} />}>
          <Suspense fallback={<p className="empty-note">{t('charts.loading')}</p>}>
            <DashboardCharts trend={deferredCharts.trend} rows={deferredCharts.rows} changes={deferredCharts.changes} />
          </Suspense>
        </ErrorBoundary>
      </section>
    </>
  );
});
