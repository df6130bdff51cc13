// Received, resolved and on-time per unit below the chosen one, the busiest first.
import { memo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../i18n/format';
import type { ChildFigures } from '../../stats/unit-period-figures';
import { halfLabel, NAMES_ABOVE_BELOW_PX, nameAbove, nameColumn, nameTick } from '../../ui/charts/bar-names';
import { ChartCard, ChartDataTable } from '../../ui/charts/chart-card';
import { countTicks, ticksThatFit } from '../../ui/charts/chart-ticks';
import { textWidth } from '../../ui/charts/text-measure';
import { useElementSize } from '../../ui/charts/use-element-size';
import { useT } from '../../ui/use-t';
import { useLang } from '../../view/view-store';
import { BAR_ROW_PX, bySeriesOrder, seriesNames, slice, SliceChooser, useChartLook, X_AXIS_HEIGHT, type Slice } from './chart-parts';

type VolumeRow = { fullName: string; received: number; resolved: number; onTime: number };

export const UnitsVolumeChart = memo(function UnitsVolumeChart({ rows }: { rows: readonly ChildFigures[] }) {
  const t = useT();
  const lang = useLang();
  const { colors, axisTick, tooltipStyle, legendText, animate } = useChartLook();
  const [shown, setShown] = useState<Slice>('top');
  const [box, { width }] = useElementSize();
  const n = (value: number) => formatCount(value, lang);
  const names = seriesNames(t);

  const byVolume = rows.filter((row) => row.figures.rowCount > 0).sort((a, b) => b.figures.received - a.figures.received);
  const volume: VolumeRow[] = slice(byVolume, shown).map((row) => ({
    fullName: row.unit.name,
    received: row.figures.received,
    resolved: row.figures.resolved,
    onTime: row.figures.resolvedEarly + row.figures.resolvedOnTime,
  }));

  // Names beside the bars where there is room, above them on a phone.
  const namesAbove = width < NAMES_ABOVE_BELOW_PX;
  // Above the bars, a name starts where the plot does, which leaves the first tick's label half of its width.
  const margin = { left: namesAbove ? halfLabel('0') : 8, right: 24, top: 8, bottom: 8 };
  const column = nameColumn(
    volume.map((row) => row.fullName),
    width,
  );
  const plot = width - margin.left - margin.right - (namesAbove ? 0 : column.width);
  const max = Math.max(0, ...volume.map((row) => row.received), ...volume.map((row) => row.resolved));
  const ticks = countTicks(max, ticksThatFit(plot, textWidth(n(max * 1.2))));
  const rowPx = namesAbove ? 56 : Math.round(BAR_ROW_PX * 1.4);
  const barSize = namesAbove ? 9 : undefined;

  return (
    <ChartCard
      className="chart-card"
      caption={
        <>
          <h3>{t('charts.perChild')}</h3>
          <SliceChooser value={shown} onChange={setShown} total={byVolume.length} />
        </>
      }
      tableToggle={t('charts.showTable')}
      table={
        <ChartDataTable
          className="data-table data-table--compact"
          rows={volume}
          rowKey={(row) => row.fullName}
          columns={[
            { header: t('col.unit'), cell: (row) => row.fullName, rowHeader: true },
            { header: names.received, cell: (row) => n(row.received), numeric: true },
            { header: names.resolved, cell: (row) => n(row.resolved), numeric: true },
            { header: names.onTime, cell: (row) => n(row.onTime), numeric: true },
          ]}
        />
      }
    >
      {volume.length === 0 ? (
        <p className="empty-note">{t('charts.noChildren')}</p>
      ) : (
        <div ref={box} className="chart-scroll" style={shown === 'all' ? { maxHeight: 640 } : undefined} aria-hidden="true">
          {width > 0 ? (
            <BarChart
              width={width}
              height={Math.max(180, volume.length * rowPx + X_AXIS_HEIGHT + (namesAbove ? 70 : 50))}
              data={volume}
              layout="vertical"
              accessibilityLayer={false}
              margin={margin}
              barGap={namesAbove ? 2 : 4}
            >
              <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={colors.grid} />
              <XAxis
                type="number"
                domain={[0, ticks[ticks.length - 1] ?? 0]}
                ticks={ticks}
                interval={0}
                tickFormatter={n}
                tick={axisTick}
                height={X_AXIS_HEIGHT}
              />
              <YAxis
                type="category"
                dataKey="fullName"
                hide={namesAbove}
                width={column.width}
                interval={0}
                tick={nameTick(column, colors.muted)}
              />
              <Tooltip
                contentStyle={tooltipStyle}
                itemStyle={{ color: colors.text }}
                itemSorter={bySeriesOrder}
                formatter={(value) => n(Number(value))}
                labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName ?? ''}
              />
              <Legend formatter={legendText} itemSorter={bySeriesOrder} />
              <Bar dataKey="received" name={names.received} fill={colors.received} barSize={barSize} isAnimationActive={animate}>
                {namesAbove ? <LabelList dataKey="fullName" content={nameAbove(margin.left, width, colors.muted) as never} /> : null}
              </Bar>
              <Bar dataKey="resolved" name={names.resolved} fill={colors.resolved} barSize={barSize} isAnimationActive={animate} />
              <Bar dataKey="onTime" name={names.onTime} fill={colors.onTime} barSize={barSize} isAnimationActive={animate} />
            </BarChart>
          ) : null}
        </div>
      )}
    </ChartCard>
  );
});
