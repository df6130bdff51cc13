// One slide of the wall screen. Numbers first and large; each chart has its figures as a table for screen readers.
import { memo, useRef, type CSSProperties, type ReactNode } from 'react';
import type { FeedModel } from '../feed/feed-model';
import { formatCount, formatMonth, formatRate, type Lang } from '../stats/format';
import type { Theme } from '../view/view-store';
import { KioskTrendChart, KioskVolumeChart } from './kiosk-charts';
import type { KioskWords } from './kiosk-messages';
import type { OkView, OverdueRow, RankingRow, Slide } from './kiosk-slides';
import { ROWS_PER_PAGE } from './kiosk-slides';
import { useFitHeight, useFitText } from './use-fit-text';

export type SlideContext = {
  model: FeedModel;
  view: OkView;
  words: KioskWords;
  lang: Lang;
  theme: Theme;
  /** Period as a heading ("Đến tháng 11/2026"). */
  periodText: string;
  /** The period as the summary sentence opens with it ("In Q3 2026" in English). */
  leadPeriod: string;
  unitName: string;
  onTimeTarget: number;
  /** The type unit in px, for the charts. */
  unit: number;
};

type Props = { slide: Slide; context: SlideContext; position: { index: number; count: number } };

export const KioskSlideView = memo(function KioskSlideView({ slide, context, position }: Props) {
  const { words } = context;
  const label = `${slideTitle(slide, words)} — ${words.slideOf(position.index + 1, position.count)}`;
  const section = useRef<HTMLElement>(null);
  // Lists and charts fill their height by construction; the summary's text has to be measured.
  useFitHeight(slide.kind === 'summary' ? section : noElement, [slide, context]);
  return (
    <section ref={section} className={`kiosk-slide kiosk-slide--${slide.kind}`} aria-roledescription="slide" aria-label={label}>
      {renderSlide(slide, context)}
    </section>
  );
});

const noElement = { current: null };

export function slideTitle(slide: Slide, words: KioskWords): string {
  switch (slide.kind) {
    case 'summary':
      return words.onTimeRate;
    case 'ranking':
      return words.rankingTitle;
    case 'volume':
      return words.volumeTitle;
    case 'trend':
      return words.trendTitle;
    case 'overdue':
      return words.overdueTitle;
  }
}

function renderSlide(slide: Slide, context: SlideContext): ReactNode {
  const { words, lang, periodText } = context;
  switch (slide.kind) {
    case 'summary':
      return <SummarySlide slide={slide} context={context} />;
    case 'ranking':
      return (
        <>
          <SlideHeading
            title={words.rankingTitle}
            subtitle={`${periodText} · ${words.target(formatRate(Math.round(context.onTimeTarget * 10), lang))}`}
            page={slide.pages > 1 ? words.page(slide.page, slide.pages) : null}
          />
          <RankingScale context={context} />
          <RankingList rows={slide.rows} slots={rowSlots(slide)} context={context} />
        </>
      );
    case 'volume':
      return (
        <>
          <SlideHeading
            title={words.volumeTitle}
            subtitle={`${periodText} · ${words.volumeSubtitle(slide.rows.length, slide.unitsWithData)}`}
          />
          <KioskVolumeChart rows={slide.rows} context={context} />
        </>
      );
    case 'trend':
      return (
        <>
          <SlideHeading
            title={words.trendTitle}
            subtitle={`${context.unitName} · ${words.trendSubtitle(formatMonth(slide.range.from, lang), formatMonth(slide.range.to, lang))}`}
          />
          <KioskTrendChart points={slide.points} context={context} />
        </>
      );
    case 'overdue':
      return (
        <>
          <SlideHeading
            title={words.overdueTitle}
            subtitle={words.overdueSubtitle(slide.unitsWithOverdue, formatCount(slide.totalOverdue, lang))}
            page={slide.pages > 1 ? words.page(slide.page, slide.pages) : null}
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
  const { words, lang, leadPeriod, unitName, onTimeTarget } = context;
  const { figures } = slide;
  const rate = figures.onTimeRate;
  const lead = rate === null ? null : words.lead(leadPeriod, unitName);
  const meets = rate !== null && rate >= Math.round(onTimeTarget * 10);
  const n = (value: number) => formatCount(value, lang);
  const tiles = [
    { label: words.received, value: n(figures.received), detail: words.receivedDetail(formatRate(figures.onlineRate, lang)) },
    { label: words.resolved, value: n(figures.resolved), detail: words.resolvedDetail(n(figures.resolvedEarly + figures.resolvedOnTime)) },
    {
      label: words.pending,
      value: n(figures.pending),
      detail: words.pendingDetail(n(figures.pendingOverdue)),
      bad: figures.pendingOverdue > 0,
    },
  ];
  return (
    <>
      <h2 className="visually-hidden">{words.onTimeRate}</h2>
      {lead ? (
        <p className="kiosk-lead">
          {lead.before}
          <strong className={`kiosk-lead__rate ${meets ? 'is-good' : 'is-bad'}`}>{formatRate(rate, lang)}</strong>
          {lead.after}
        </p>
      ) : (
        <p className="kiosk-lead">{words.noneResolved(leadPeriod, unitName)}</p>
      )}
      {rate !== null ? (
        <p className={`kiosk-target ${meets ? 'is-good' : 'is-bad'}`}>
          <span aria-hidden="true">{meets ? '✓ ' : `${BELOW_TARGET_MARK} `}</span>
          {words.target(formatRate(Math.round(onTimeTarget * 10), lang))}: {meets ? words.meetsTarget : words.belowTarget}
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
  const { words, lang, onTimeTarget } = context;
  const target = Math.round(onTimeTarget * 10);
  // The name sits on the side of the marker with room for it: left of it for a high target (the usual 95%).
  const side = target >= 500 ? { right: `calc(100% - ${share(target)})` } : { left: share(target) };
  return (
    <div className="kiosk-scale" aria-hidden="true">
      <span className="kiosk-scale__track">
        <span className="kiosk-scale__start">0%</span>
        <span className={`kiosk-scale__target ${target >= 500 ? 'is-before' : 'is-after'}`} style={side}>
          {words.target(formatRate(target, lang))}
        </span>
        <span className="kiosk-scale__tick" style={{ left: share(target) }} />
      </span>
    </div>
  );
}

function RankingList({ rows, slots, context }: { rows: RankingRow[]; slots: number; context: SlideContext }) {
  const { words, lang, onTimeTarget } = context;
  const list = useRef<HTMLOListElement>(null);
  useFitText(list, '.kiosk-row__name', [rows, context.unit]);
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
            {row.belowTarget ? <span className="visually-hidden"> ({words.belowTarget})</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

function OverdueList({ rows, slots, context }: { rows: OverdueRow[]; slots: number; context: SlideContext }) {
  const { words, lang } = context;
  const list = useRef<HTMLOListElement>(null);
  useFitText(list, '.kiosk-row__name', [rows, context.unit]);
  return (
    <ol className="kiosk-rows kiosk-rows--overdue" ref={list} style={{ '--rows': slots } as CSSProperties}>
      {rows.map((row) => (
        <li key={row.unitId} className="kiosk-row">
          <span className="kiosk-row__name">{row.name}</span>
          <span className="kiosk-row__value is-bad">{words.overdueCount(formatCount(row.overdue, lang))}</span>
          <span className="kiosk-row__detail">{words.overdueOf(formatCount(row.pending, lang))}</span>
        </li>
      ))}
    </ol>
  );
}
