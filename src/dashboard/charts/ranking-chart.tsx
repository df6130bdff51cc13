// The units ranked by on-time rate against the target, or by its change against a year earlier.
import { memo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTenthsMagnitude } from '../../i18n/format';
import { formatRate } from '../../i18n/format';
import type { ChildFigures } from '../../stats/unit-period-figures';
import { halfLabel, NAMES_ABOVE_BELOW_PX, nameAbove, nameColumn, nameTick, type LabelBox } from '../../ui/charts/bar-names';
import { ChartCard } from '../../ui/charts/chart-card';
import { changeTicks, rateTicks, ticksThatFit } from '../../ui/charts/chart-ticks';
import { CHART_FONT_PX, textWidth } from '../../ui/charts/text-measure';
import { useElementSize } from '../../ui/charts/use-element-size';
import { usePageSetup } from '../../ui/page-setup-gate';
import { useT, type Translate } from '../../ui/use-t';
import { useLang } from '../../view/view-store';
import { BAR_ROW_PX, SHOWN, seriesNames, slice, SliceChooser, useChartLook, X_AXIS_HEIGHT, type Slice } from './chart-parts';
import { RankingTable, type RankingRow } from './ranking-table';

type RankBy = 'rate' | 'change';

type Props = {
  rows: readonly ChildFigures[];
  /** Each row's change in on-time rate against the same period a year earlier, tenths of a point; null: not comparable. */
  changes?: ReadonlyMap<string, number | null>;
};

