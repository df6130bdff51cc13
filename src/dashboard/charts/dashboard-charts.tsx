// The dashboard's charts, loaded after the numbers, laid out one after the other; each chart is its own file.
import { memo, useEffect, useState } from 'react';
import { sameChanges } from '../../stats/compare';
import type { TrendPoint } from '../../stats/roll-up';
import { sameRows, sameTrend } from '../../stats/same-figures';
import type { ChildFigures } from '../../stats/unit-period-figures';
import { MonthlyChart } from './monthly-chart';
import { RankingChart } from './ranking-chart';
import { UnitsVolumeChart } from './units-volume-chart';

type Props = {
  /** The chosen unit's figures month by month over the period. */
  trend: readonly TrendPoint[];
  /** The same months a year earlier, for the monthly chart's last-year line. */
  lastYear?: readonly TrendPoint[];
  rows: readonly ChildFigures[];
  /** Each row's change in on-time rate against the same period a year earlier, tenths of a point; null: not comparable. */
  changes?: ReadonlyMap<string, number | null>;
};

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

/** Compared by value: a new document that leaves this view's figures as they were redraws no chart. */
export const DashboardCharts = memo(function DashboardCharts({ trend, lastYear, rows, changes }: Props) {
  const total = rows.length > 0 ? 3 : 1;
  const drawn = useOneMorePerTask(total);
  return (
    <div className="charts">
      {rows.length > 0 && drawn >= 1 ? <UnitsVolumeChart rows={rows} /> : null}
      {rows.length > 0 && drawn >= 2 ? <RankingChart rows={rows} changes={changes} /> : null}
      {drawn >= total ? <MonthlyChart points={trend} lastYear={lastYear} /> : null}
    </div>
  );
}, sameChartProps);

function sameChartProps(a: Props, b: Props): boolean {
  return (
    sameRows(a.rows, b.rows) &&
    sameTrend(a.trend, b.trend) &&
    sameTrend(a.lastYear ?? [], b.lastYear ?? []) &&
    (a.changes === b.changes || (!!a.changes && !!b.changes && sameChanges(a.changes, b.changes)))
  );
}
