// Received against resolved for the busiest units, drawn for a room: few bars, large names, values written on them,
// and no animation (animated recharts leak over weeks of redraws, and a wall has no one to watch bars grow).
import { Bar, BarChart, CartesianGrid, LabelList, Text, XAxis, YAxis } from 'recharts';
import { formatCount } from '../i18n/format';
import type { TickProps } from '../ui/charts/bar-names';
import { ChartDataTable } from '../ui/charts/chart-card';
import { useChartPalette } from '../ui/charts/chart-palette';
import { KioskChartCard, Plot } from './kiosk-chart-parts';
import { useSlideContext } from './kiosk-slide-context';
import type { VolumeRow } from './kiosk-slides';

export function KioskVolumeChart({ rows }: { rows: VolumeRow[] }) {
  // u: the screen's type unit in px, --u in kiosk.css; every size of the chart is a multiple of it.
  const { t, lang, sizeUnitPx: u } = useSlideContext();
  const colors = useChartPalette('dark');
  const n = (value: unknown) => formatCount(Number(value), lang);
  return (
    <KioskChartCard
      legend={[
        { label: t('kpi.received'), color: colors.received },
        { label: t('kpi.resolved'), color: colors.resolved },
      ]}
      table={
        <ChartDataTable
          className="visually-hidden"
          caption={t('kiosk.volumeTitle')}
          rows={rows}
          rowKey={(row) => row.unitId}
          columns={[
            { header: t('kiosk.unitColumn'), cell: (row) => row.name, rowHeader: true },
            { header: t('kpi.received'), cell: (row) => n(row.received) },
            { header: t('kpi.resolved'), cell: (row) => n(row.resolved) },
          ]}
        />
      }
    >
      <Plot>
        {({ width, height }) => {
          // Each unit gets a band; its two bars share most of it and their value labels fit their thickness.
          const band = height / Math.max(rows.length, 1);
          const barSize = Math.max(4, Math.floor(band * 0.38));
          const valueFont = Math.min(u * 1.6, barSize * 1.05);
          const nameFont = Math.min(u * 1.8, band * 0.38);
          // Names get about a third of the width, on up to two lines; a narrow (portrait) plot gives them more.
          const nameWidth = Math.round(width * (width < u * 80 ? 0.4 : 0.3));
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
              barGap={Math.max(1, u * 0.12)}
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
                    x={Number(props.x) - u * 0.6}
                    y={Number(props.y)}
                    width={nameWidth - u}
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
              <Bar dataKey="received" name={t('kpi.received')} fill={colors.received} isAnimationActive={false}>
                <LabelList dataKey="received" position="right" formatter={n} fill={colors.text} fontSize={valueFont} />
              </Bar>
              <Bar dataKey="resolved" name={t('kpi.resolved')} fill={colors.resolved} isAnimationActive={false}>
                <LabelList dataKey="resolved" position="right" formatter={n} fill={colors.text} fontSize={valueFont} />
              </Bar>
            </BarChart>
          );
        }}
      </Plot>
    </KioskChartCard>
  );
}
