// The Biểu số 06 table as an .xlsx workbook; imported only when asked for, so the first load carries none of it.
import writeXlsxFile, { type SheetData } from 'write-excel-file/browser';
import { bieu06Cells, type CsvHeaderBlock } from '../stats/bieu-06';
import type { ChildFigures } from '../stats/unit-period-figures';

export async function bieu06XlsxBlob(
  rows: readonly ChildFigures[],
  headers: readonly string[],
  headerBlock: CsvHeaderBlock,
): Promise<Blob> {
  const data: SheetData = [
    ...headerBlock.map(([label, value]) => [{ value: label, fontWeight: 'bold' as const }, { value }]),
    [null],
    headers.map((header) => ({ value: header, fontWeight: 'bold' as const, wrap: true })),
    ...rows.map((row, index) =>
      bieu06Cells(row, index).map((cell) =>
        cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String },
      ),
    ),
  ];
  return writeXlsxFile(data, { sheet: 'Bieu 06', columns: [{ width: 6 }, { width: 40 }] }).toBlob();
}
