// One slide of the wall screen. Numbers first and large; each chart has its figures as a table for screen readers.
import { memo, useRef, type CSSProperties, type ReactNode } from 'react';
import { monthOfYear, monthYear, type MonthIndex } from '../feed/month';
import type { Lang } from '../i18n/lang';
import { compareUnit } from '../stats/compare';
import { EN_MONTHS, formatCount, formatMonth, formatRate } from '../i18n/format';
import type { MonthRange } from '../stats/period';
import { translate } from '../i18n/messages';
import { translateAround } from '../i18n/translate';
import type { Translate } from '../ui/use-t';
import { SlideContextProvider, type SlideContext } from './kiosk-slide-context';
import type { Slide } from './kiosk-slides';
import { KioskTrendChart } from './kiosk-trend-chart';
import { KioskVolumeChart } from './kiosk-volume-chart';
import { useFitHeight } from './use-fit-text';
import { BELOW_TARGET_MARK, CountList, RankingList, RankingScale, rowSlots } from './kiosk-lists';

type Props = { slide: Slide; context: SlideContext; position: { index: number; count: number } };

export const KioskSlideView = memo(function KioskSlideView({ slide, context, position }: Props) {
  const { t } = context;
  const label = `${slideTitle(slide, t)} — ${t('kiosk.slideOf', { index: position.index + 1, count: position.count })}`;
  const section = useRef<HTMLElement>(null);
  // Lists and charts fill their height by construction; the summary's text has to be measured.
  useFitHeight(slide.kind === 'summary' ? section : noElement, [slide, context]);
  return (
    <section ref={section} className={`kiosk-slide kiosk-slide--${slide.kind}`} aria-roledescription="slide" aria-label={label}>
      <SlideContextProvider value={context}>{renderSlide(slide, context)}</SlideContextProvider>
    </section>
  );
});

const noElement = { current: null };

function volumeSubtitle(shown: number, total: number, t: Translate): string {
  return shown < total ? t('kiosk.volumeSubtitle', { shown, total }) : t('kiosk.volumeSubtitleAll', { total });
}

export function slideTitle(slide: Slide, t: Translate): string {
  switch (slide.kind) {
    case 'summary':
      return t('kiosk.onTimeRate');
    case 'ranking':
      return t('kiosk.rankingTitle');
    case 'volume':
      return t('kiosk.volumeTitle');
    case 'trend':
      return t('kiosk.trendTitle');
    case 'overdue':
      return t('kiosk.overdueTitle');
    case 'fields':
      return t('field.kioskTitle');
  }
}

function renderSlide(slide: Slide, context: SlideContext): ReactNode {
  const { t, lang, periodText } = context;
  switch (slide.kind) {
    case 'summary':
      return <SummarySlide slide={slide} context={context} />;
    case 'ranking':
      return (
        <>
          <SlideHeading
            title={t('kiosk.rankingTitle')}
            subtitle={
              <>
                <Nowrap>{periodText}</Nowrap> ·{' '}
                {slide.gapAfter === null
                  ? t('kiosk.rankingAll', { total: slide.unitsRanked })
                  : t('kiosk.rankingEnds', { ends: slide.gapAfter + 1, total: slide.unitsRanked })}
              </>
            }
          />
          <RankingScale rows={slide.rows} context={context} />
          <RankingList slide={slide} context={context} />
        </>
      );
    case 'volume':
      return (
        <>
          <SlideHeading
            title={t('kiosk.volumeTitle')}
            subtitle={
              <>
                <Nowrap>{periodText}</Nowrap> · {volumeSubtitle(slide.rows.length, slide.unitsWithData, t)}
              </>
            }
          />
          <KioskVolumeChart rows={slide.rows} />
        </>
      );
    case 'trend':
      return (
        <>
          <SlideHeading
            title={t('kiosk.trendTitle')}
            subtitle={`${context.unitName} · ${t('kiosk.trendSubtitle', { from: formatMonth(slide.range.from, lang), to: formatMonth(slide.range.to, lang) })}`}
          />
          <KioskTrendChart points={slide.points} />
        </>
      );
    case 'overdue':
      return (
        <>
          <SlideHeading
            title={t('kiosk.overdueTitle')}
            subtitle={
              <>
                {t('kiosk.overdueSubtitle', { units: slide.unitsWithOverdue, dossiers: formatCount(slide.totalOverdue, lang) })}
                {slide.rows.length < slide.unitsWithOverdue ? ` · ${t('kiosk.overdueTop', { shown: slide.rows.length })}` : null}
              </>
            }
          />
          <CountList
            rows={slide.rows}
            slots={rowSlots(slide.rows.length)}
            context={context}
            item={(row) => ({
              key: row.unitId,
              name: row.name,
              value: context.t('kiosk.overdueCount', { count: formatCount(row.overdue, context.lang) }),
              bad: true,
              detail: context.t('kiosk.overdueOf', { pending: formatCount(row.pending, context.lang) }),
            })}
          />
        </>
      );
    case 'fields':
      return (
        <>
          <SlideHeading
            title={t('field.kioskTitle')}
            subtitle={t('field.kioskSubtitle', {
              fields: slide.fieldsShown,
              overdue: formatCount(slide.totalOverdue, lang),
              dueSoon: formatCount(slide.totalDueSoon, lang),
            })}
          />
          <CountList
            rows={slide.rows}
            slots={rowSlots(slide.rows.length)}
            context={context}
            item={(row) => ({
              key: row.fieldId,
              name: row.name,
              value: context.t('field.kioskOverdue', { count: formatCount(row.overdue, context.lang) }),
              bad: row.overdue > 0,
              detail: context.t('field.kioskDueSoon', { count: formatCount(row.dueSoon, context.lang) }),
            })}
          />
        </>
      );
  }
}

