// The top of the dashboard: title and source, unit and period pickers, language, and when the figures were updated and checked.
import type { FeedModel } from '../feed/feed-model';
import { formatDateTime, formatTime, type Lang } from '../stats/format';
import type { Period } from '../stats/period';
import { useFeedTimes } from '../queries/use-feed';
import type { FeedPolling } from '../queries/feed-query';
import type { Translate } from '../ui/use-t';
import { DataQualityLink } from './data-quality-panel';
import { PeriodPicker } from './period-picker';
import { ThemePicker } from './theme-picker';
import { UnitPicker } from './unit-picker';

type Props = {
  title: string;
  model: FeedModel | undefined;
  unitId: string;
  period: Period;
  lang: Lang;
  timeZone: string;
  t: Translate;
  feedUrl: string;
  polling: FeedPolling;
  onUnit: (unitId: string) => void;
  onPeriod: (period: Period) => void;
  onLang: (lang: Lang) => void;
  onEmbed: () => void;
  onExport: () => void;
  onExportXlsx: () => void;
  onPrint: () => void;
  staleAfterSeconds: number;
};

export function DashboardHeader({
  title,
  model,
  unitId,
  period,
  lang,
  timeZone,
  t,
  feedUrl,
  polling,
  onUnit,
  onPeriod,
  onLang,
  onEmbed,
  onExport,
  onExportXlsx,
  onPrint,
  staleAfterSeconds,
}: Props) {
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
        {model ? <UnitPicker model={model} currentId={unitId} t={t} onPick={onUnit} /> : null}
        {model ? <PeriodPicker key={`${period.kind}`} model={model} period={period} lang={lang} t={t} onPick={onPeriod} /> : null}
      </div>
      <div className="view-prefs">
        <div className="lang-picker" role="group" aria-label={t('header.language')}>
          {(['vi', 'en'] as const).map((code) => (
            <button key={code} type="button" aria-pressed={lang === code} onClick={() => onLang(code)} lang={code}>
              {code === 'vi' ? 'Tiếng Việt' : 'English'}
            </button>
          ))}
        </div>
        <ThemePicker t={t} />
      </div>
      <div className="dashboard-header__status">
        <p className="updated-at">
          {t('header.updatedAt')}:{' '}
          <strong>{model ? <time dateTime={model.generatedAt}>{formatDateTime(model.generatedAtMs, lang, timeZone)}</time> : '—'}</strong>
        </p>
        <CheckedAt feedUrl={feedUrl} polling={polling} lang={lang} timeZone={timeZone} t={t} />
        {model ? <DataQualityLink model={model} staleAfterSeconds={staleAfterSeconds} lang={lang} t={t} /> : null}
        <button type="button" onClick={onExport} disabled={!model}>
          {t('header.export')}
        </button>
        <button type="button" onClick={onExportXlsx} disabled={!model}>
          {t('report.exportXlsx')}
        </button>
        <button type="button" onClick={onPrint} disabled={!model}>
          {t('report.print')}
        </button>
        <button type="button" onClick={onEmbed} disabled={!model}>
          {t('header.embed')}
        </button>
      </div>
    </header>
  );
}

/** Its own component: a poll that only moves "last checked" re-renders this line, not the figures. */
function CheckedAt({
  feedUrl,
  polling,
  lang,
  timeZone,
  t,
}: {
  feedUrl: string;
  polling: FeedPolling;
  lang: Lang;
  timeZone: string;
  t: Translate;
}) {
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