export const RankingChart = memo(function RankingChart({ rows, changes }: Props) {
  const t = useT();
  const lang = useLang();
  const { onTimeTarget } = usePageSetup().config;
  const { colors, axisTick, tooltipStyle, animate } = useChartLook();
  // The units furthest below target are the ones an official acts on.
  const [shown, setShown] = useState<Slice>('bottom');
  const [rankBy, setRankBy] = useState<RankBy>('rate');
  const [box, { width }] = useElementSize();
  const byChange = rankBy === 'change' && changes !== undefined;
  const changeOf = (row: ChildFigures) => changes?.get(row.unit.id) ?? null;
  const withData = rows.filter((row) => row.figures.rowCount > 0);

  // By change, the biggest fall comes first: "bottom" is the units that slipped most, "top" those that rose most.
  const ranked = byChange
    ? withData.filter((row) => changeOf(row) !== null).sort((a, b) => (changeOf(a) ?? 0) - (changeOf(b) ?? 0))
    : withData.filter((row) => row.figures.onTimeRate !== null).sort((a, b) => (b.figures.onTimeRate ?? 0) - (a.figures.onTimeRate ?? 0));
  // The units furthest below target are read worst first: the bottom slice is turned so the worst unit is on top.
  const rankedSlice = !byChange
    ? shown === 'bottom'
      ? slice(ranked, shown).reverse()
      : slice(ranked, shown)
    : shown === 'all' || ranked.length <= SHOWN
      ? ranked
      : shown === 'bottom'
        ? ranked.slice(0, SHOWN)
        : ranked.slice(-SHOWN).reverse();
  const ranking: RankingRow[] = rankedSlice.map((row) => {
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
      changeText: change === null ? '—' : changeText(change, formatTenthsMagnitude(change, lang), t),
      changeWords: change === null ? '—' : changeWords(change, formatTenthsMagnitude(change, lang), t),
    };
  });

  // Room on the right for the longest label beside a bar, which starts 6 px after it, and air before the card's edge.
  const namesAbove = width < NAMES_ABOVE_BELOW_PX;
  const labelRoom = Math.ceil(Math.max(0, ...ranking.map((row) => textWidth(byChange ? row.changeText : row.rateLabel)))) + 24;
  const column = nameColumn(
    ranking.map((row) => row.fullName),
    width - labelRoom,
  );
  const plot = width - 8 - labelRoom - (namesAbove ? 0 : column.width);
  const rowPx = namesAbove ? 44 : BAR_ROW_PX;
  // From 0: an axis cut at 80% makes a unit at 95% look half as good as one at 100%. The gaps that matter are read
  // in the figures beside the bars and in the ranking by change.
  const rates = rateTicks(0, ticksThatFit(plot, textWidth('100%')));
  const changeAxis = changeTicks(
    ranking.map((row) => row.change),
    ticksThatFit(plot, textWidth('−00')),
  );
  const firstTick = byChange ? signed(changeAxis[0] ?? 0) : `${rates[0] ?? 0}%`;
  const margin = { left: namesAbove ? halfLabel(firstTick) : 8, right: labelRoom, top: 16, bottom: byChange ? 16 : 8 };

  return (
    <ChartCard
      className="chart-card"
      caption={
        <>
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
          <SliceChooser value={shown} onChange={setShown} total={ranked.length} />
        </>
      }
      tableToggle={t('charts.showTable')}
      table={<RankingTable rows={ranking} withChanges={changes !== undefined} />}
    >
      {ranking.length === 0 ? (
        <p className="empty-note">{t(byChange ? 'charts.noChange' : 'charts.noChildren')}</p>
      ) : (
        <div ref={box} className="chart-scroll" style={shown === 'all' ? { maxHeight: 640 } : undefined} aria-hidden="true">
          {width > 0 ? (
            <BarChart
              width={width}
              height={Math.max(180, ranking.length * rowPx + X_AXIS_HEIGHT + margin.top + margin.bottom + (byChange ? 14 : 6))}
              data={ranking}
              layout="vertical"
              accessibilityLayer={false}
              margin={margin}
            >
              <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={colors.grid} />
              {byChange ? (
                <XAxis
                  type="number"
                  domain={[changeAxis[0] ?? 0, changeAxis[changeAxis.length - 1] ?? 0]}
                  ticks={changeAxis}
                  interval={0}
                  tickFormatter={signed}
                  tick={axisTick}
                  height={X_AXIS_HEIGHT}
                  label={{
                    value: t('charts.changeAxis'),
                    position: 'insideBottom',
                    offset: -4,
                    fontSize: CHART_FONT_PX,
                    fill: colors.muted,
                  }}
                />
              ) : (
                <XAxis
                  type="number"
                  domain={[rates[0] ?? 0, 100]}
                  ticks={rates}
                  interval={0}
                  allowDataOverflow
                  tickFormatter={(value: number) => `${value}%`}
                  tick={axisTick}
                  height={X_AXIS_HEIGHT}
                />
              )}
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
                    fontSize: CHART_FONT_PX,
                  }}
                />
              )}
              <Bar
                dataKey={byChange ? 'change' : 'rate'}
                name={byChange ? t('charts.changeAxis') : seriesNames(t).rate}
                barSize={namesAbove ? 16 : undefined}
                isAnimationActive={animate}
                label={
                  // On the right of zero or of the bar's end, whichever is further right: a fall's words never cover a name.
                  ((props: LabelBox & { index?: number }) => {
                    const x = Number(props.viewBox?.x);
                    const barWidth = Number(props.viewBox?.width);
                    const row = ranking[props.index ?? 0];
                    return (
                      <text
                        x={Math.max(x, x + barWidth) + 6}
                        y={Number(props.viewBox?.y) + Number(props.viewBox?.height) / 2}
                        dominantBaseline="central"
                        fontSize={CHART_FONT_PX}
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
                {namesAbove ? <LabelList dataKey="fullName" content={nameAbove(margin.left, width, colors.muted) as never} /> : null}
              </Bar>
            </BarChart>
          ) : null}
        </div>
      )}
    </ChartCard>
  );
});

/** A change in points with its sign: a fall reads "−3", not "3". */
function signed(value: number): string {
  return value < 0 ? `−${-value}` : value > 0 ? `+${value}` : '0';
}

/** "▼ 3,2 điểm %": the arrow and the words, never the colour alone. */
function changeText(tenths: number, magnitude: string, t: Translate): string {
  if (tenths === 0) return t('compare.same');
  return `${tenths > 0 ? '▲' : '▼'} ${t('compare.points', { value: magnitude })}`;
}

/** "Giảm 3,2 điểm %" for the table beside the chart, which screen readers read aloud. */
function changeWords(tenths: number, magnitude: string, t: Translate): string {
  if (tenths === 0) return t('compare.same');
  return `${t(tenths > 0 ? 'compare.up' : 'compare.down')} ${t('compare.points', { value: magnitude })}`;
}
