import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UnitsList } from '../../dossiers/build-feed';
import { buildFromBlob, ExportNotRead } from './build-from-file';

const example = (name: string) => readFileSync(new URL(`../../../docs/examples/dossiers/${name}`, import.meta.url), 'utf8');
const units = JSON.parse(example('units.json')) as UnitsList;
const expected = JSON.parse(example('expected-feed.json')) as { stats: Record<string, unknown>[]; leftOut: unknown[] };
const options = { generatedAt: '2026-03-15T10:00:00+07:00', fromMonth: '2026-01' };

type Row = Record<string, unknown> & { unitId: string; month: string; fieldId?: string };
const key = (row: Row) => `${row.unitId}|${row.fieldId ?? ''}|${row.month}`;
const nonZero = (rows: Row[]) =>
  rows
    .filter((row) => Object.entries(row).some(([name, value]) => typeof value === 'number' && value !== 0 && name !== 'month'))
    .sort((a, b) => key(a).localeCompare(key(b)));

function progressLog() {
  const reads: number[] = [];
  return { reads, progress: { read: (bytes: number) => reads.push(bytes), unpacking: () => undefined } };
}

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ExportNotRead);
  return (error as ExportNotRead).failure;
}

describe('buildFromBlob', () => {
  it('builds the shared example export into the document DOSSIERS.md gives for it, read in small chunks', async () => {
    const text = example('dossiers.csv');
    // Many parts: the reader sees records cut anywhere, as it does in a large file.
    const parts = text.match(/[\s\S]{1,37}/g) ?? [];
    const { reads, progress } = progressLog();
    const file = new Blob(parts, { type: 'text/csv' });
    const { document, report } = await buildFromBlob(file, units, options, progress);
    expect(nonZero(document.stats as Row[])).toEqual(nonZero(expected.stats as Row[]));
    expect(document.leftOut).toEqual(expected.leftOut);
    expect(report.kept).toBeGreaterThan(0);
    expect(reads.at(-1)).toBe(file.size);
    // The names of citizens in the export never reach the document.
    expect(JSON.stringify(document)).not.toContain('Nguyễn Văn A');
  });

  it('reads an export with a BOM and semicolons the same way', async () => {
    const text = example('dossiers.csv');
    const semicolons = `\uFEFF${text.replace(/,/g, ';')}`;
    const plain = await buildFromBlob(new Blob([text]), units, options, progressLog().progress);
    const other = await buildFromBlob(new Blob([semicolons]), units, options, progressLog().progress);
    expect(nonZero(other.document.stats as Row[])).toEqual(nonZero(plain.document.stats as Row[]));
  });

  it('refuses a binary file, an empty one, one without the export columns and one with no usable record', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]);
    expect(await failureOf(buildFromBlob(png, units, options, progressLog().progress))).toEqual({ code: 'binary' });
    expect(await failureOf(buildFromBlob(new Blob(['\n\n']), units, options, progressLog().progress))).toEqual({ code: 'empty' });
    const notExport = await failureOf(buildFromBlob(new Blob(['name,age\nAn,30\n']), units, options, progressLog().progress));
    expect(notExport.code).toBe('missing-columns');
    expect(notExport.code === 'missing-columns' && notExport.columns).toContain('maHoSo');
    const header = example('dossiers.csv').split('\n')[0];
    const allBad = `${header}\nHS-1,X9,HT,truc_tuyen,2026-01-05,2026-01-10,dang_xu_ly,,0,,,A\n`;
    const noRecords = await failureOf(buildFromBlob(new Blob([allBad]), units, options, progressLog().progress));
    expect(noRecords.code).toBe('no-records');
    expect(noRecords.code === 'no-records' && noRecords.report.read).toBe(1);
  });
});
