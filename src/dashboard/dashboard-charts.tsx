// The dashboard's charts, loaded after the numbers; each has its figures as a table beside it for screen readers, who
// skip the drawing itself (hidden from them, and out of the tab order: the table says every number it shows).
import { memo, useEffect, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
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

function shortName(name: string): string {
  return name.length > 28 ? `${name.slice(0, 27)}…` : name;
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
  const narrow = useNarrow();
  const byChange = rankBy === 'change' && changes !== undefined;
  const changeOf = (row: ChildFigures) => changes?.get(row.unit.id) ?? null;
  const colors = PALETTES[useResolvedTheme() === 'dark' ? 'dark' : 'light'];
  const axisTick = { fontSize: 12, fill: colors.muted };
  const tooltipStyle = { background: colors.surface, borderColor: colors.grid, color: colors.text };
  // Recharts writes each legend entry in its series' colour: the words are written in the text colour instead.
  const legendText = (value: string) => <span style={{ color: colors.text }}>{value}</span>;
  const n = (value: number) => formatCount(value, lang);
  const withData = rows.filter((row) => row.figures.rowCount > 0);

  const byVolume = [...withData].sort((a, b) => b.figures.received - a.figures.received);
  const volume = slice(byVolume, volumeSlice).map((row) => ({
    name: shortName(row.unit.name),
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
    return {
      name: shortName(row.unit.name),
      fullName: row.unit.name,
      rate: (row.figures.onTimeRate ?? 0) / 10,
      rateText: formatRate(row.figures.onTimeRate, lang),
      below: (row.figures.onTimeRate ?? 0) < onTimeTarget * 10,
      change: change === null ? 0 : change / 10,
      fell: change !== null && change < 0,
      changeText: change === null ? '—' : changeText(change, lang, t),
      changeWords: change === null ? '—' : changeWords(change, lang, t),
    };
  });
  // Whole steps of five points (one for small changes) that always include zero, signed: a fall reads "−3", not "3".
  const changeValues = ranking.map((row) => row.change);
  const changeStep = Math.max(...changeValues.map(Math.abs), 0) > 10 ? 5 : 1;
  const changeDomain = [
    Math.min(0, Math.floor(Math.min(...changeValues, 0) / changeStep) * changeStep),
    Math.max(0, Math.ceil(Math.max(...changeValues, 0) / changeStep) * changeStep),
  ];
  // Below target, and a fall, are marked by a sign as well as by colour.
  const rankingData = ranking.map((row) => ({ ...row, rateLabel: row.below ? `▼ ${row.rateText}` : row.rateText }));
  const trend = points.map((point) => ({
    month: formatMonthShort(point.month, lang),
    received: point.figures.received,
    resolved: point.figures.resolved,
    rate: point.figures.onTimeRate === null ? null : point.figures.onTimeRate / 10,
    rateText: formatRate(point.figures.onTimeRate, lang),
    hasData: point.figures.rowCount > 0,
  }));

  // One rate scale for both charts, low enough that no unit's or month's rate falls off it.
  const lowestRate = Math.min(onTimeTarget, ...ranking.map((r) => r.rate), ...trend.flatMap((p) => (p.rate === null ? [] : [p.rate])));
  const rateDomainMin = Math.max(0, Math.floor((lowestRate - 2) / 5) * 5);
  const countTick = (value: number) => n(value);
  const names = { received: t('kpi.received'), resolved: t('kpi.resolved'), onTime: t('charts.onTimeCount'), rate: t('kpi.onTimeRate') };

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
                <div className="chart-scroll" style={volumeSlice === 'all' ? { maxHeight: 640 } : undefined} aria-hidden="true">
                  <ResponsiveContainer width="100%" height={Math.max(180, volume.length * BAR_ROW_PX * 1.4 + 70)}>
                    <BarChart data={volume} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
                      <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={colors.grid} />
                      <XAxis type="number" tickFormatter={countTick} tick={axisTick} />
                      <YAxis type="category" dataKey="name" width={190} interval={0} tick={axisTick} />
                      <Tooltip
                        contentStyle={tooltipStyle}
                        itemStyle={{ color: colors.text }}
                        formatter={(value) => n(Number(value))}
                        labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName ?? ''}
                      />
                      <Legend formatter={legendText} />
                      <Bar dataKey="received" name={names.received} fill={colors.received} isAnimationActive={animate} />
                      <Bar dataKey="resolved" name={names.resolved} fill={colors.resolved} isAnimationActive={animate} />
                      <Bar dataKey="onTime" name={names.onTime} fill={colors.onTime} isAnimationActive={animate} />
                    </BarChart>
                  </ResponsiveContainer>
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
              ) : byChange ? (
                <div className="chart-scroll" style={rankSlice === 'all' ? { maxHeight: 640 } : undefined} aria-hidden="true">
                  <ResponsiveContainer width="100%" height={Math.max(180, ranking.length * BAR_ROW_PX + 60)}>
                    <BarChart
                      data={rankingData}
                      layout="vertical"
                      accessibilityLayer={false}
                      margin={{ left: 8, right: 100, top: 16, bottom: 16 }}
                    >
                      <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={colors.grid} />
                      <XAxis
                        type="number"
                        domain={changeDomain}
                        allowDecimals={false}
                        tickFormatter={(value: number) => (value < 0 ? `−${-value}` : value > 0 ? `+${value}` : '0')}
                        tick={axisTick}
                        label={{ value: t('charts.changeAxis'), position: 'insideBottom', offset: -4, fontSize: 12, fill: colors.muted }}
                      />
                      <YAxis type="category" dataKey="name" width={narrow ? 110 : 190} interval={0} tick={axisTick} />
                      <Tooltip
                        contentStyle={tooltipStyle}
                        itemStyle={{ color: colors.text }}
                        formatter={(_, __, item) => item?.payload?.changeText ?? ''}
                        labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName ?? ''}
                      />
                      <ReferenceLine x={0} stroke={colors.muted} />
                      <Bar
                        dataKey="change"
                        name={t('charts.changeAxis')}
                        isAnimationActive={animate}
                        label={
                          // On the right of zero or of the bar's end, whichever is further right: a fall's words never cover a name.
                          ((props: {
                            x?: number | string;
                            y?: number | string;
                            width?: number | string;
                            height?: number | string;
                            index?: number;
                          }) => {
                            const x = Number(props.x);
                            const width = Number(props.width);
                            return (
                              <text
                                x={Math.max(x, x + width) + 6}
                                y={Number(props.y) + Number(props.height) / 2}
                                dominantBaseline="central"
                                fontSize={12}
                                fill={colors.text}
                              >
                                {rankingData[props.index ?? 0]?.changeText}
                              </text>
                            );
                          }) as never
                        }
                      >
                        {ranking.map((row) => (
                          <Cell key={row.fullName} fill={row.fell ? colors.below : colors.resolved} />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              ) : (
                <div className="chart-scroll" style={rankSlice === 'all' ? { maxHeight: 640 } : undefined} aria-hidden="true">
                  <ResponsiveContainer width="100%" height={Math.max(180, ranking.length * BAR_ROW_PX + 60)}>
                    <BarChart
                      data={rankingData}
                      layout="vertical"
                      accessibilityLayer={false}
                      margin={{ left: 8, right: 56, top: 16, bottom: 8 }}
                    >
                      <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={colors.grid} />
                      <XAxis type="number" domain={[rateDomainMin, 100]} tickFormatter={(value: number) => `${value}%`} tick={axisTick} />
                      <YAxis type="category" dataKey="name" width={190} interval={0} tick={axisTick} />
                      <Tooltip
                        contentStyle={tooltipStyle}
                        itemStyle={{ color: colors.text }}
                        formatter={(_, __, item) => item?.payload?.rateText ?? ''}
                        labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName ?? ''}
                      />
                      <ReferenceLine
                        x={onTimeTarget}
                        stroke={colors.target}
                        strokeDasharray="6 3"
                        label={{
                          value: t('charts.targetLine', { target: formatRate(Math.round(onTimeTarget * 10), lang) }),
                          position: 'top',
                          fill: colors.target,
                          fontSize: 12,
                        }}
                      />
                      <Bar
                        dataKey="rate"
                        name={names.rate}
                        isAnimationActive={animate}
                        label={{ position: 'right', dataKey: 'rateLabel', fontSize: 12, fill: colors.text } as never}
                      >
                        {ranking.map((row) => (
                          <Cell key={row.fullName} fill={row.below ? colors.below : colors.resolved} />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
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
          <div aria-hidden="true">
            <ResponsiveContainer width="100%" height={300}>
              <ComposedChart data={trend} accessibilityLayer={false} margin={{ left: 8, right: 8, top: 8, bottom: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke={colors.grid} />
                <XAxis dataKey="month" tick={axisTick} />
                <YAxis yAxisId="count" tickFormatter={countTick} width={70} tick={axisTick} />
                <YAxis
                  yAxisId="rate"
                  orientation="right"
                  domain={[rateDomainMin, 100]}
                  tickFormatter={(value: number) => `${value}%`}
                  width={50}
                  tick={axisTick}
                />
                <Tooltip
                  contentStyle={tooltipStyle}
                  itemStyle={{ color: colors.text }}
                  formatter={(value, name) =>
                    name === names.rate ? `${formatRate(Math.round(Number(value) * 10), lang)}` : n(Number(value))
                  }
                />
                <Legend formatter={legendText} />
                <Bar yAxisId="count" dataKey="received" name={names.received} fill={colors.received} isAnimationActive={animate} />
                <Bar yAxisId="count" dataKey="resolved" name={names.resolved} fill={colors.resolved} isAnimationActive={animate} />
                <Line
                  yAxisId="rate"
                  dataKey="rate"
                  name={names.rate}
                  stroke={colors.rate}
                  strokeWidth={2}
                  dot
                  connectNulls={false}
                  isAnimationActive={animate}
                />
              </ComposedChart>
            </ResponsiveContainer>
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

const NARROW = '(max-width: 40rem)';

/** A phone's width: the change chart gives the names less room so that its bars still have some. */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof matchMedia === 'function' && matchMedia(NARROW).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(NARROW);
    const update = () => setNarrow(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}

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
