// The first sheet of an .xlsx export as header and rows, through read-excel-file's universal build (Node and browser).
import { readSheet } from 'read-excel-file/universal';
import type { CellValue } from './dossier-record';
import { VN_OFFSET_MS } from './vn-time';

/** `rows[i]` is the sheet's row i + 2 (the header is row 1): the line number the builder reports. */
export type XlsxSheet = { header: string[]; rows: CellValue[][] };

/** The reader could not open the file as a spreadsheet. */
export class XlsxUnreadableError extends Error {
  override name = 'XlsxUnreadableError';
}

/**
 * Excel stores a date cell as the wall-clock time written in it, which the reader hands over as that clock read
 * in UTC. The export's clock is Viet Nam's, so the instant is 7 hours earlier.
 */
function cell(value: unknown): CellValue {
  // to the second: a serial day number is a float, and 08:00 may come back as 07:59:59.999
  if (value instanceof Date) return new Date(Math.round(value.getTime() / 1000) * 1000 - VN_OFFSET_MS);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string' || typeof value === 'number') return value;
  return undefined;
}

export async function readXlsxSheet(data: ArrayBuffer | Uint8Array): Promise<XlsxSheet> {
  const buffer = data instanceof Uint8Array ? (data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer) : data;
  let table: unknown[][];
  try {
    table = (await readSheet(buffer)) as unknown[][];
  } catch (error) {
    throw new XlsxUnreadableError(`not a readable .xlsx file (${error instanceof Error ? error.message : error})`);
  }
  const [first = [], ...rest] = table;
  const header = first.map((name) => (name === null || name === undefined ? '' : String(name).trim()));
  return { header, rows: rest.map((row) => row.map(cell)) };
}

/** The sheet's rows as header -> cell records, with their row numbers; returns the header. */
export async function readXlsxRecords(
  data: ArrayBuffer | Uint8Array,
  onRecord: (cells: Record<string, CellValue>, line: number) => void,
): Promise<string[]> {
  const { header, rows } = await readXlsxSheet(data);
  rows.forEach((row, i) => {
    if (row.every((value) => value === undefined || value === '')) return;
    const record: Record<string, CellValue> = {};
    header.forEach((name, c) => {
      if (name !== '') record[name] = row[c];
    });
    onRecord(record, i + 2);
  });
  return header;
}
