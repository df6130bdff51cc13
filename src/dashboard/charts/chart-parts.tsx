// What the dashboard's charts share beyond the chart layer: how many units a chart shows, the look of axes, tooltips
// and legends in the theme on screen, and the series' names and order.
import { useMemo, type ReactNode } from 'react';
import { useChartPalette, type ChartPalette } from '../../ui/charts/chart-palette';
import { CHART_FONT_PX } from '../../ui/charts/text-measure';
import { useT, type Translate } from '../../ui/use-t';

/** Units a bar chart shows before the reader asks for all of them. */
export const SHOWN = 15;
export const BAR_ROW_PX = 30;
export const X_AXIS_HEIGHT = 30;

export type Slice = 'top' | 'bottom' | 'all';

export function SliceChooser({ value, onChange, total }: { value: Slice; onChange: (s: Slice) => void; total: number }) {
  const t = useT();
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

export function slice<T>(sorted: T[], which: Slice): T[] {
  if (which === 'all' || sorted.length <= SHOWN) return sorted;
  return which === 'top' ? sorted.slice(0, SHOWN) : sorted.slice(-SHOWN);
}

/** Legend and tooltip list the series in the order their bars stand (recharts sorts them by name otherwise). */
const SERIES_ORDER = ['received', 'resolved', 'onTime', 'rate'];
export function bySeriesOrder(item: { dataKey?: unknown }): number {
  const index = SERIES_ORDER.indexOf(String(item.dataKey));
  return index < 0 ? SERIES_ORDER.length : index;
}

export function seriesNames(t: Translate) {
  return { received: t('kpi.received'), resolved: t('kpi.resolved'), onTime: t('charts.onTimeCount'), rate: t('kpi.onTimeRate') };
}

export type ChartLook = {
  colors: ChartPalette;
  axisTick: { fontSize: number; fill: string };
  tooltipStyle: { background: string; borderColor: string; color: string };
  legendText: (value: string) => ReactNode;
  animate: boolean;
};

/** Colours and styles of the theme on screen. */
export function useChartLook(): ChartLook {
  const colors = useChartPalette();
  return useMemo(
    () => ({
      colors,
      axisTick: { fontSize: CHART_FONT_PX, fill: colors.muted },
      tooltipStyle: { background: colors.surface, borderColor: colors.grid, color: colors.text },
      // Recharts writes each legend entry in its series' colour: the words are written in the text colour instead.
      legendText: (value: string) => <span style={{ color: colors.text }}>{value}</span>,
      // Bars that grow are motion a reader may have asked the system to spare them.
      animate: !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches),
    }),
    [colors],
  );
}
