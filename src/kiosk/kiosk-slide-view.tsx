// One slide of the wall screen. Numbers first and large; each chart has its figures as a table for screen readers.
import { Fragment, memo, useRef, type CSSProperties, type ReactNode } from 'react';
import { monthOfYear, monthYear, type MonthIndex } from '../feed/month';
import type { Lang } from '../i18n/lang';
import { compareUnit } from '../stats/compare';
import { EN_MONTHS, formatCount, formatMonth, formatRate } from '../i18n/format';
import type { MonthRange } from '../stats/period';
import { translate } from '../i18n/messages';
import { translateAround } from '../i18n/translate';
import type { Translate } from '../ui/use-t';
import { SlideContextProvider, type SlideContext } from './kiosk-slide-context';
import { rankingScale, type FieldRow, type OverdueRow, type RankingRow, type Slide } from './kiosk-slides';
import { KioskTrendChart } from './kiosk-trend-chart';
import { KioskVolumeChart } from './kiosk-volume-chart';
import { useFitHeight, useFitText } from './use-fit-text';

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
          <OverdueList rows={slide.rows} slots={rowSlots(slide.rows.length)} context={context} />
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
          <FieldList rows={slide.rows} slots={rowSlots(slide.rows.length)} context={context} />
        </>
      );
  }
}

/** Row slots of a list: never fewer than six, or one row would fill the screen. */
function rowSlots(rows: number): number {
  return Math.max(6, rows);
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

/**
 * Below target is a warning, not a fall: ▲/▼ mean a change over time everywhere else (the dashboard's
 * comparisons), and the kiosk shows none.
 */
const BELOW_TARGET_MARK = '⚠';

const percent = (share: number) => `${Math.round(share * 10000) / 100}%`;

/** The ranking bars' scale, in the bars' column: its two ends and the target marker, named. */
function RankingScale({ rows, context }: { rows: RankingRow[]; context: SlideContext }) {
  const { t, lang, onTimeTarget } = context;
  const target = Math.round(onTimeTarget * 10);
  const scale = rankingScale(
    rows.map((row) => row.rate),
    target,
  );
  return (
    <div className="kiosk-scale" aria-hidden="true">
      <span className="kiosk-scale__track">
        {/* Whole percents: the floor is a multiple of 5%, and the ends are read at a glance. */}
        <span className="kiosk-scale__start">{scale.floor / 10}%</span>
        <span className={`kiosk-scale__target ${scale.at(target) < 0.35 ? 'is-after' : ''}`} style={{ left: percent(scale.at(target)) }}>
          {t('kiosk.target', { target: formatRate(target, lang) })}
        </span>
        <span className="kiosk-scale__end">100%</span>
        <span className="kiosk-scale__tick" style={{ left: percent(scale.at(target)) }} />
      </span>
    </div>
  );
}

function RankingList({ slide, context }: { slide: Extract<Slide, { kind: 'ranking' }>; context: SlideContext }) {
  const { t, lang, onTimeTarget } = context;
  const { rows, gapAfter, unitsRanked } = slide;
  const list = useRef<HTMLOListElement>(null);
  useFitText(list, '.kiosk-row__name', [rows, context.sizeUnitPx]);
  const target = Math.round(onTimeTarget * 10);
  const scale = rankingScale(
    rows.map((row) => row.rate),
    target,
  );
  return (
    <ol className="kiosk-rows" ref={list} style={{ '--rows': rowSlots(rows.length + (gapAfter === null ? 0 : 1)) } as CSSProperties}>
      {rows.map((row, index) => {
        const from = scale.at(Math.min(row.rate, target));
        const to = scale.at(Math.max(row.rate, target));
        return (
          <Fragment key={row.unitId}>
            <li className={`kiosk-row ${row.belowTarget ? 'is-bad' : ''}`}>
              <span className="kiosk-row__rank">{row.rank}</span>
              <span className="kiosk-row__name">{row.name}</span>
              <span className="kiosk-row__bar" aria-hidden="true">
                {/* A unit exactly at the target still gets a sliver, so no bar looks missing. */}
                <span className="kiosk-row__fill" style={{ left: percent(from), width: percent(Math.max(to - from, 0.006)) }} />
                <span className="kiosk-row__target" style={{ left: percent(scale.at(target)) }} />
              </span>
              <span className="kiosk-row__value">
                {row.belowTarget ? <span aria-hidden="true">{BELOW_TARGET_MARK} </span> : null}
                {formatRate(row.rate, lang)}
                {row.belowTarget ? <span className="visually-hidden"> ({t('kiosk.belowTarget')})</span> : null}
              </span>
            </li>
            {index === gapAfter ? (
              <li className="kiosk-row kiosk-row--gap">
                <span className="kiosk-row__gap">{t('kiosk.rankingGap', { count: unitsRanked - rows.length })}</span>
              </li>
            ) : null}
          </Fragment>
        );
      })}
    </ol>
  );
}

function OverdueList({ rows, slots, context }: { rows: OverdueRow[]; slots: number; context: SlideContext }) {
  const { t, lang } = context;
  const list = useRef<HTMLOListElement>(null);
  useFitText(list, '.kiosk-row__name', [rows, context.sizeUnitPx]);
  return (
    <ol className="kiosk-rows kiosk-rows--overdue" ref={list} style={{ '--rows': slots } as CSSProperties}>
      {rows.map((row) => (
        <li key={row.unitId} className="kiosk-row">
          <span className="kiosk-row__name">{row.name}</span>
          <span className="kiosk-row__value is-bad">{t('kiosk.overdueCount', { count: formatCount(row.overdue, lang) })}</span>
          <span className="kiosk-row__detail">{t('kiosk.overdueOf', { pending: formatCount(row.pending, lang) })}</span>
        </li>
      ))}
    </ol>
  );
}

function FieldList({ rows, slots, context }: { rows: FieldRow[]; slots: number; context: SlideContext }) {
  const { t, lang } = context;
  const list = useRef<HTMLOListElement>(null);
  useFitText(list, '.kiosk-row__name', [rows, context.sizeUnitPx]);
  return (
    <ol className="kiosk-rows kiosk-rows--overdue" ref={list} style={{ '--rows': slots } as CSSProperties}>
      {rows.map((row) => (
        <li key={row.fieldId} className="kiosk-row">
          <span className="kiosk-row__name">{row.name}</span>
          <span className={`kiosk-row__value${row.overdue > 0 ? ' is-bad' : ''}`}>
            {t('field.kioskOverdue', { count: formatCount(row.overdue, lang) })}
          </span>
          <span className="kiosk-row__detail">{t('field.kioskDueSoon', { count: formatCount(row.dueSoon, lang) })}</span>
        </li>
      ))}
    </ol>
  );
}