/** A period label kept on one line: "Đến tháng 12/2026" never breaks inside. */
function Nowrap({ children }: { children: ReactNode }) {
  return <span className="kiosk-nowrap">{children}</span>;
}

function SlideHeading({ title, subtitle }: { title: string; subtitle: ReactNode }) {
  return (
    <div className="kiosk-slide__heading">
      <h2 className="kiosk-slide__title">{title}</h2>
      <p className="kiosk-slide__subtitle">{subtitle}</p>
    </div>
  );
}

/** "tháng 1–11/2025", "Jan–Nov 2025": the months a comparison covers, short enough for one line. */
function monthsText(range: MonthRange, lang: Lang): string {
  if (range.from === range.to) return formatMonth(range.from, lang);
  if (monthYear(range.from) !== monthYear(range.to)) return `${formatMonth(range.from, lang)} – ${formatMonth(range.to, lang)}`;
  const short = (month: MonthIndex) => (EN_MONTHS[monthOfYear(month) - 1] ?? '').slice(0, 3);
  return lang === 'vi'
    ? `tháng ${monthOfYear(range.from)}–${monthOfYear(range.to)}/${monthYear(range.to)}`
    : `${short(range.from)}–${short(range.to)} ${monthYear(range.to)}`;
}

function SummarySlide({ slide, context }: { slide: Extract<Slide, { kind: 'summary' }>; context: SlideContext }) {
  const { t, lang, leadPeriod, unitName, onTimeTarget } = context;
  const { figures } = slide;
  const rate = figures.onTimeRate;
  const lead = rate === null ? null : translateAround(translate, lang, 'summary.lead', { period: leadPeriod, unit: unitName }, 'rate');
  const meets = rate !== null && rate >= Math.round(onTimeTarget * 10);
  const n = (value: number) => formatCount(value, lang);
  // The same months a year earlier, only when the feed has them whole for this unit (half a period is no comparison).
  const { model, view } = context;
  const yearAgo = view.resolved.hasMonths ? compareUnit(model, view.unit.id, view.resolved).baselines[0] : undefined;
  const lastYear =
    rate !== null && yearAgo?.status === 'ok' && yearAgo.figures.onTimeRate !== null
      ? t('kiosk.lastYear', {
          months: monthsText(yearAgo.range, lang).replace(/ /g, '\u00a0'),
          rate: formatRate(yearAgo.figures.onTimeRate, lang),
        })
      : null;
  const tiles = [
    {
      label: t('kpi.received'),
      value: n(figures.received),
      detail: t('kiosk.receivedDetail', { rate: formatRate(figures.onlineRate, lang) }),
    },
    {
      label: t('kpi.resolved'),
      value: n(figures.resolved),
      detail: t('kiosk.resolvedDetail', { count: n(figures.resolvedEarly + figures.resolvedOnTime) }),
    },
    {
      label: t('kiosk.pending'),
      value: n(figures.pending),
      detail: t('kiosk.pendingDetail', { count: n(figures.pendingOverdue) }),
      bad: figures.pendingOverdue > 0,
    },
  ];
  return (
    <>
      <h2 className="visually-hidden">{t('kiosk.onTimeRate')}</h2>
      {lead ? (
        <p className="kiosk-lead">
          {lead.before}
          <strong className={`kiosk-lead__rate ${meets ? 'is-good' : 'is-bad'}`}>{formatRate(rate, lang)}</strong>
          {lead.after}
        </p>
      ) : (
        <p className="kiosk-lead">{t('summary.noneResolved', { period: leadPeriod, unit: unitName })}</p>
      )}
      {rate !== null ? (
        <p className={`kiosk-target ${meets ? 'is-good' : 'is-bad'}`}>
          <span aria-hidden="true">{meets ? '✓ ' : `${BELOW_TARGET_MARK} `}</span>
          {t('kiosk.target', { target: formatRate(Math.round(onTimeTarget * 10), lang) })}:{' '}
          {meets ? t('kiosk.meetsTarget') : t('kiosk.belowTarget')}
        </p>
      ) : null}
      {lastYear ? <p className="kiosk-last-year">{lastYear}</p> : null}
      {/* One size for the three numbers, set by the longest, so a short number does not look more important. */}
      <ul className="kiosk-tiles" style={{ '--chars': Math.max(...tiles.map((tile) => tile.value.length)) } as CSSProperties}>
        {tiles.map((tile) => (
          <li key={tile.label} className="kiosk-tile" aria-label={tile.label}>
            <span className="kiosk-tile__label">{tile.label}</span>
            <span className="kiosk-tile__value">{tile.value}</span>
            <span className={`kiosk-tile__detail ${tile.bad ? 'is-bad' : ''}`}>{tile.detail}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
