// One slide of the wall screen. Numbers first and large; each chart has its figures as a table for screen readers.
import { memo, useRef, type CSSProperties, type ReactNode } from 'react';
import { formatCount, formatMonth, formatRate } from '../stats/format';
import { translate } from '../i18n/messages';
import { translateAround } from '../i18n/translate';
import type { Translate } from '../ui/use-t';
import { SlideContextProvider, type SlideContext } from './kiosk-slide-context';
import type { OverdueRow, RankingRow, Slide } from './kiosk-slides';
import { ROWS_PER_PAGE } from './kiosk-slides';
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
            subtitle={`${periodText} · ${t('kiosk.target', { target: formatRate(Math.round(context.onTimeTarget * 10), lang) })}`}
            page={slide.pages > 1 ? t('kiosk.page', { page: slide.page, pages: slide.pages }) : null}
          />
          <RankingScale context={context} />
          <RankingList rows={slide.rows} slots={rowSlots(slide)} context={context} />
        </>
      );
    case 'volume':
      return (
        <>
          <SlideHeading
            title={t('kiosk.volumeTitle')}
            subtitle={`${periodText} · ${volumeSubtitle(slide.rows.length, slide.unitsWithData, t)}`}
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
            subtitle={t('kiosk.overdueSubtitle', { units: slide.unitsWithOverdue, dossiers: formatCount(slide.totalOverdue, lang) })}
            page={slide.pages > 1 ? t('kiosk.page', { page: slide.page, pages: slide.pages }) : null}
          />
          <OverdueList rows={slide.rows} slots={rowSlots(slide)} context={context} />
        </>
      );
  }
}

/**
 * Row slots of a list: a full page's worth when there are several pages, so rows keep one height from page to
 * page; a single short list gets larger rows (but never fewer than six slots, or one row would fill the screen).
 */
function rowSlots(slide: { pages: number; rows: unknown[] }): number {
  return slide.pages > 1 ? ROWS_PER_PAGE : Math.min(ROWS_PER_PAGE, Math.max(6, slide.rows.length));
}

function SlideHeading({ title, subtitle, page = null }: { title: string; subtitle: string; page?: string | null }) {
  return (
    <div className="kiosk-slide__heading">
      <h2 className="kiosk-slide__title">{title}</h2>
      <p className="kiosk-slide__subtitle">
        {subtitle}
        {page ? <span className="kiosk-slide__page"> · {page}</span> : null}
      </p>
    </div>
  );
}

function SummarySlide({ slide, context }: { slide: Extract<Slide, { kind: 'summary' }>; context: SlideContext }) {
  const { t, lang, leadPeriod, unitName, onTimeTarget } = context;
  const { figures } = slide;
  const rate = figures.onTimeRate;
  const lead = rate === null ? null : translateAround(translate, lang, 'summary.lead', { period: leadPeriod, unit: unitName }, 'rate');
  const meets = rate !== null && rate >= Math.round(onTimeTarget * 10);
  const n = (value: number) => formatCount(value, lang);
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

/** A bar's length from 0 to 100%: a bar is read by its length, so it starts at zero like the reader assumes. */
function share(tenths: number): string {
  return `${Math.max(0, Math.min(100, tenths / 10))}%`;
}

/** The ranking bars' scale, in the bars' column: where they start, and the target marker named. */
function RankingScale({ context }: { context: SlideContext }) {
  const { t, lang, onTimeTarget } = context;
  const target = Math.round(onTimeTarget * 10);
  // The name sits on the side of the marker with room for it: left of it for a high target (the usual 95%).
  const side = target >= 500 ? { right: `calc(100% - ${share(target)})` } : { left: share(target) };
  return (
    <div className="kiosk-scale" aria-hidden="true">
      <span className="kiosk-scale__track">
        <span className="kiosk-scale__start">0%</span>
        <span className={`kiosk-scale__target ${target >= 500 ? 'is-before' : 'is-after'}`} style={side}>
          {t('kiosk.target', { target: formatRate(target, lang) })}
        </span>
        <span className="kiosk-scale__tick" style={{ left: share(target) }} />
      </span>
    </div>
  );
}

function RankingList({ rows, slots, context }: { rows: RankingRow[]; slots: number; context: SlideContext }) {
  const { t, lang, onTimeTarget } = context;
  const list = useRef<HTMLOListElement>(null);
  useFitText(list, '.kiosk-row__name', [rows, context.sizeUnitPx]);
  return (
    <ol className="kiosk-rows" ref={list} style={{ '--rows': slots } as CSSProperties}>
      {rows.map((row) => (
        <li key={row.unitId} className={`kiosk-row ${row.belowTarget ? 'is-bad' : ''}`}>
          <span className="kiosk-row__rank">{row.rank}</span>
          <span className="kiosk-row__name">{row.name}</span>
          <span className="kiosk-row__bar" aria-hidden="true">
            <span className="kiosk-row__fill" style={{ width: share(row.rate) }} />
            <span className="kiosk-row__target" style={{ left: share(Math.round(onTimeTarget * 10)) }} />
          </span>
          <span className="kiosk-row__value">
            {row.belowTarget ? <span aria-hidden="true">{BELOW_TARGET_MARK} </span> : null}
            {formatRate(row.rate, lang)}
            {row.belowTarget ? <span className="visually-hidden"> ({t('kiosk.belowTarget')})</span> : null}
          </span>
        </li>
      ))}
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
