// What the kiosk's charts share: a plot drawn at its measured size, a legend large enough for a room, and the card
// that pairs each chart with its table (hidden from sight, read by screen readers).
import type { ReactNode } from 'react';
import { ChartCard } from '../ui/charts/chart-card';
import { useElementSize, type ElementSize } from '../ui/charts/use-element-size';

/** The plot area, measured: the charts are drawn at its exact size (bar thickness and label sizes follow it). */
export function Plot({ children }: { children: (size: ElementSize) => ReactNode }) {
  const [ref, size] = useElementSize();
  return (
    // The table beside each plot says its numbers; screen readers skip the drawing.
    <div className="kiosk-chart__plot" ref={ref} aria-hidden="true">
      {size.width > 0 && size.height > 0 ? children(size) : null}
    </div>
  );
}

export type LegendItem = { label: string; color: string; line?: boolean; hatch?: boolean };

/** In HTML rather than recharts' legend: large, in reading order, and the line shown as a line. */
function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="kiosk-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          {item.hatch ? (
            <svg className="kiosk-legend__swatch" viewBox="0 0 10 10">
              <rect width="10" height="10" fill={item.color} />
            </svg>
          ) : (
            <span className={item.line ? 'kiosk-legend__line' : 'kiosk-legend__swatch'} style={{ background: item.color }} />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** A kiosk chart: its legend, its plot, and its figures as a table for screen readers. */
export function KioskChartCard({ legend, table, children }: { legend: readonly LegendItem[]; table: ReactNode; children: ReactNode }) {
  return (
    <ChartCard className="kiosk-chart" table={table}>
      <ChartLegend items={legend} />
      {children}
    </ChartCard>
  );
}
