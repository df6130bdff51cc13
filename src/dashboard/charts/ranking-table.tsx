// The ranking chart's figures, as screen readers hear them: rank, unit, rate with its below-target flag, change in words.
import { ChartDataTable } from '../../ui/charts/chart-card';
import { useT } from '../../ui/use-t';
import { seriesNames } from './chart-parts';

export type RankingRow = {
  fullName: string;
  /** Percent. */
  rate: number;
  rateText: string;
  /** What the bar's end says: the rate, ⚠ before it when below target. */
  rateLabel: string;
  below: boolean;
  /** Points. */
  change: number;
  fell: boolean;
  changeText: string;
  changeWords: string;
};

export function RankingTable({ rows, withChanges }: { rows: readonly RankingRow[]; withChanges: boolean }) {
  const t = useT();
  return (
    <ChartDataTable
      className="data-table data-table--compact"
      rows={rows}
      rowKey={(row) => row.fullName}
      columns={[
        { header: '#', cell: (_, index) => index + 1, numeric: true },
        { header: t('col.unit'), cell: (row) => row.fullName, rowHeader: true },
        {
          header: seriesNames(t).rate,
          cell: (row) => `${row.rateText}${row.below ? ` (${t('table.flagBelow')})` : ''}`,
          numeric: true,
        },
        withChanges && { header: t('charts.rankByChange'), cell: (row) => row.changeWords, numeric: true },
      ]}
    />
  );
}
