// The kiosk's two charts, drawn for a room rather than a desk: few bars, large labels, values written on them,
// and no animation (animated recharts leak over weeks of redraws, and a wall has no one to watch bars grow).
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  DefaultZIndexes,
  LabelList,
  Line,
  Text,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { formatCount, formatMonthShort, formatRate, type Lang } from '../stats/format';
import { monthOfYear, monthYear, type MonthIndex } from '../feed/month';
import type { TrendPoint } from '../stats/roll-up';
import type { Theme } from '../view/view-store';
import type { SlideContext } from './kiosk-slide-view';
import type { VolumeRow } from './kiosk-slides';

type Palette = { received: string; resolved: string; rate: string; text: string; muted: string; grid: string };

const PALETTES: Record<'dark' | 'light', Palette> = {
  dark: { received: '#6fa8ea', resolved: '#5fd08c', rate: '#ffc866', text: '#e8eef5', muted: '#a9b6c5', grid: '#334355' },
  light: { received: '#1f5fa8', resolved: '#1e7b45', rate: '#a34f00', text: '#14202e', muted: '#4a5a6c', grid: '#c3ccd8' },
};

function palette(theme: Theme): Palette {
  return theme === 'light' ? PALETTES.light : PALETTES.dark;
}

type Size = { width: number; height: number };

/**
 * The plot area, measured: the charts are drawn at its exact size (bar thickness and label sizes follow it),
 * and redrawn only when the screen's size changes.
 */
