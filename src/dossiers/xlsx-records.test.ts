// .xlsx exports: the first sheet, the same headers, date cells read as Viet Nam time; the same figures as the CSV.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { UnitsList } from './build-feed';
import { buildFromCsvText, buildFromXlsx } from './build-from-export';
import { readXlsxRecords } from './xlsx-records';

const REPO = resolve(import.meta.dirname, '../..');
const SHARED = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(REPO, '../shared');
const EXAMPLE = join(SHARED, 'examples/dossiers');
const OPTIONS = { generatedAt: '2026-03-15T10:00:00+07:00', fromMonth: '2026-01' };

/** A time of the example as an Excel date cell: the Viet Nam wall clock, as Excel keeps it. */
function dateCell(text: string): SheetData[number][number] {
  const ms = Date.parse(text.includes('T') && /(Z|[+-]\d\d:\d\d)$/.test(text) ? text : `${text}+07:00`);
  if (Number.isNaN(ms)) return { value: text, type: String };
  return { value: new Date(ms + 7 * 3_600_000), type: Date, format: 'dd/mm/yyyy hh:mm:ss' };
}

/** The shared example's CSV as a workbook: ISO times become date cells, the rest text or numbers. */
async function exampleWorkbook(): Promise<Buffer> {
  const [header = '', ...lines] = readFileSync(join(EXAMPLE, 'dossiers.csv'), 'utf8').trim().split('\n');
  const names = header.split(',');
  const data: SheetData = [names.map((name) => ({ value: name, type: String }))];
  for (const line of lines) {
    data.push(
      line.split(',').map((value, i) => {
        if (value === '') return null;
        if (names[i] === 'soLanBoSung') return { value: Number(value), type: Number };
        if (names[i]?.startsWith('ngay') && /^\d{4}-/.test(value)) return dateCell(value.replace(' ', 'T'));
        return { value, type: String };
      }),
    );
  }
  return writeXlsxFile(data).toBuffer();
}

describe('.xlsx exports', () => {
  const units = JSON.parse(readFileSync(join(EXAMPLE, 'units.json'), 'utf8')) as UnitsList;

  it('give the same document as the same export in CSV', async () => {
    const workbook = await exampleWorkbook();
    const fromCsv = buildFromCsvText(units, OPTIONS, readFileSync(join(EXAMPLE, 'dossiers.csv'), 'utf8'));
    const fromXlsx = await buildFromXlsx(units, OPTIONS, workbook);
    expect(fromXlsx.document.stats).toEqual(fromCsv.document.stats);
    expect(fromXlsx.document.leftOut).toEqual(fromCsv.document.leftOut);
    expect(fromXlsx.report).toEqual(fromCsv.report);
  });

  it('read date cells as Viet Nam wall-clock time and number rows as the sheet does', async () => {
    const data: SheetData = [
      [
        { value: 'maHoSo', type: String },
        { value: 'ngayTiepNhan', type: String },
      ],
      [{ value: 'A', type: String }, dateCell('2026-01-31T23:30:00')],
    ];
    const records: Array<[Record<string, unknown>, number]> = [];
    await readXlsxRecords(await writeXlsxFile(data).toBuffer(), (cells, line) => records.push([cells, line]));
    expect(records).toHaveLength(1);
    const [cells, line] = records[0] as [Record<string, unknown>, number];
    expect(line).toBe(2);
    expect((cells.ngayTiepNhan as Date).toISOString()).toBe('2026-01-31T16:30:00.000Z');
  });
});
