// The dashboard's charts, loaded after the numbers; each has its figures as a table beside it for screen readers, who
// skip the drawing itself (hidden from them, and out of the tab order: the table says every number it shows).
import { memo, useEffect, useLayoutEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, LabelList, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTenthsMagnitude, sameChanges } from '../stats/compare';
import { formatCount, formatMonthShort, formatRate, type Lang } from '../stats/format';
import type { TrendPoint } from '../stats/roll-up';
import { sameRows, sameTrend } from '../stats/same-figures';
import type { ChildFigures } from '../stats/unit-view';
import { useResolvedTheme } from '../ui/theme-sync';
import type { Translate } from '../ui/use-t';

const SHOWN = 15;
const BAR_ROW_PX = 30;
type Palette = Record<'received' | 'resolved' | 'onTime' | 'below' | 'rate' | 'target' | 'text' | 'muted' | 'grid' | 'surface', string>;

/** Every mark at 3:1 or more against its panel, and text at 4.5:1 or more (WCAG 1.4.3, 1.4.11), in each theme. */
const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    received: '#1f5fa8',
    resolved: '#1e7b45',
    onTime: '#8a5300',
    below: '#b3261e',
    rate: '#a34f00',
    target: '#b3261e',
    text: '#14202e',
    muted: '#4a5a6c',
    grid: '#c3ccd8',
    surface: '#ffffff',
  },
  dark: {
    received: '#6fa8ea',
    resolved: '#5fd08c',
    onTime: '#ffc866',
    below: '#ff8a80',
    rate: '#ffc866',
    target: '#ff8a80',
    text: '#e8eef5',
    muted: '#a9b6c5',
    grid: '#334355',
    surface: '#17212d',
  },
};

type Props = {
  /** The chosen unit's figures month by month over the period. */
  trend: readonly TrendPoint[];
  rows: readonly ChildFigures[];
  /** Each row's change in on-time rate against the same period a year earlier, tenths of a point; null: not comparable. */
  changes?: ReadonlyMap<string, number | null>;
  lang: Lang;
  t: Translate;
  onTimeTarget: number;
  /** The kiosk turns animation off: animated recharts leak over weeks of redraws. */
  animate?: boolean;
};

type Slice = 'top' | 'bottom' | 'all';

/**
 * How many of `total` charts to draw: one more per task after the first. Each recharts chart costs tens of
 * milliseconds to draw at national scale; drawn one per task, the page still answers input between them.
 */
function useOneMorePerTask(total: number): number {
  const [count, setCount] = useState(1);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount(count + 1), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return count;
}

function SliceChooser({ value, onChange, total, t }: { value: Slice; onChange: (s: Slice) => void; total: number; t: Translate }) {
  if (total <= SHOWN) return null;
  return (
    <label className="slice-chooser">
      <span>{t('charts.show')}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as Slice)}>
        <option value="top">{t('charts.top', { count: SHOWN })}</option>
        <option value="bottom">{t('charts.bottom', { count: SHOWN })}</option>
        <option value="all">{t('charts.all', { count: total })}</option>
      </select>
    </label>
  );
}

function slice<T>(sorted: T[], which: Slice): T[] {
  if (which === 'all' || sorted.length <= SHOWN) return sorted;
  return which === 'top' ? sorted.slice(0, SHOWN) : sorted.slice(-SHOWN);
}

/** Legend and tooltip list the series in the order their bars stand (recharts sorts them by name otherwise). */
const SERIES_ORDER = ['received', 'resolved', 'onTime', 'rate'];
function bySeriesOrder(item: { dataKey?: unknown }): number {
  const index = SERIES_ORDER.indexOf(String(item.dataKey));
  return index < 0 ? SERIES_ORDER.length : index;
}

const FONT_PX = 12;
/** Below this width a bar chart writes each name above its bars, so the bars get the whole width. */
const NAMES_ABOVE_BELOW_PX = 480;
const TICK_GAP_PX = 8; // tick line and margin between an axis and its labels

