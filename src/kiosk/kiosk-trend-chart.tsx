// The unit month by month, drawn for a room: received and resolved as bars, the on-time rate as a line with its
// figures written on it, large month names, and no animation (animated recharts leak over weeks of redraws).
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  DefaultZIndexes,
  Line,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { monthOfYear, monthYear, type MonthIndex } from '../feed/month';
import type { Lang } from '../i18n/lang';
import { runningMonth } from '../stats/compare';
import { formatCount, formatMonthShort, formatRate } from '../i18n/format';
import type { TrendPoint } from '../stats/roll-up';
import type { TickProps } from '../ui/charts/bar-names';
import { ChartDataTable } from '../ui/charts/chart-card';
import { useChartPalette } from '../ui/charts/chart-palette';
import { countTicks, rateTicks } from '../ui/charts/chart-ticks';
import { KioskChartCard, Plot } from './kiosk-chart-parts';
import { placeRateLabels } from './kiosk-rate-labels';
import { useSlideContext } from './kiosk-slide-context';

/** Ticks on each axis: few, for reading across a room. */
const MAX_TICKS = 6;

type TrendDatum = {
  month: MonthIndex;
  received: number | null;
  resolved: number | null;
  rate: number | null;
  rateText: string;
};

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
          // A halo of the background under each figure: readable where it crosses a grid line or the line itself.
          <text
            key={label.index}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
            fontSize={font}
            fontWeight={700}
            fill={color}
            style={{ stroke: 'var(--bg)', strokeWidth: font * 0.3, strokeLinejoin: 'round', paintOrder: 'stroke' }}
          >
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

/** Bars of the month still running are hatched: a few days' figures, not a month that fell. */
function hatchId(series: 'received' | 'resolved'): string {
  return `kiosk-hatch-${series}`;
}

function Hatches({ colors, size }: { colors: Record<'received' | 'resolved', string>; size: number }) {
  return (
    <svg className="kiosk-hatches" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {(['received', 'resolved'] as const).map((series) => (
          <pattern key={series} id={hatchId(series)} patternUnits="userSpaceOnUse" width={size} height={size} patternTransform="rotate(45)">
            <rect width={size} height={size} fill={colors[series]} fillOpacity={0.25} />
            <rect width={size / 2} height={size} fill={colors[series]} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/**
 * The bars keep to the lower part of the plot and the rate line to the upper part, so the rates written over the line
 * never stand on a bar: the count axis reaches above its highest tick, the rate axis below its lowest.
 */
const BARS_SHARE = 0.58;

export function KioskTrendChart({ points }: { points: TrendPoint[] }) {
  // u: the screen's type unit in px, --u in kiosk.css; every size of the chart is a multiple of it.
  const { t, lang, sizeUnitPx: u, onTimeTarget, model } = useSlideContext();
  const colors = useChartPalette('dark');
  const running = runningMonth(model);
  const partial = points.some((point) => point.month === running && point.figures.rowCount > 0) ? running : null;
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
  const n = (value: unknown) => formatCount(Number(value), lang);
  const rates = data.flatMap((datum) => (datum.rate === null ? [] : [datum.rate]));
  // The target is on the axis too: the line is read against it.
  const rateRows = rateTicks(Math.min(onTimeTarget, ...rates), MAX_TICKS);
  const floor = rateRows[0] ?? 0;
  const counts = countTicks(Math.max(0, ...data.flatMap((datum) => [datum.received ?? 0, datum.resolved ?? 0])), MAX_TICKS);
  return (
    <KioskChartCard
      legend={[
        { label: t('kpi.received'), color: colors.received },
        { label: t('kpi.resolved'), color: colors.resolved },
        { label: t('kiosk.onTimeRate'), color: colors.rate, line: true },
        ...(partial === null
          ? []
          : [
              {
                label: t('kiosk.monthToDate', { month: formatMonthShort(partial, lang) }),
                color: `url(#${hatchId('received')})`,
                hatch: true,
              },
            ]),
      ]}
      table={
        <ChartDataTable
          className="visually-hidden"
          caption={t('kiosk.trendTitle')}
          rows={data}
          rowKey={(datum) => datum.month}
          columns={[
            { header: t('kiosk.monthColumn'), cell: (datum) => formatMonthShort(datum.month, lang), rowHeader: true },
            { header: t('kpi.received'), cell: (datum) => (datum.received === null ? '—' : n(datum.received)) },
            { header: t('kpi.resolved'), cell: (datum) => (datum.resolved === null ? '—' : n(datum.resolved)) },
            { header: t('kiosk.onTimeRate'), cell: (datum) => datum.rateText || '—' },
          ]}
        />
      }
    >
      <Hatches colors={colors} size={Math.max(6, u * 0.5)} />
      <Plot>
        {({ width, height }) => {
          const axisFont = u * 1.4;
          const slot = (width - axisFont * 8) / Math.max(data.length, 1);
          // Month ticks must fit their slot; rate labels keep their size, and fewer are written when they do not fit.
          const tickFont = Math.min(u * 1.5, slot * 0.38);
          const rateFont = u * 1.35;
          const strokeWidth = Math.max(2, u * 0.3);
          const dotRadius = Math.max(3, u * 0.45);
          const first = data[0]?.month;
          return (
            <ComposedChart
              accessibilityLayer={false}
              width={width}
              height={height}
              data={data}
              // Room above 100% for a label over the highest possible point.
              margin={{ top: rateFont * 2, right: 0, bottom: 0, left: 0 }}
              barGap={Math.max(1, u * 0.1)}
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
                domain={[0, (counts[counts.length - 1] ?? 1) / BARS_SHARE]}
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
                domain={[floor - ((100 - floor) * BARS_SHARE) / (1 - BARS_SHARE), 100]}
                ticks={rateRows}
                tickFormatter={(value: number) => `${value}%`}
                tick={{ fontSize: axisFont, fill: colors.rate }}
                width={axisFont * 3.4}
                axisLine={false}
                tickLine={false}
              />
              {(['received', 'resolved'] as const).map((series) => (
                <Bar
                  key={series}
                  yAxisId="count"
                  dataKey={series}
                  name={t(`kpi.${series}`)}
                  fill={colors[series]}
                  isAnimationActive={false}
                >
                  {data.map((datum) => (
                    <Cell key={datum.month} fill={datum.month === partial ? `url(#${hatchId(series)})` : colors[series]} />
                  ))}
                </Bar>
              ))}
              <Line
                yAxisId="rate"
                dataKey="rate"
                name={t('kiosk.onTimeRate')}
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
    </KioskChartCard>
  );
}
