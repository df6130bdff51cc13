// A chart and its data table, always together: screen readers skip the drawing (hidden from them, out of the tab
// order) and read the table, which says every number the chart shows.
import type { ReactNode } from 'react';

export type TableColumn<Row> = {
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** The cell that names the row (a unit, a month): a row header for screen readers. */
  rowHeader?: boolean;
  /** Figures, aligned as figures. */
  numeric?: boolean;
};

type TableProps<Row> = {
  columns: ReadonlyArray<TableColumn<Row> | false | null | undefined>;
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  caption?: ReactNode;
  className?: string;
};

export function ChartDataTable<Row>({ columns, rows, rowKey, caption, className }: TableProps<Row>) {
  const shown = columns.filter((column): column is TableColumn<Row> => Boolean(column));
  return (
    <table className={className}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {shown.map((column, index) => (
            <th key={index} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)}>
            {shown.map((column, index) =>
              column.rowHeader ? (
                <th key={index} scope="row">
                  {column.cell(row, rowIndex)}
                </th>
              ) : (
                <td key={index} className={column.numeric ? 'num' : undefined}>
                  {column.cell(row, rowIndex)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type CardProps = {
  className: string;
  /** Title and controls above the chart. */
  caption?: ReactNode;
  /** The drawing (or a note saying there is nothing to draw). */
  children: ReactNode;
  /** Its figures, as a ChartDataTable. */
  table: ReactNode;
  /** Where the table is folded away behind a toggle (the dashboard), the toggle's words; without, the table stands as given. */
  tableToggle?: string;
};

export function ChartCard({ className, caption, children, table, tableToggle }: CardProps) {
  return (
    <figure className={className}>
      {caption ? <figcaption>{caption}</figcaption> : null}
      {children}
      {tableToggle === undefined ? (
        table
      ) : (
        <details>
          <summary>{tableToggle}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}
