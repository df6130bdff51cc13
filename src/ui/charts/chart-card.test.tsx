// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ChartCard, ChartDataTable } from './chart-card';

type Row = { name: string; received: number; resolved: number };
const rows: Row[] = [
  { name: 'Sở Tư pháp', received: 20403, resolved: 20093 },
  { name: 'Sở Tài chính', received: 16134, resolved: 15905 },
];

function table(withResolved: boolean) {
  return (
    <ChartDataTable
      rows={rows}
      rowKey={(row) => row.name}
      caption="Theo đơn vị"
      columns={[
        { header: 'Đơn vị', cell: (row) => row.name, rowHeader: true },
        { header: 'Đã tiếp nhận', cell: (row) => row.received, numeric: true },
        withResolved && { header: 'Đã giải quyết', cell: (row) => row.resolved, numeric: true },
      ]}
    />
  );
}

describe('ChartDataTable', () => {
  it('names each row by its header cell and leaves out the columns not asked for', () => {
    render(table(false));
    const grid = screen.getByRole('table', { name: 'Theo đơn vị' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Đơn vị', 'Đã tiếp nhận']);
    expect(within(grid).getByRole('rowheader', { name: 'Sở Tài chính' })).toBeTruthy();
    const cells = within(grid).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['20403', '16134']);
    expect(cells.every((cell) => cell.classList.contains('num'))).toBe(true);
  });
});

describe('ChartCard', () => {
  it('keeps the table with the chart, folded behind its toggle when one is named', () => {
    const { container } = render(
      <ChartCard className="chart-card" caption={<h3>Tiếp nhận</h3>} table={table(true)} tableToggle="Xem bảng số liệu">
        <div aria-hidden="true">drawing</div>
      </ChartCard>,
    );
    const figure = container.querySelector('figure.chart-card');
    expect(figure?.querySelector('figcaption h3')?.textContent).toBe('Tiếp nhận');
    expect(figure?.querySelector('details > summary')?.textContent).toBe('Xem bảng số liệu');
    expect(figure?.querySelector('details > table')).not.toBeNull();
  });

  it('stands the table as given when there is no toggle (the kiosk hides it from sight itself)', () => {
    const { container } = render(
      <ChartCard className="kiosk-chart" table={table(true)}>
        <div aria-hidden="true">drawing</div>
      </ChartCard>,
    );
    expect(container.querySelector('details')).toBeNull();
    expect(container.querySelector('figcaption')).toBeNull();
    expect(container.querySelector('figure.kiosk-chart > table')).not.toBeNull();
  });
});
