// The top of the dashboard: title and source, unit, field and period pickers, language, when the figures were updated and
// checked, and the report's actions (export, print, embed). Everything it shows it reads itself.
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { formatDateTime, formatTime } from '../i18n/format';
import { useFeedTimes } from '../queries/use-feed';
import { federationTimesText } from '../view/federation-notice';
import { useConfig } from '../ui/page-setup-gate';
import { useNow } from '../ui/use-now';
import { usePageTitle } from '../ui/page-title';
import { useT } from '../ui/use-t';
import { useFieldId, useLang, usePeriod, useViewActions } from '../view/view-store';
import { findField, forField } from '../feed/field-view';
import { DataQualityLink } from './data-quality-panel';
import { OpenFileButton } from './open-file/open-file-button';
import { PeriodPicker } from './period-picker';
import { downloadReport, type ReportFormat } from './report-export';
import { currentTableChoice } from './table-store';
import { ThemePicker } from './theme-picker';
import { UnitPicker } from './unit-picker';
import { FieldPicker } from './field-picker';
import { useDashboardFeed, useDashboardPolling, useShownUnitId } from './use-dashboard-feed';

const EmbedDialog = lazy(() => import('./embed-dialog').then((module) => ({ default: module.EmbedDialog })));

export function DashboardHeader() {
  const t = useT();
  const lang = useLang();
  const config = useConfig();
  // A national view says the span of its provinces' times, each given as a time alone when it is today.
  const nowMs = useNow(60_000);
  const title = usePageTitle(config.title, t);
  const feed = useDashboardFeed();
  const model = feed.snapshot?.model;
  const federation = feed.snapshot?.federation;
  const unitId = useShownUnitId(model);
  const period = usePeriod();
  const fieldId = useFieldId();
  const actions = useViewActions();
  const { feedUrl } = useDashboardPolling();
  const [embedOpen, setEmbedOpen] = useState(false);
  const download = (format: ReportFormat) => {
    // The report of the field on screen; none for a field the document does not list (the page shows no numbers).
    if (!model || (fieldId !== null && !findField(model, fieldId))) return;
    void downloadReport(format, { model: forField(model, fieldId), unitId, period, lang, choice: currentTableChoice(unitId) });
  };
  return (
    <header className="dashboard-header">
      <div className="dashboard-header__title">
        <h1>{title}</h1>
        {model?.source?.name ? (
          <p className="source">
            {t('header.source')}: {model.source.name}
          </p>
        ) : null}
      </div>
      <div className="dashboard-header__controls">
        {model ? <UnitPicker model={model} currentId={unitId} onPick={actions.unitPicked} /> : null}
        {model?.hasFields ? <FieldPicker model={model} currentId={fieldId} onPick={actions.fieldPicked} /> : null}
        {model ? <PeriodPicker key={`${period.kind}`} model={model} period={period} onPick={actions.periodPicked} /> : null}
      </div>
      <div className="view-prefs">
        <div className="lang-picker" role="group" aria-label={t('header.language')}>
          {(['vi', 'en'] as const).map((code) => (
            <button key={code} type="button" aria-pressed={lang === code} onClick={() => actions.langPicked(code)} lang={code}>
              {code === 'vi' ? 'Tiếng Việt' : 'English'}
            </button>
          ))}
        </div>
        <ThemePicker />
      </div>
      <div className="dashboard-header__status">
        <p className="updated-at">
          {t('header.updatedAt')}:{' '}
          <strong>
            {model
              ? (federationTimesText(model, { lang, timeZone: config.timeZone, nowMs }) ?? (
                  <time dateTime={model.generatedAt}>{formatDateTime(model.generatedAtMs, lang, config.timeZone)}</time>
                ))
              : '—'}
          </strong>
        </p>
        <CheckedAt />
        {model ? <DataQualityLink model={model} federation={federation} /> : null}
        <OpenFileButton feedUrl={feedUrl} />
        <button type="button" onClick={() => download('csv')} disabled={!model}>
          {t('header.export')}
        </button>
        <button type="button" onClick={() => download('xlsx')} disabled={!model}>
          {t('report.exportXlsx')}
        </button>
        <button type="button" onClick={() => window.print()} disabled={!model}>
          {t('report.print')}
        </button>
        <button type="button" onClick={() => setEmbedOpen(true)} disabled={!model}>
          {t('header.embed')}
        </button>
      </div>
      {/* Outside the banner, where the header's form styles do not reach it. */}
      {embedOpen && model
        ? createPortal(
            <Suspense fallback={null}>
              <EmbedDialog model={model} unitId={unitId} fieldId={fieldId} period={period} onClose={() => setEmbedOpen(false)} />
            </Suspense>,
            document.body,
          )
        : null}
    </header>
  );
}

/** Its own component: a poll that only moves "last checked" re-renders this line, not the figures. */
function CheckedAt() {
  const t = useT();
  const lang = useLang();
  const { timeZone } = useConfig();
  const { feedUrl, polling } = useDashboardPolling();
  const times = useFeedTimes(feedUrl, polling);
  return (
    <>
      <p className="checked-at">
        {t('header.checkedAt')}: {times.lastCheckedAt > 0 ? formatTime(times.lastCheckedAt, lang, timeZone, true) : '—'}
      </p>
      <button type="button" onClick={times.refetch} disabled={times.isFetching}>
        {times.isFetching ? t('header.checking') : t('header.checkNow')}
      </button>
    </>
  );
}
