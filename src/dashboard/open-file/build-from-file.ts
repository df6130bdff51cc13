// Turns a dossier export held in a Blob (CSV or .xlsx) into a tthc-feed/1 document with DOSSIERS.md's rules, saying how
// many bytes it has read as it goes. No DOM and no React: the worker runs it, and so do the unit tests in Node.
import { createFeedBuilder, type BuildOptions, type BuildResult, type FeedBuilder, type UnitsList } from '../../dossiers/build-feed';
import { createCsvRowReader } from '../../dossiers/csv-records';
import type { BuildFailure } from './build-protocol';
import { fileKind, SNIFF_BYTES } from './file-kind';

export class ExportNotRead extends Error {
  readonly failure: BuildFailure;
  constructor(failure: BuildFailure) {
    super(`export not read: ${failure.code}`);
    this.name = 'ExportNotRead';
    this.failure = failure;
  }
}

export type BuildProgress = { read(bytes: number, total: number): void; unpacking(): void };

export async function buildFromBlob(file: Blob, units: UnitsList, options: BuildOptions, progress: BuildProgress): Promise<BuildResult> {
  const kind = fileKind(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  if (kind === 'binary' || kind === 'empty') throw new ExportNotRead({ code: kind });
  let result: BuildResult;
  try {
    const builder = createFeedBuilder(units, options);
    if (kind === 'xlsx') await readXlsx(file, builder, progress);
    else await readCsv(file, builder, progress);
    result = builder.finish();
  } catch (error) {
    if (error instanceof ExportNotRead) throw error;
    throw new ExportNotRead({ code: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
  if (result.report.kept === 0) throw new ExportNotRead({ code: 'no-records', report: result.report });
  return result;
}

/** An export without the columns every record needs is not read further: none of its records could count. */
function checkHeader(builder: FeedBuilder, header: readonly string[]): void {
  const missing = builder.setHeader(header);
  if (missing.length > 0) throw new ExportNotRead({ code: 'missing-columns', columns: missing });
}

/** Streams the bytes through the CSV reader: memory follows the records kept, never the file's size. */
async function readCsv(file: Blob, builder: FeedBuilder, progress: BuildProgress): Promise<void> {
  const csv = createCsvRowReader(
    (header) => checkHeader(builder, header),
    (cells, line) => builder.addRow(cells, line),
  );
  // UTF-8 with its BOM dropped; a byte that is not UTF-8 becomes U+FFFD, and a record it spoils is left out by the rules.
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      csv.push(decoder.decode(value, { stream: true }));
      progress.read(read, file.size);
    }
  } finally {
    reader.releaseLock();
  }
  csv.push(decoder.decode());
  csv.end();
}

async function readXlsx(file: Blob, builder: FeedBuilder, progress: BuildProgress): Promise<void> {
  const data = await file.arrayBuffer();
  progress.read(file.size, file.size);
  progress.unpacking();
  // Only here: the page itself never carries the workbook reader.
  const { readXlsxSheet } = await import('../../dossiers/xlsx-records');
  const { header, rows } = await readXlsxSheet(data);
  checkHeader(builder, header);
  rows.forEach((row, index) => {
    // The sheet's row number: the header is row 1.
    if (!row.every((value) => value === undefined || value === '')) builder.addRow(row, index + 2);
  });
}