const measuredWidths = new Map<string, number>();
let measuring: { context: CanvasRenderingContext2D | null; font: string } | undefined;
/** The width of a label at the charts' font size, so that names and ticks get the room they need and no more. */
function textWidth(text: string): number {
  if (measuring === undefined) {
    const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    measuring = { context, font: `${FONT_PX}px ${context ? getComputedStyle(document.body).fontFamily : 'sans-serif'}` };
  }
  if (!measuring.context) return text.length * FONT_PX * 0.62;
  let width = measuredWidths.get(text);
  if (width === undefined) {
    measuring.context.font = measuring.font;
    width = measuring.context.measureText(text).width;
    // Names and labels of one deployment: a few thousand at most.
    if (measuredWidths.size > 20_000) measuredWidths.clear();
    measuredWidths.set(text, width);
  }
  return width;
}

/** The text cut to `width`, ending with "…" when cut. */
function fitText(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A name in at most `maxLines` lines no wider than `width`, broken between words; only what still does not fit is cut. */
function wrapName(name: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) lines.splice(maxLines - 1, lines.length, lines.slice(maxLines - 1).join(' '));
  return lines.map((line) => fitText(line, width));
}

type NameColumn = { width: number; lines: number };

/** Room for the names on one line if it fits in about two fifths of the chart, otherwise two lines in that room. */
function nameColumn(names: readonly string[], chartWidth: number): NameColumn {
  const room = Math.min(280, Math.max(90, Math.round(chartWidth * 0.4)));
  const widest = Math.max(0, ...names.map(textWidth));
  if (widest <= room) return { width: Math.ceil(widest) + TICK_GAP_PX + 4, lines: 1 };
  return { width: room + TICK_GAP_PX + 4, lines: 2 };
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** A name beside its bars, wrapped to the column, whole in its hover title. */
function NameTick({ x, y, payload, column, fill }: TickProps & { column: NameColumn; fill: string }) {
  const name = String(payload?.value ?? '');
  const lines = wrapName(name, column.width - TICK_GAP_PX - 4, column.lines);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={FONT_PX} fill={fill}>
      <title>{name}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? `${0.355 - (lines.length - 1) * 0.6}em` : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

type LabelBox = { viewBox?: { x?: number; y?: number; width?: number; height?: number }; value?: unknown };

/** On a phone, a name written above its bars from the left edge of the plot, cut only where the card ends. */
function nameAbove(left: number, width: number, fill: string) {
  return function NameAbove({ viewBox, value }: LabelBox) {
    const name = String(value ?? '');
    return (
      <text x={left} y={Number(viewBox?.y) - 4} fontSize={FONT_PX} fill={fill}>
        <title>{name}</title>
        {fitText(name, width)}
      </text>
    );
  };
}

/** The smallest step of 1, 2 or 5 × 10ⁿ (and at least `least`) that cuts `span` into at most `intervals` parts. */
function niceStep(span: number, intervals: number, least = 1): number {
  const raw = span / Math.max(1, intervals);
  if (!(raw > 0)) return least;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw - 1e-9) ?? 10 * power;
  return Math.max(least, step);
}

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to + step / 1e6; value += step) values.push(Math.round(value / step) * step);
  return values;
}

/** Counts from zero to a round top, as many ticks as fit in `maxTicks`. */
function countTicks(max: number, maxTicks: number): number[] {
  const step = niceStep(max, maxTicks - 1);
  return range(0, Math.max(step, Math.ceil(max / step) * step), step);
}

/** Whole points, zero always among them, signed. */
function changeTicks(values: readonly number[], maxTicks: number): number[] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = niceStep(high - low, maxTicks - 1);
  const from = Math.floor(low / step) * step;
  return range(from, Math.max(from + step, Math.ceil(high / step) * step), step);
}

/**
 * A rate axis that ends at 100% and starts at 90, 80, 60, 40 or 0, whichever is the first a point below the lowest
 * rate: coarse, so the axis stays put as the day's numbers move; ticks every 1, 2, 5, 10 or 20 points.
 */
function rateTicks(lowest: number, maxTicks: number): number[] {
  const from = [90, 80, 60, 40].find((bound) => lowest - 1 >= bound) ?? 0;
  const step = [1, 2, 5, 10, 20].find((candidate) => (100 - from) / candidate <= maxTicks - 1) ?? 20;
  return range(from, 100, step);
}

/** Half a tick label and a pixel: what the first tick of an axis needs left of the plot. */
function halfLabel(label: string): number {
  return Math.ceil(textWidth(label) / 2) + 1;
}

/** A change in points with its sign: a fall reads "−3", not "3". */
function signed(value: number): string {
  return value < 0 ? `−${-value}` : value > 0 ? `+${value}` : '0';
}

