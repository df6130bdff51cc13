// The officials' dashboard: the header, what the page must say about its set-up and the feed, then the figures.
import { formatPeriod, DEFAULT_PERIOD } from '../stats/period';
import { useFeedTimes } from '../queries/use-feed';
import { ErrorBoundary } from '../ui/error-boundary';
import { FeedStatus } from '../ui/feed-status';
import { FederationNotice } from '../ui/federation-notice';
import { feedProblemText } from '../ui/feed-problem-text';
import { setupNotes, usePageSetup } from '../ui/page-setup-gate';
import { useT } from '../ui/use-t';
import { findField, forField } from '../feed/field-view';
import { useFieldId, useLang, useParamProblems, usePeriod, useViewActions } from '../view/view-store';
import { DashboardBody } from './dashboard-body';
import { DashboardHeader } from './dashboard-header';
import { FieldBand, FieldsPanel, UnknownField } from './fields-panel';
import { LocalFileBand } from './open-file/local-file-band';
import { PartFailed } from './part-failed';
import { useDashboardFeed, useDashboardPolling, useShownUnitId } from './use-dashboard-feed';

export function DashboardApp() {
  const setup = usePageSetup();
  const { snapshot, error } = useDashboardFeed();
  const t = useT();
  const lang = useLang();
  const period = usePeriod();
  const model = snapshot?.model;
  const unitId = useShownUnitId(model);
  const fieldId = useFieldId();
  // One field's view of the document: every tile, table and chart below answers for that field with the code it
  // answers for all of them. An unknown field gets its message and no numbers at all.
  const unknownField = model !== undefined && fieldId !== null && !findField(model, fieldId);
  const shownModel = model && !unknownField ? forField(model, fieldId) : undefined;

  return (
    <div className="dashboard">
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <DashboardHeader />
      <main id="main" className="dashboard-main">
        <LocalFileBand feedUrl={setup.feedUrl} timeZone={setup.config.timeZone} />
        {setupNotes(setup, t).map((note) => (
          <p
            key={note.text}
            className={`feed-status feed-status--${note.alert ? 'error' : 'warning'}`}
            role={note.alert ? 'alert' : 'status'}
          >
            {note.text}
          </p>
        ))}
        <ParamProblems />
        {model ? (
          <>
            <DashboardFeedStatus error={error} generatedAtMs={model.generatedAtMs} />
            <FederationNotice status={snapshot?.federation} />
            {shownModel ? (
              <ErrorBoundary
                resetKey={`${model.generatedAt}|${unitId}|${fieldId ?? ''}|${formatPeriod(period)}`}
                fallback={(failure, retry) => <PartFailed error={failure} retry={retry} />}
              >
                <FieldBand model={model} fieldId={fieldId} />
                <DashboardBody model={shownModel} unitId={unitId} period={period} />
                {model.hasFields ? <FieldsPanel model={model} unitId={unitId} period={period} fieldId={fieldId} /> : null}
              </ErrorBoundary>
            ) : (
              <UnknownField fieldId={fieldId ?? ''} />
            )}
          </>
        ) : error ? (
          <div className="page-message" role="alert">
            <h2>{t('status.noDataYet')}</h2>
            <p>{feedProblemText(error, t, lang)}</p>
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
    </div>
  );
}

/** Reads the poll times itself so that only this band re-renders on a poll. */
function DashboardFeedStatus({ error, generatedAtMs }: { error: Error | null; generatedAtMs: number }) {
  const { feedUrl, polling } = useDashboardPolling();
  const { lastSuccessAt } = useFeedTimes(feedUrl, polling);
  return <FeedStatus error={error} generatedAtMs={generatedAtMs} lastSuccessAt={lastSuccessAt} />;
}

function ParamProblems() {
  const t = useT();
  const problems = useParamProblems();
  const { periodPicked } = useViewActions();
  if (problems.length === 0) return null;
  return (
    <div className="feed-status feed-status--error" role="alert">
      {problems.map((problem) => (
        <p key={problem.param}>
          {t(`param.${problem.param}`, { value: problem.value })}{' '}
          {problem.param === 'period' ? (
            <button type="button" onClick={() => periodPicked(DEFAULT_PERIOD)}>
              {t('param.goDefaultPeriod')}
            </button>
          ) : null}
        </p>
      ))}
    </div>
  );
}
