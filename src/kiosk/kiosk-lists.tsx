// The list slides' lists: the ranking (best and lowest, bars from the target) and the lists of counts (overdue units, fields).
import { Fragment, useRef, type CSSProperties } from 'react';
import { formatRate } from '../i18n/format';
import type { SlideContext } from './kiosk-slide-context';
import { rankingScale, type RankingRow, type Slide } from './kiosk-slides';
import { useFitText } from './use-fit-text';

/** Row slots of a list: never fewer than six, or one row would fill the screen. */
export function rowSlots(rows: number): number {
  return Math.max(6, rows);
}

/**
 * Below target is a warning, not a fall: ▲/▼ mean a change over time everywhere else (the dashboard's
 * comparisons), and the kiosk shows none.
 */
export const BELOW_TARGET_MARK = '⚠';

const percent = (share: number) => `${Math.round(share * 10000) / 100}%`;

/** The ranking bars' scale, in the bars' column: its two ends and the target marker, named. */
export function RankingScale({ rows, context }: { rows: RankingRow[]; context: SlideContext }) {
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

export function RankingList({ slide, context }: { slide: Extract<Slide, { kind: 'ranking' }>; context: SlideContext }) {
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

/** One line of a list slide: a name, its count (red when it is bad news) and a detail under it. */
export type CountItem = { key: string; name: string; value: string; bad: boolean; detail: string };

/** The overdue units and the fields slides: names fitted to their box, a count and a detail each. */
export function CountList<T>({
  rows,
  slots,
  context,
  item,
}: {
  rows: readonly T[];
  slots: number;
  context: SlideContext;
  item: (row: T) => CountItem;
}) {
  const list = useRef<HTMLOListElement>(null);
  useFitText(list, '.kiosk-row__name', [rows, context.sizeUnitPx]);
  return (
    <ol className="kiosk-rows kiosk-rows--overdue" ref={list} style={{ '--rows': slots } as CSSProperties}>
      {rows.map(item).map(({ key, name, value, bad, detail }) => (
        <li key={key} className="kiosk-row">
          <span className="kiosk-row__name">{name}</span>
          <span className={`kiosk-row__value${bad ? ' is-bad' : ''}`}>{value}</span>
          <span className="kiosk-row__detail">{detail}</span>
        </li>
      ))}
    </ol>
  );
}
