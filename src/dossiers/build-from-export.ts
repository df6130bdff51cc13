// Whole exports into the builder: CSV text in chunks, or an .xlsx file's bytes. The header is checked first,
// so an export that is not a dossier export at all is refused instead of giving a document of nothing but left-outs.
import { createFeedBuilder, type BuildOptions, type BuildResult, type FeedBuilder, type UnitsList } from './build-feed';
import { createCsvRowReader, type CsvRowReader } from './csv-records';
import { readXlsxSheet } from './xlsx-records';

/** The export cannot be read as dossier records at all (no header, or the header lacks required columns). */
export class ExportUnreadableError extends Error {
  override name = 'ExportUnreadableError';
}

function checkHeader(builder: FeedBuilder, header: readonly string[]): void {
  const missing = builder.setHeader(header);
  if (missing.length > 0) {
    const shown = header.slice(0, 12).join(', ');
    throw new ExportUnreadableError(
      `the export's header has no column ${missing.join(', ')} (it has: ${shown || 'nothing'}). ` +
        'Name the columns as DOSSIERS.md does, or give a mapping from its headers to those names.',
    );
  }
}

/** A CSV reader feeding a builder; `push` text as it arrives, then `end()` and `finish()`. */
export function createCsvFeedBuild(units: UnitsList, options: BuildOptions): CsvRowReader & { finish(): BuildResult } {
  const builder = createFeedBuilder(units, options);
  let headerSeen = false;
  const reader = createCsvRowReader(
    (header) => {
      headerSeen = true;
      checkHeader(builder, header);
    },
    (cells, line) => builder.addRow(cells, line),
  );
  return {
    push: (text) => reader.push(text),
    end: () => reader.end(),
    finish() {
      if (!headerSeen) throw new ExportUnreadableError('the export is empty: not even a header row');
      return builder.finish();
    },
  };
}

export function buildFromCsvText(units: UnitsList, options: BuildOptions, text: string): BuildResult {
  const build = createCsvFeedBuild(units, options);
  build.push(text);
  build.end();
  return build.finish();
}

export async function buildFromXlsx(units: UnitsList, options: BuildOptions, data: ArrayBuffer | Uint8Array): Promise<BuildResult> {
  const builder = createFeedBuilder(units, options);
  const { header, rows } = await readXlsxSheet(data);
  if (header.length === 0) throw new ExportUnreadableError('the first sheet is empty: not even a header row');
  checkHeader(builder, header);
  rows.forEach((row, i) => {
    if (row.some((value) => value !== undefined && value !== '')) builder.addRow(row, i + 2);
  });
  return builder.finish();
}
