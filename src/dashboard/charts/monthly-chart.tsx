// The chosen unit month by month: received and resolved as bars, the on-time rate as a line on its own axis, and the
// on-time rate of the same month a year earlier as a dashed, muted line where the feed has that month.
import { memo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatMonthShort, formatRate } from '../../i18n/format';
import type { TrendPoint } from '../../stats/roll-up';
import { NAMES_ABOVE_BELOW_PX, TICK_GAP_PX } from '../../ui/charts/bar-names';
import { ChartCard, ChartDataTable } from '../../ui/charts/chart-card';
import { countTicks, rateTicks, ticksThatFit } from '../../ui/charts/chart-ticks';
import { textWidth } from '../../ui/charts/text-measure';
import { useElementSize } from '../../ui/charts/use-element-size';
import { useT } from '../../ui/use-t';
import { useLang } from '../../view/view-store';
import { bySeriesOrder, seriesNames, useChartLook, X_AXIS_HEIGHT } from './chart-parts';

/** About 200 px of plot under 300 px of chart, less on a phone where the legend takes two lines. */
const HEIGHT_PX = 300;

type Props = {
  points: readonly TrendPoint[];
  /** The same months a year earlier (`monthlyTrend` over the range 12 months back); none: no last-year line. */
  lastYear?: readonly TrendPoint[];
};

export const MonthlyChart = memo(function MonthlyChart({ points, lastYear = [] }: Props) {
  const t = useT();
  const lang = useLang();
  const { colors, axisTick, tooltipStyle, legendText, animate } = useChartLook();
  const [box, { width }] = useElementSize();
  const n = (value: number) => formatCount(value, lang);
  const names = seriesNames(t);
  const lastYearName = t('charts.lastYear');
  const yearEarlier = new Map(lastYear.map((point) => [point.month, point.figures]));
  const trend = points.map((point) => {
    // Only a month the feed has rows for a year earlier gets a figure; a month without them is a gap, not a zero.
    const before = yearEarlier.get(point.month - 12);
    const beforeRate = before && before.rowCount > 0 ? before.onTimeRate : null;
    return {
      month: formatMonthShort(point.month, lang),
      received: point.figures.received,
      resolved: point.figures.resolved,
      rate: point.figures.onTimeRate === null ? null : point.figures.onTimeRate / 10,
      rateText: formatRate(point.figures.onTimeRate, lang),
      hasData: point.figures.rowCount > 0,
      lastYearRate: beforeRate === null ? null : beforeRate / 10,
      lastYearText: formatRate(beforeRate, lang),
    };
  });
  const hasLastYear = trend.some((point) => point.lastYearRate !== null);

  // Axes as wide as their labels, month names as many as fit.
  const narrow = width < NAMES_ABOVE_BELOW_PX;
  const margin = { left: narrow ? 0 : 8, right: narrow ? 0 : 8, top: 8, bottom: 8 };
  const max = Math.max(0, ...trend.map((point) => Math.max(point.received, point.resolved)));
  const maxTicks = ticksThatFit(narrow ? 170 : 200, 16);
  const counts = countTicks(max, maxTicks);
  const rates = rateTicks(
    Math.min(100, ...trend.flatMap((point) => [point.rate, point.lastYearRate].filter((rate): rate is number => rate !== null))),
    maxTicks,
  );
  const countAxisWidth = Math.ceil(textWidth(n(counts[counts.length - 1] ?? 0))) + TICK_GAP_PX + 4;
  const rateAxisWidth = Math.ceil(textWidth('100%')) + TICK_GAP_PX + 4;
  const plot = width - margin.left - margin.right - countAxisWidth - rateAxisWidth;
  const monthLabel = Math.max(0, ...trend.map((point) => textWidth(point.month))) + 12;
  const monthEvery = Math.max(1, Math.ceil(monthLabel / Math.max(1, plot / Math.max(1, trend.length))));

  return (
    <ChartCard
      className="chart-card chart-card--wide"
      caption={<h3>{t('charts.trend')}</h3>}
      tableToggle={t('charts.showTable')}
      table={
        <ChartDataTable
          className="data-table data-table--compact"
          rows={trend}
          rowKey={(point) => point.month}
          columns={[
            { header: t('charts.month'), cell: (point) => point.month, rowHeader: true },
            { header: names.received, cell: (point) => (point.hasData ? n(point.received) : '—'), numeric: true },
            { header: names.resolved, cell: (point) => (point.hasData ? n(point.resolved) : '—'), numeric: true },
            { header: names.rate, cell: (point) => point.rateText, numeric: true },
            { header: t('charts.lastYearRate'), cell: (point) => point.lastYearText, numeric: true },
          ]}
        />
      }
    >
      <div ref={box} aria-hidden="true">
        {width > 0 ? (
          <ComposedChart
            width={width}
            height={HEIGHT_PX}
            data={trend}
            accessibilityLayer={false}
            margin={margin}
            barGap={narrow ? 1 : 4}
            barCategoryGap={narrow ? '12%' : '10%'}
          >
            <CartesianGrid strokeDasharray="3 3" stroke={colors.grid} />
            <XAxis dataKey="month" interval={monthEvery - 1} tick={axisTick} height={X_AXIS_HEIGHT} />
            <YAxis
              yAxisId="count"
              domain={[0, counts[counts.length - 1] ?? 0]}
              ticks={counts}
              interval={0}
              tickFormatter={n}
              width={countAxisWidth}
              tick={axisTick}
            />
            <YAxis
              yAxisId="rate"
              orientation="right"
              domain={[rates[0] ?? 0, 100]}
              ticks={rates}
              interval={0}
              allowDataOverflow
              tickFormatter={(value: number) => `${value}%`}
              width={rateAxisWidth}
              tick={axisTick}
            />
            <Tooltip
              contentStyle={tooltipStyle}
              itemStyle={{ color: colors.text }}
              itemSorter={bySeriesOrder}
              formatter={(value, name) =>
                name === names.rate || name === lastYearName ? formatRate(Math.round(Number(value) * 10), lang) : n(Number(value))
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
              dot={{ r: narrow ? 2 : 3 }}
              connectNulls={false}
              isAnimationActive={animate}
            />
            {hasLastYear ? (
              <Line
                yAxisId="rate"
                dataKey="lastYearRate"
                name={lastYearName}
                stroke={colors.muted}
                strokeWidth={2}
                strokeDasharray="6 4"
                dot={{ r: narrow ? 2 : 3, strokeDasharray: '0' }}
                connectNulls={false}
                isAnimationActive={animate}
              />
            ) : null}
          </ComposedChart>
        ) : null}
      </div>
    </ChartCard>
  );
});