function Plot({ children }: { children: (size: Size) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      setSize((current) => (current && current.width === width && current.height === height ? current : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    // The table beside each plot says its numbers; screen readers skip the drawing.
    <div className="kiosk-chart__plot" ref={ref} aria-hidden="true">
      {size && size.width > 0 && size.height > 0 ? children(size) : null}
    </div>
  );
}

/** In HTML rather than recharts' legend: large, in reading order, and the line shown as a line. */
function ChartLegend({ items }: { items: Array<{ label: string; color: string; line?: boolean }> }) {
  return (
    <ul className="kiosk-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <span className={item.line ? 'kiosk-legend__line' : 'kiosk-legend__swatch'} style={{ background: item.color }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown; index?: number } };

export function KioskVolumeChart({ rows, context }: { rows: VolumeRow[]; context: SlideContext }) {
  const { words, lang, unit, theme } = context;
  const colors = palette(theme);
  const n = (value: unknown) => formatCount(Number(value), lang);
  return (
    <figure className="kiosk-chart">
      <ChartLegend
        items={[
          { label: words.received, color: colors.received },
          { label: words.resolved, color: colors.resolved },
        ]}
      />
      <Plot>
        {({ width, height }) => {
          // Each unit gets a band; its two bars share most of it and their value labels fit their thickness.
          const band = height / Math.max(rows.length, 1);
          const barSize = Math.max(4, Math.floor(band * 0.38));
          const valueFont = Math.min(unit * 1.6, barSize * 1.05);
          const nameFont = Math.min(unit * 1.8, band * 0.38);
          // Names get about a third of the width, on up to two lines; a narrow (portrait) plot gives them more.
          const nameWidth = Math.round(width * (width < unit * 80 ? 0.4 : 0.3));
          // Recharts measures the words in a span styled with this: a bare number would be ignored there.
          const nameStyle = { fontSize: `${nameFont}px` };
          return (
            <BarChart
              accessibilityLayer={false}
              width={width}
              height={height}
              data={rows}
              layout="vertical"
              barSize={barSize}
              barGap={Math.max(1, unit * 0.12)}
              // A name on two lines reaches above its band's middle by about one line: room for it at the edges.
              margin={{ top: nameFont * 0.5, right: valueFont * 4.6, bottom: nameFont * 0.5, left: 0 }}
            >
              <CartesianGrid horizontal={false} stroke={colors.grid} />
              <XAxis type="number" hide />
              <YAxis
                type="category"
                dataKey="name"
                interval={0}
                axisLine={false}
                tickLine={false}
                width={nameWidth}
                tick={(props: TickProps) => (
                  <Text
                    x={Number(props.x) - unit * 0.6}
                    y={Number(props.y)}
                    width={nameWidth - unit}
                    maxLines={2}
                    lineHeight="1.1em"
                    textAnchor="end"
                    verticalAnchor="middle"
                    fontSize={nameFont}
                    style={nameStyle}
                    fill={colors.text}
                  >
                    {String(props.payload?.value ?? '')}
                  </Text>
                )}
              />
              <Bar dataKey="received" name={words.received} fill={colors.received} isAnimationActive={false}>
                <LabelList dataKey="received" position="right" formatter={n} fill={colors.text} fontSize={valueFont} />
              </Bar>
              <Bar dataKey="resolved" name={words.resolved} fill={colors.resolved} isAnimationActive={false}>
                <LabelList dataKey="resolved" position="right" formatter={n} fill={colors.text} fontSize={valueFont} />
              </Bar>
            </BarChart>
          );
        }}
      </Plot>
      <table className="visually-hidden">
        <caption>{words.volumeTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{words.unitColumn}</th>
            <th scope="col">{words.received}</th>
            <th scope="col">{words.resolved}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unitId}>
              <th scope="row">{row.name}</th>
              <td>{n(row.received)}</td>
              <td>{n(row.resolved)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

type TrendDatum = {
  month: MonthIndex;
  received: number | null;
  resolved: number | null;
  rate: number | null;
  rateText: string;
};

/** A point of the rate line, in px, with its label's text. */
export type RatePoint = { x: number; y: number; text: string };
export type PlacedRateLabel = { index: number; x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string };

/** A rate label's width in px, a little over what common sans-serif faces need ("97,8%" ≈ 3.2 em in DejaVu Sans). */
export function rateLabelWidth(text: string, font: number): number {
  let em = 0;
  for (const char of text) em += /\d/.test(char) ? 0.64 : char === '%' ? 0.96 : char === ',' || char === '.' ? 0.34 : 0.64;
  return em * font;
}

/**
 * Where the rate labels go. Every point is labelled when the labels fit side by side; otherwise only the latest,
 * the first, the highest and the lowest (in that order, each only if it clears those already placed), so no
 * label is skipped at random. A label stays within the plot (the axes' tick labels are outside it) and sits above
 * the line wherever the line runs under the label, not only above its own point: a dip's label does not sit on
 * the line climbing out of it. Near an edge it also keeps off the row of that axis's tick labels ("97,8%" beside
 * "98%" reads as one figure).
 */
export function placeRateLabels(
  points: ReadonlyArray<RatePoint | null>,
  options: {
    font: number;
    left: number;
    right: number;
    clearance: number;
    /** The y of each tick label on the left and right axes, and their font size. */
    ticks?: { left: number[]; right: number[]; font: number };
  },
): PlacedRateLabel[] {
  const { font, left, right, clearance } = options;
  const ticks = options.ticks ?? { left: [], right: [], font: 0 };
  const gap = font * 0.5;
  const boxes = points.map((point, index) => {
    if (!point || !point.text) return null;
    const width = rateLabelWidth(point.text, font);
    const anchor: PlacedRateLabel['anchor'] = point.x - width / 2 < left ? 'start' : point.x + width / 2 > right ? 'end' : 'middle';
    const start = anchor === 'start' ? left : anchor === 'end' ? right - width : point.x - width / 2;
    return { index, point, anchor, start, end: start + width };
  });
  const present = boxes.filter((box): box is NonNullable<typeof box> => box !== null);
  const fitsAll = present.every((box, i) => i === 0 || box.start >= (present[i - 1]?.end ?? -Infinity) + gap);
  let chosen = present;
  if (!fitsAll && present.length > 0) {
    const byY = [...present].sort((a, b) => a.point.y - b.point.y);
    const wanted = [present[present.length - 1], present[0], byY[0], byY[byY.length - 1]];
    chosen = [];
    for (const box of wanted) {
      if (!box || chosen.includes(box)) continue;
      if (chosen.every((other) => box.end + gap <= other.start || box.start >= other.end + gap)) chosen.push(box);
    }
    chosen.sort((a, b) => a.index - b.index);
  }
  return chosen.map(({ index, point, anchor, start, end }) => {
    // The highest the line gets under the label: its ends, and each point in between.
    let top = point.y;
    for (let i = 0; i + 1 < points.length; i += 1) {
      const a = points[i];
      const b = points[i + 1];
      if (!a || !b) continue;
      const from = Math.max(start, Math.min(a.x, b.x));
      const to = Math.min(end, Math.max(a.x, b.x));
      if (from > to) continue;
      const at = (x: number) => (b.x === a.x ? Math.min(a.y, b.y) : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x));
      top = Math.min(top, at(from), at(to));
    }
    const x = anchor === 'middle' ? point.x : anchor === 'start' ? start : end;
    // The baseline: clear of the line and its dots, the comma's tail included.
    let y = top - clearance - font * 0.15;
    const near = font * 2;
    const rows = [...(start - left < near ? ticks.left : []), ...(right - end < near ? ticks.right : [])].sort((a, b) => b - a);
    for (const row of rows) {
      const above = row - ticks.font * 0.6;
      // Digits stand about 0.75 em above the baseline, the comma's tail 0.2 em below it.
      if (y - font * 0.75 < row + ticks.font * 0.6 && y + font * 0.2 > above) y = above - font * 0.25;
    }
    return { index, x, y: Math.max(font, y), anchor, text: point.text };
  });
}

/** The rate labels, placed by placeRateLabels on the chart's own scales. */
function RateLabels(props: {
  data: TrendDatum[];
  font: number;
  clearance: number;
  color: string;
  countTicks: number[];
  rateTicks: number[];
  tickFont: number;
}) {
  const { data, font, clearance, color } = props;
  const xScale = useXAxisScale();
  const yScale = useYAxisScale('rate');
  const countScale = useYAxisScale('count');
  const plot = usePlotArea();
  if (!xScale || !yScale || !countScale || !plot) return null;
  const rows = (scale: typeof yScale, values: number[]) => values.flatMap((value) => scale(value) ?? []);
  const points = data.map((datum) => {
    if (datum.rate === null) return null;
    const x = xScale(datum.month, { position: 'middle' });
    const y = yScale(datum.rate);
    return x === undefined || y === undefined ? null : { x, y, text: datum.rateText };
  });
  const labels = placeRateLabels(points, {
    font,
    left: plot.x,
    right: plot.x + plot.width,
    clearance,
    ticks: { left: rows(countScale, props.countTicks), right: rows(yScale, props.rateTicks), font: props.tickFont },
  });
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="kiosk-rate-labels">
        {labels.map((label) => (
          <text key={label.index} x={label.x} y={label.y} textAnchor={label.anchor} fontSize={font} fill={color}>
            {label.text}
          </text>
        ))}
      </g>
    </ZIndexLayer>
  );
}

const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "T7" (tháng 7) or "Jul" on the axis, with the year under the first month and under each January. */
function monthTick(month: MonthIndex, lang: Lang): string {
  return lang === 'vi' ? `T${monthOfYear(month)}` : (EN_SHORT[monthOfYear(month) - 1] ?? '');
}

/** Round rate ticks from the floor to 100 %, so the right axis reads 90, 92, … 100 rather than 93, 96, 99. */
export function rateTicks(floor: number): number[] {
  const span = 100 - floor;
  const step = [1, 2, 5, 10, 20, 25].find((candidate) => span / candidate <= 5) ?? 25;
  const ticks: number[] = [];
  for (let tick = 100; tick >= floor; tick -= step) ticks.unshift(tick);
  return ticks;
}

/** Round count ticks from 0 (0, 500, 1.000, … rather than 0, 650, 1.300, …): at most five steps above 0. */
export function countTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}

export function KioskTrendChart({ points, context }: { points: TrendPoint[]; context: SlideContext }) {
  const { words, lang, unit, theme, onTimeTarget } = context;
  const colors = palette(theme);
  const data: TrendDatum[] = points.map((point) => {
    const has = point.figures.rowCount > 0;
    return {
      month: point.month,
      received: has ? point.figures.received : null,
      resolved: has ? point.figures.resolved : null,
      rate: has && point.figures.onTimeRate !== null ? point.figures.onTimeRate / 10 : null,
      rateText: has ? formatRate(point.figures.onTimeRate, lang) : '',
    };
  });
  const rates = data.flatMap((datum) => (datum.rate === null ? [] : [datum.rate]));
  const floor = Math.max(0, Math.floor((Math.min(onTimeTarget, ...rates) - 2) / 5) * 5);
  const n = (value: unknown) => formatCount(Number(value), lang);
  const rateRows = rateTicks(floor);
  const counts = countTicks(Math.max(0, ...data.flatMap((datum) => [datum.received ?? 0, datum.resolved ?? 0])));
  return (
    <figure className="kiosk-chart">
      <ChartLegend
        items={[
          { label: words.received, color: colors.received },
          { label: words.resolved, color: colors.resolved },
          { label: words.onTimeRate, color: colors.rate, line: true },
        ]}
      />
      <Plot>
        {({ width, height }) => {
          const axisFont = unit * 1.4;
          const slot = (width - axisFont * 8) / Math.max(data.length, 1);
          // Month ticks must fit their slot; rate labels keep their size, and fewer are written when they do not fit.
          const tickFont = Math.min(unit * 1.5, slot * 0.38);
          const rateFont = unit * 1.35;
          const strokeWidth = Math.max(2, unit * 0.3);
          const dotRadius = Math.max(3, unit * 0.45);
          const first = data[0]?.month;
          return (
            <ComposedChart
              accessibilityLayer={false}
              width={width}
              height={height}
              data={data}
              // Room above 100% for a label over the highest possible point.
              margin={{ top: rateFont * 2, right: 0, bottom: 0, left: 0 }}
              barGap={Math.max(1, unit * 0.1)}
              barCategoryGap="18%"
            >
              <CartesianGrid vertical={false} stroke={colors.grid} />
              <XAxis
                dataKey="month"
                interval={0}
                tickLine={false}
                stroke={colors.grid}
                height={tickFont * 2.9}
                tick={(props: TickProps) => {
                  const month = Number(props.payload?.value);
                  const showYear = month === first || monthOfYear(month) === 1;
                  return (
                    <g>
                      <text x={Number(props.x)} y={Number(props.y) + tickFont} textAnchor="middle" fontSize={tickFont} fill={colors.text}>
                        {monthTick(month, lang)}
                      </text>
                      {showYear ? (
                        <text
                          x={Number(props.x)}
                          y={Number(props.y) + tickFont * 2.2}
                          textAnchor="middle"
                          fontSize={tickFont * 0.85}
                          fill={colors.muted}
                        >
                          {monthYear(month)}
                        </text>
                      ) : null}
                    </g>
                  );
                }}
              />
              <YAxis
                yAxisId="count"
                domain={[0, counts[counts.length - 1] ?? 'auto']}
                ticks={counts}
                tickFormatter={n}
                tick={{ fontSize: axisFont, fill: colors.muted }}
                width={axisFont * 4.6}
                axisLine={false}
                tickLine={false}
              />
              <YAxis
                yAxisId="rate"
                orientation="right"
                domain={[floor, 100]}
                ticks={rateRows}
                tickFormatter={(value: number) => `${value}%`}
                tick={{ fontSize: axisFont, fill: colors.rate }}
                width={axisFont * 3.4}
                axisLine={false}
                tickLine={false}
              />
              <Bar yAxisId="count" dataKey="received" name={words.received} fill={colors.received} isAnimationActive={false} />
              <Bar yAxisId="count" dataKey="resolved" name={words.resolved} fill={colors.resolved} isAnimationActive={false} />
              <Line
                yAxisId="rate"
                dataKey="rate"
                name={words.onTimeRate}
                stroke={colors.rate}
                strokeWidth={strokeWidth}
                dot={{ r: dotRadius, fill: colors.rate, stroke: colors.rate }}
                connectNulls={false}
                isAnimationActive={false}
              />
              <RateLabels
                data={data}
                font={rateFont}
                clearance={dotRadius + strokeWidth / 2 + rateFont * 0.3}
                color={colors.rate}
                countTicks={counts}
                rateTicks={rateRows}
                tickFont={axisFont}
              />
            </ComposedChart>
          );
        }}
      </Plot>
      <table className="visually-hidden">
        <caption>{words.trendTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{words.monthColumn}</th>
            <th scope="col">{words.received}</th>
            <th scope="col">{words.resolved}</th>
            <th scope="col">{words.onTimeRate}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.month}>
              <th scope="row">{formatMonthShort(datum.month, lang)}</th>
              <td>{datum.received === null ? '—' : n(datum.received)}</td>
              <td>{datum.resolved === null ? '—' : n(datum.resolved)}</td>
              <td>{datum.rateText || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
