// The dashboard's charts, loaded after the numbers; each has its figures as a table beside it for screen readers.
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
import { formatCount, formatMonthShort, formatRate, type Lang } from '../stats/format';
import type { TrendPoint } from '../stats/roll-up';
import { sameRows, sameTrend } from '../stats/same-figures';
import type { ChildFigures } from '../stats/unit-view';
import type { Translate } from '../ui/use-t';

const SHOWN = 15;
const BAR_ROW_PX = 30;
const COLORS = { received: '#1f5fa8', resolved: '#2e8b57', onTime: '#7fb800', below: '#c0392b', rate: '#e67e22', target: '#c0392b' };

type Props = {
  /** The chosen unit's figures month by month over the period. */
  trend: readonly TrendPoint[];
  rows: readonly ChildFigures[];
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
export const DashboardCharts = memo(function DashboardCharts({ trend: points, rows, lang, t, onTimeTarget, animate = true }: Props) {
  const drawn = useOneMorePerTask(rows.length > 0 ? 3 : 1);
  const [volumeSlice, setVolumeSlice] = useState<Slice>('top');
  // The units furthest below target are the ones an official acts on.
  const [rankSlice, setRankSlice] = useState<Slice>('bottom');
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

  const ranked = withData
    .filter((row) => row.figures.onTimeRate !== null)
    .sort((a, b) => (b.figures.onTimeRate ?? 0) - (a.figures.onTimeRate ?? 0));
  const ranking = slice(ranked, rankSlice).map((row) => ({
    name: shortName(row.unit.name),
    fullName: row.unit.name,
    rate: (row.figures.onTimeRate ?? 0) / 10,
    rateText: formatRate(row.figures.onTimeRate, lang),
    below: (row.figures.onTimeRate ?? 0) < onTimeTarget * 10,
  }));
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
                <div className="chart-scroll" style={volumeSlice === 'all' ? { maxHeight: 640 } : undefined}>
                  <ResponsiveContainer width="100%" height={Math.max(180, volume.length * BAR_ROW_PX * 1.4 + 70)}>
                    <BarChart data={volume} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
                      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                      <XAxis type="number" tickFormatter={countTick} />
                      <YAxis type="category" dataKey="name" width={190} interval={0} tick={{ fontSize: 12 }} />
                      <Tooltip
                        formatter={(value) => n(Number(value))}
                        labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName ?? ''}
                      />
                      <Legend />
                      <Bar dataKey="received" name={names.received} fill={COLORS.received} isAnimationActive={animate} />
                      <Bar dataKey="resolved" name={names.resolved} fill={COLORS.resolved} isAnimationActive={animate} />
                      <Bar dataKey="onTime" name={names.onTime} fill={COLORS.onTime} isAnimationActive={animate} />
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
                <SliceChooser value={rankSlice} onChange={setRankSlice} total={ranked.length} t={t} />
              </figcaption>
              {ranking.length === 0 ? (
                <p className="empty-note">{t('charts.noChildren')}</p>
              ) : (
                <div className="chart-scroll" style={rankSlice === 'all' ? { maxHeight: 640 } : undefined}>
                  <ResponsiveContainer width="100%" height={Math.max(180, ranking.length * BAR_ROW_PX + 60)}>
                    <BarChart data={ranking} layout="vertical" margin={{ left: 8, right: 56, top: 16, bottom: 8 }}>
                      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                      <XAxis type="number" domain={[rateDomainMin, 100]} tickFormatter={(value: number) => `${value}%`} />
                      <YAxis type="category" dataKey="name" width={190} interval={0} tick={{ fontSize: 12 }} />
                      <Tooltip
                        formatter={(_, __, item) => item?.payload?.rateText ?? ''}
                        labelFormatter={(_, payload) => payload?.[0]?.payload?.fullName ?? ''}
                      />
                      <ReferenceLine
                        x={onTimeTarget}
                        stroke={COLORS.target}
                        strokeDasharray="6 3"
                        label={{
                          value: t('charts.targetLine', { target: formatRate(Math.round(onTimeTarget * 10), lang) }),
                          position: 'top',
                          fill: COLORS.target,
                          fontSize: 12,
                        }}
                      />
                      <Bar
                        dataKey="rate"
                        name={names.rate}
                        isAnimationActive={animate}
                        label={{ position: 'right', dataKey: 'rateText', fontSize: 12 } as never}
                      >
                        {ranking.map((row) => (
                          <Cell key={row.fullName} fill={row.below ? COLORS.below : COLORS.resolved} />
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
          <ResponsiveContainer width="100%" height={300}>
            <ComposedChart data={trend} margin={{ left: 8, right: 8, top: 8, bottom: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis yAxisId="count" tickFormatter={countTick} width={70} />
              <YAxis
                yAxisId="rate"
                orientation="right"
                domain={[rateDomainMin, 100]}
                tickFormatter={(value: number) => `${value}%`}
                width={50}
              />
              <Tooltip
                formatter={(value, name) =>
                  name === names.rate ? `${formatRate(Math.round(Number(value) * 10), lang)}` : n(Number(value))
                }
              />
              <Legend />
              <Bar yAxisId="count" dataKey="received" name={names.received} fill={COLORS.received} isAnimationActive={animate} />
              <Bar yAxisId="count" dataKey="resolved" name={names.resolved} fill={COLORS.resolved} isAnimationActive={animate} />
              <Line
                yAxisId="rate"
                dataKey="rate"
                name={names.rate}
                stroke={COLORS.rate}
                strokeWidth={2}
                dot
                connectNulls={false}
                isAnimationActive={animate}
              />
            </ComposedChart>
          </ResponsiveContainer>
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
    sameTrend(a.trend, b.trend)
  );
}
