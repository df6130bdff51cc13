// The Biểu số 06 table as an .xlsx workbook; imported only when asked for, so the first load carries none of it.
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import type { CsvHeaderBlock } from '../stats/bieu-06';
import type { ReportCell, ReportTable } from './report-export';

function sheetCell(cell: ReportCell) {
  if (cell === null) return null;
  if (typeof cell === 'string') return { value: cell, type: String };
  // A rate or a change is a number with one decimal, which Excel shows with the reader's own decimal mark.
  return 'count' in cell ? { value: cell.count, type: Number } : { value: cell.tenths / 10, type: Number, format: '0.0' };
}

export async function bieu06XlsxBlob(table: ReportTable, headerBlock: CsvHeaderBlock): Promise<Blob> {
  const data: SheetData = [
    ...headerBlock.map(([label, value]) => [{ value: label, fontWeight: 'bold' as const }, { value }]),
    [null],
    table.headers.map((header) => ({ value: header, fontWeight: 'bold' as const, wrap: true })),
    ...table.rows.map((row) => row.map(sheetCell)),
    table.totals.map((cell) => (cell === null ? null : { ...sheetCell(cell)!, fontWeight: 'bold' as const })),
  ];
  return writeXlsxFile(data, { sheet: 'Bieu 06', columns: [{ width: 6 }, { width: 40 }] }).toBlob();
}