/** How many ticks fit along `length` pixels when each needs `labelPx` and some air. */
function ticksThatFit(length: number, labelPx: number): number {
  return Math.max(2, Math.floor(length / (labelPx + 20)) + 1);
}

/** The width of an element, followed as it changes: the charts lay out their names and ticks for the room they have. */
function useWidth(): [(element: HTMLDivElement | null) => void, number] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!element) return;
    const update = () => setWidth(Math.floor(element.clientWidth));
    update();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

/** Compared by value: a new document that leaves this view's figures as they were redraws no chart. */
export const DashboardCharts = memo(function DashboardCharts({
  trend: points,
  rows,
  changes,
  lang,
  t,
  onTimeTarget,
  animate: animateAsked = true,
}: Props) {
  // Bars that grow are motion a reader may have asked the system to spare them.
  const animate = animateAsked && !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
  const drawn = useOneMorePerTask(rows.length > 0 ? 3 : 1);
  const [volumeSlice, setVolumeSlice] = useState<Slice>('top');
  // The units furthest below target are the ones an official acts on.
  const [rankSlice, setRankSlice] = useState<Slice>('bottom');
  const [rankBy, setRankBy] = useState<RankBy>('rate');
  const [volumeBox, volumeWidth] = useWidth();
  const [rankBox, rankWidth] = useWidth();
  const [trendBox, trendWidth] = useWidth();
  const byChange = rankBy === 'change' && changes !== undefined;
  const changeOf = (row: ChildFigures) => changes?.get(row.unit.id) ?? null;
  const colors = PALETTES[useResolvedTheme() === 'dark' ? 'dark' : 'light'];
  const axisTick = { fontSize: FONT_PX, fill: colors.muted };
  const tooltipStyle = { background: colors.surface, borderColor: colors.grid, color: colors.text };
  // Recharts writes each legend entry in its series' colour: the words are written in the text colour instead.
  const legendText = (value: string) => <span style={{ color: colors.text }}>{value}</span>;
  const n = (value: number) => formatCount(value, lang);
  const withData = rows.filter((row) => row.figures.rowCount > 0);

  const byVolume = [...withData].sort((a, b) => b.figures.received - a.figures.received);
  const volume = slice(byVolume, volumeSlice).map((row) => ({
    fullName: row.unit.name,
    received: row.figures.received,
    resolved: row.figures.resolved,
    onTime: row.figures.resolvedEarly + row.figures.resolvedOnTime,
  }));

  // By change, the biggest fall comes first: "bottom" is the units that slipped most, "top" those that rose most.
  const ranked = byChange
    ? withData.filter((row) => changeOf(row) !== null).sort((a, b) => (changeOf(a) ?? 0) - (changeOf(b) ?? 0))
    : withData.filter((row) => row.figures.onTimeRate !== null).sort((a, b) => (b.figures.onTimeRate ?? 0) - (a.figures.onTimeRate ?? 0));
  const rankedSlice = !byChange
    ? slice(ranked, rankSlice)
    : rankSlice === 'all' || ranked.length <= SHOWN
      ? ranked
      : rankSlice === 'bottom'
        ? ranked.slice(0, SHOWN)
        : ranked.slice(-SHOWN).reverse();
  const ranking = rankedSlice.map((row) => {
    const change = changeOf(row);
    const rateText = formatRate(row.figures.onTimeRate, lang);
    const below = (row.figures.onTimeRate ?? 0) < onTimeTarget * 10;
    return {
      fullName: row.unit.name,
      rate: (row.figures.onTimeRate ?? 0) / 10,
      rateText,
      // Below target is marked by a sign as well as by colour; ▲ and ▼ are kept for changes.
      rateLabel: below ? `⚠ ${rateText}` : rateText,
      below,
      change: change === null ? 0 : change / 10,
      fell: change !== null && change < 0,
      changeText: change === null ? '—' : changeText(change, lang, t),
      changeWords: change === null ? '—' : changeWords(change, lang, t),
    };
  });
  const trend = points.map((point) => ({
    month: formatMonthShort(point.month, lang),
    received: point.figures.received,
    resolved: point.figures.resolved,
    rate: point.figures.onTimeRate === null ? null : point.figures.onTimeRate / 10,
    rateText: formatRate(point.figures.onTimeRate, lang),
    hasData: point.figures.rowCount > 0,
  }));
  const countTick = (value: number) => n(value);
  const percentTick = (value: number) => `${value}%`;
  const names = { received: t('kpi.received'), resolved: t('kpi.resolved'), onTime: t('charts.onTimeCount'), rate: t('kpi.onTimeRate') };

  // The unit chart: names beside the bars where there is room, above them on a phone.
  const volumeNamesAbove = volumeWidth < NAMES_ABOVE_BELOW_PX;
  // Above the bars, a name starts where the plot does, which leaves the first tick's label half of its width.
  const volumeMargin = { left: volumeNamesAbove ? halfLabel('0') : 8, right: 24, top: 8, bottom: 8 };
  const volumeColumn = nameColumn(
    volume.map((row) => row.fullName),
    volumeWidth,
  );
  const volumePlot = volumeWidth - volumeMargin.left - volumeMargin.right - (volumeNamesAbove ? 0 : volumeColumn.width);
  const volumeMax = Math.max(0, ...volume.map((row) => row.received), ...volume.map((row) => row.resolved));
  const volumeTicks = countTicks(volumeMax, ticksThatFit(volumePlot, textWidth(n(volumeMax * 1.2))));
  const volumeRow = volumeNamesAbove ? 56 : Math.round(BAR_ROW_PX * 1.4);

  // The ranking: room on the right for the longest label beside a bar, which starts 6 px after it, and air before the card's edge.
  const rankNamesAbove = rankWidth < NAMES_ABOVE_BELOW_PX;
  const rankLabelRoom = Math.ceil(Math.max(0, ...ranking.map((row) => textWidth(byChange ? row.changeText : row.rateLabel)))) + 24;
  const rankColumn = nameColumn(
    ranking.map((row) => row.fullName),
    rankWidth - rankLabelRoom,
  );
  const rankPlot = rankWidth - 8 - rankLabelRoom - (rankNamesAbove ? 0 : rankColumn.width);
  const rankRow = rankNamesAbove ? 44 : BAR_ROW_PX;
  const rankRateTicks = rateTicks(Math.min(onTimeTarget, ...ranking.map((row) => row.rate)), ticksThatFit(rankPlot, textWidth('100%')));
  const rankChangeTicks = changeTicks(
    ranking.map((row) => row.change),
    ticksThatFit(rankPlot, textWidth('−00')),
  );
  const rankFirstTick = byChange ? signed(rankChangeTicks[0] ?? 0) : percentTick(rankRateTicks[0] ?? 0);
  const rankMargin = { left: rankNamesAbove ? halfLabel(rankFirstTick) : 8, right: rankLabelRoom, top: 16, bottom: byChange ? 16 : 8 };

  // The monthly chart: axes as wide as their labels, month names as many as fit.
  const trendNarrow = trendWidth < NAMES_ABOVE_BELOW_PX;
  const trendMargin = { left: trendNarrow ? 0 : 8, right: trendNarrow ? 0 : 8, top: 8, bottom: 8 };
  const trendMax = Math.max(0, ...trend.map((point) => Math.max(point.received, point.resolved)));
  // About 200 px of plot under 300 px of chart, less on a phone where the legend takes two lines.
  const trendCountTicks = countTicks(trendMax, ticksThatFit(trendNarrow ? 170 : 200, 16));
  const trendRates = trend.flatMap((point) => (point.rate === null ? [] : [point.rate]));
  const trendRateTicks = rateTicks(Math.min(100, ...trendRates), ticksThatFit(trendNarrow ? 170 : 200, 16));
  const countAxisWidth = Math.ceil(textWidth(n(trendCountTicks[trendCountTicks.length - 1] ?? 0))) + TICK_GAP_PX + 4;
  const rateAxisWidth = Math.ceil(textWidth('100%')) + TICK_GAP_PX + 4;
  const trendPlot = trendWidth - trendMargin.left - trendMargin.right - countAxisWidth - rateAxisWidth;
  const monthLabel = Math.max(0, ...trend.map((point) => textWidth(point.month))) + 12;
  const monthEvery = Math.max(1, Math.ceil(monthLabel / Math.max(1, trendPlot / Math.max(1, trend.length))));

  const nameTick = (column: NameColumn) => (props: TickProps) => <NameTick {...props} column={column} fill={colors.muted} />;
  const xAxisHeight = 30;

  return (
    <div className="charts">
      {rows.length > 0 ? (
        <>
          {drawn >= 1 ? (
            <figure className="chart-card">
              <figcaption>
                <h3>{t('charts.perChild')}</h3>
                <SliceChooser value={volumeSlice} onChange={setVolumeSlice} total={byVolume.length} t={t} />
              </figcaption>
              {volume.length === 0 ? (
                <p className="empty-note">{t('charts.noChildren')}</p>
              ) : (
                <div
                  ref={volumeBox}
                  className="chart-scroll"
                  style={volumeSlice === 'all' ? { maxHeight: 640 } : undefined}
                  aria-hidden="true"
                >
                  {volumeWidth > 0 ? (
                    <BarChart
                      width={volumeWidth}
                      height={Math.max(180, volume.length * volumeRow + xAxisHeight + (volumeNamesAbove ? 70 : 50))}
                      data={volume}
                      layout="vertical"
                      accessibilityLayer={false}
                      margin={volumeMargin}
                      barGap={volumeNamesAbove ? 2 : 4}
                    >
                      <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={colors.grid} />
                      <XAxis
                        type="number"
                        domain={[0, volumeTicks[volumeTicks.length - 1] ?? 0]}
                        ticks={volumeTicks}
                        interval={0}
                        tickFormatter={countTick}
                        tick={axisTick}
                        height={xAxisHeight}
                      />
                      <YAxis
                        type="category"
                        dataKey="fullName"
                        hide={volumeNamesAbove}
                        width={volumeColumn.width}
                        interval={0}
                        tick={nameTick(volumeColumn)}
                      />
                      <Tooltip
                        contentStyle={tooltipStyle}
                        itemStyle={{ color: colors.text }}
                        itemSorter={bySeriesOrder}
                        formatter={(value) => n(Number(value))}
                        labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName ?? ''}
                      />
                      <Legend formatter={legendText} itemSorter={bySeriesOrder} />
                      <Bar
                        dataKey="received"
                        name={names.received}
                        fill={colors.received}
                        barSize={volumeNamesAbove ? 9 : undefined}
                        isAnimationActive={animate}
                      >
                        {volumeNamesAbove ? (
                          <LabelList dataKey="fullName" content={nameAbove(volumeMargin.left, volumeWidth, colors.muted) as never} />
                        ) : null}
                      </Bar>
                      <Bar
                        dataKey="resolved"
                        name={names.resolved}
                        fill={colors.resolved}
                        barSize={volumeNamesAbove ? 9 : undefined}
                        isAnimationActive={animate}
                      />
                      <Bar
                        dataKey="onTime"
                        name={names.onTime}
                        fill={colors.onTime}
                        barSize={volumeNamesAbove ? 9 : undefined}
                        isAnimationActive={animate}
                      />
                    </BarChart>
                  ) : null}
                </div>
              )}
              <details>
                <summary>{t('charts.showTable')}</summary>
                <table className="data-table data-table--compact">
                  <thead>
                    <tr>
                      <th scope="col">{t('col.unit')}</th>
                      <th scope="col">{names.received}</th>
                      <th scope="col">{names.resolved}</th>
                      <th scope="col">{names.onTime}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {volume.map((row) => (
                      <tr key={row.fullName}>
                        <th scope="row">{row.fullName}</th>
                        <td className="num">{n(row.received)}</td>
                        <td className="num">{n(row.resolved)}</td>
                        <td className="num">{n(row.onTime)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </figure>
          ) : null}

          {drawn >= 2 ? (
            <figure className="chart-card">
              <figcaption>
                <h3>{t('charts.ranking')}</h3>
                {changes ? (
                  <label className="slice-chooser">
                    <span>{t('charts.rankBy')}</span>
                    <select value={rankBy} onChange={(event) => setRankBy(event.target.value as RankBy)}>
                      <option value="rate">{t('charts.rankByRate')}</option>
                      <option value="change">{t('charts.rankByChange')}</option>
                    </select>
                  </label>
                ) : null}
                <SliceChooser value={rankSlice} onChange={setRankSlice} total={ranked.length} t={t} />
              </figcaption>
              {ranking.length === 0 ? (
                <p className="empty-note">{t(byChange ? 'charts.noChange' : 'charts.noChildren')}</p>
              ) : (
                <div ref={rankBox} className="chart-scroll" style={rankSlice === 'all' ? { maxHeight: 640 } : undefined} aria-hidden="true">
                  {rankWidth > 0 ? (
                    <BarChart
                      width={rankWidth}
                      height={Math.max(
                        180,
                        ranking.length * rankRow + xAxisHeight + rankMargin.top + rankMargin.bottom + (byChange ? 14 : 6),
                      )}
                      data={ranking}
                      layout="vertical"
                      accessibilityLayer={false}
                      margin={rankMargin}
                    >
                      <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={colors.grid} />
                      {byChange ? (
                        <XAxis
                          type="number"
                          domain={[rankChangeTicks[0] ?? 0, rankChangeTicks[rankChangeTicks.length - 1] ?? 0]}
                          ticks={rankChangeTicks}
                          interval={0}
                          tickFormatter={signed}
                          tick={axisTick}
                          height={xAxisHeight}
                          label={{
                            value: t('charts.changeAxis'),
                            position: 'insideBottom',
                            offset: -4,
                            fontSize: FONT_PX,
                            fill: colors.muted,
                          }}
                        />
                      ) : (
                        <XAxis
                          type="number"
                          domain={[rankRateTicks[0] ?? 0, 100]}
                          ticks={rankRateTicks}
                          interval={0}
                          allowDataOverflow
                          tickFormatter={percentTick}
                          tick={axisTick}
                          height={xAxisHeight}
                        />
                      )}
                      <YAxis
                        type="category"
                        dataKey="fullName"
                        hide={rankNamesAbove}
                        width={rankColumn.width}
                        interval={0}
                        tick={nameTick(rankColumn)}
                      />
                      <Tooltip
                        contentStyle={tooltipStyle}
                        itemStyle={{ color: colors.text }}
                        formatter={(_, __, item) => (byChange ? item?.payload?.changeText : item?.payload?.rateText) ?? ''}
                        labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName ?? ''}
                      />
                      {byChange ? (
                        <ReferenceLine x={0} stroke={colors.muted} />
                      ) : (
                        <ReferenceLine
                          x={onTimeTarget}
                          stroke={colors.target}
                          strokeDasharray="6 3"
                          label={{
                            value: t('charts.targetLine', { target: formatRate(Math.round(onTimeTarget * 10), lang) }),
                            position: 'top',
                            fill: colors.target,
                            fontSize: FONT_PX,
                          }}
                        />
                      )}
                      <Bar
                        dataKey={byChange ? 'change' : 'rate'}
                        name={byChange ? t('charts.changeAxis') : names.rate}
                        barSize={rankNamesAbove ? 16 : undefined}
                        isAnimationActive={animate}
                        label={
                          // On the right of zero or of the bar's end, whichever is further right: a fall's words never cover a name.
                          ((props: LabelBox & { index?: number }) => {
                            const x = Number(props.viewBox?.x);
                            const width = Number(props.viewBox?.width);
                            const row = ranking[props.index ?? 0];
                            return (
                              <text
                                x={Math.max(x, x + width) + 6}
                                y={Number(props.viewBox?.y) + Number(props.viewBox?.height) / 2}
                                dominantBaseline="central"
                                fontSize={FONT_PX}
                                fill={colors.text}
                              >
                                {byChange ? row?.changeText : row?.rateLabel}
                              </text>
                            );
                          }) as never
                        }
                      >
                        {ranking.map((row) => (
                          <Cell key={row.fullName} fill={(byChange ? row.fell : row.below) ? colors.below : colors.resolved} />
                        ))}
                        {rankNamesAbove ? (
                          <LabelList dataKey="fullName" content={nameAbove(rankMargin.left, rankWidth, colors.muted) as never} />
                        ) : null}
                      </Bar>
                    </BarChart>
                  ) : null}
                </div>
              )}
              <details>
                <summary>{t('charts.showTable')}</summary>
                <table className="data-table data-table--compact">
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">{t('col.unit')}</th>
                      <th scope="col">{names.rate}</th>
                      {changes ? <th scope="col">{t('charts.rankByChange')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {ranking.map((row, index) => (
                      <tr key={row.fullName}>
                        <td className="num">{index + 1}</td>
                        <th scope="row">{row.fullName}</th>
                        <td className="num">
                          {row.rateText}
                          {row.below ? ` (${t('table.flagBelow')})` : ''}
                        </td>
                        {changes ? <td className="num">{row.changeWords}</td> : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </figure>
          ) : null}
        </>
      ) : null}
      {drawn >= (rows.length > 0 ? 3 : 1) ? (
        <figure className="chart-card chart-card--wide">
          <figcaption>
            <h3>{t('charts.trend')}</h3>
          </figcaption>
          <div ref={trendBox} aria-hidden="true">
            {trendWidth > 0 ? (
              <ComposedChart
                width={trendWidth}
                height={300}
                data={trend}
                accessibilityLayer={false}
                margin={trendMargin}
                barGap={trendNarrow ? 1 : 4}
                barCategoryGap={trendNarrow ? '12%' : '10%'}
              >
                <CartesianGrid strokeDasharray="3 3" stroke={colors.grid} />
                <XAxis dataKey="month" interval={monthEvery - 1} tick={axisTick} height={xAxisHeight} />
                <YAxis
                  yAxisId="count"
                  domain={[0, trendCountTicks[trendCountTicks.length - 1] ?? 0]}
                  ticks={trendCountTicks}
                  interval={0}
                  tickFormatter={countTick}
                  width={countAxisWidth}
                  tick={axisTick}
                />
                <YAxis
                  yAxisId="rate"
                  orientation="right"
                  domain={[trendRateTicks[0] ?? 0, 100]}
                  ticks={trendRateTicks}
                  interval={0}
                  allowDataOverflow
                  tickFormatter={percentTick}
                  width={rateAxisWidth}
                  tick={axisTick}
                />
                <Tooltip
                  contentStyle={tooltipStyle}
                  itemStyle={{ color: colors.text }}
                  itemSorter={bySeriesOrder}
                  formatter={(value, name) =>
                    name === names.rate ? `${formatRate(Math.round(Number(value) * 10), lang)}` : n(Number(value))
                  }
                />
                <Legend formatter={legendText} itemSorter={bySeriesOrder} />
                <Bar yAxisId="count" dataKey="received" name={names.received} fill={colors.received} isAnimationActive={animate} />
                <Bar yAxisId="count" dataKey="resolved" name={names.resolved} fill={colors.resolved} isAnimationActive={animate} />
                <Line
                  yAxisId="rate"
                  dataKey="rate"
                  name={names.rate}
                  stroke={colors.rate}
                  strokeWidth={2}
                  dot={{ r: trendNarrow ? 2 : 3 }}
                  connectNulls={false}
                  isAnimationActive={animate}
                />
              </ComposedChart>
            ) : null}
          </div>
          <details>
            <summary>{t('charts.showTable')}</summary>
            <table className="data-table data-table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('charts.month')}</th>
                  <th scope="col">{names.received}</th>
                  <th scope="col">{names.resolved}</th>
                  <th scope="col">{names.rate}</th>
                </tr>
              </thead>
              <tbody>
                {trend.map((point) => (
                  <tr key={point.month}>
                    <th scope="row">{point.month}</th>
                    <td className="num">{point.hasData ? n(point.received) : '—'}</td>
                    <td className="num">{point.hasData ? n(point.resolved) : '—'}</td>
                    <td className="num">{point.rateText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      ) : null}
    </div>
  );
}, sameChartProps);

function sameChartProps(a: Props, b: Props): boolean {
  return (
    a.lang === b.lang &&
    a.t === b.t &&
    a.onTimeTarget === b.onTimeTarget &&
    a.animate === b.animate &&
    sameRows(a.rows, b.rows) &&
    sameTrend(a.trend, b.trend) &&
    (a.changes === b.changes || (!!a.changes && !!b.changes && sameChanges(a.changes, b.changes)))
  );
}

type RankBy = 'rate' | 'change';

/** "▼ 3,2 điểm %": the arrow and the words, never the colour alone. */
function changeText(tenths: number, lang: Lang, t: Translate): string {
  if (tenths === 0) return t('compare.same');
  return `${tenths > 0 ? '▲' : '▼'} ${t('compare.points', { value: formatTenthsMagnitude(tenths, lang) })}`;
}

/** "Giảm 3,2 điểm %" for the table beside the chart, which screen readers read aloud. */
function changeWords(tenths: number, lang: Lang, t: Translate): string {
  if (tenths === 0) return t('compare.same');
  return `${t(tenths > 0 ? 'compare.up' : 'compare.down')} ${t('compare.points', { value: formatTenthsMagnitude(tenths, lang) })}`;
}
