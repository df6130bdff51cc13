// npm run feed:build -- --units units.json --dossiers export.csv --out feed.json
// Builds a tthc-feed/1 document from a dossier export by DOSSIERS.md's rules. Exit 0: a document was written
// (records left out included); 1: the export cannot be read at all; 2: the arguments are wrong.
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildOptionsError, type BuildOptions, type BuildResult, type UnitsList } from '../src/dossiers/build-feed';
import { ExportUnreadableError, buildFromXlsx, createCsvFeedBuild } from '../src/dossiers/build-from-export';
import { reportText } from '../src/dossiers/build-report-text';
import { DOSSIER_COLUMNS } from '../src/dossiers/dossier-record';
import { feedJson } from '../src/dossiers/feed-json';
import { formatVnTime } from '../src/dossiers/vn-time';
import { XlsxUnreadableError } from '../src/dossiers/xlsx-records';

const USAGE = `usage: npm run feed:build -- --units units.json --dossiers export.csv|export.xlsx --out feed.json|-
  [--generated-at 2026-03-15T10:00:00+07:00] [--from YYYY-MM] [--due-soon-days N] [--mapping mapping.json]`;

class UsageError extends Error {}

function fail(code: 1 | 2, message: string): never {
  process.stderr.write(`feed:build: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${what} ${path}: check the path`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`${what} ${path} is not JSON (${(error as Error).message}): mend the file`);
  }
}

type Command = { units: UnitsList; dossiers: string; out: string; options: BuildOptions };

function readCommand(argv: string[]): Command {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        units: { type: 'string' },
        dossiers: { type: 'string' },
        out: { type: 'string' },
        'generated-at': { type: 'string' },
        from: { type: 'string' },
        'due-soon-days': { type: 'string' },
        mapping: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.units) throw new UsageError('--units is missing: the units list (units.json) the export refers to');
  if (!values.dossiers) throw new UsageError('--dossiers is missing: the export (.csv or .xlsx) to build from');
  if (!values.out) throw new UsageError('--out is missing: a file to write the document to, or - for standard output');
  if (values.out !== '-' && !existsSync(dirname(resolve(values.out)))) {
    throw new UsageError(`--out ${values.out}: its folder does not exist; create it first`);
  }
  let dueSoonDays: number | undefined;
  if (values['due-soon-days'] !== undefined) {
    dueSoonDays = /^\d+$/.test(values['due-soon-days']) ? Number(values['due-soon-days']) : NaN;
    if (Number.isNaN(dueSoonDays)) throw new UsageError('--due-soon-days must be a whole number of days, e.g. 2');
  }
  const units = readJson(values.units, 'the units list') as UnitsList;
  let mapping: Record<string, string> | undefined;
  if (values.mapping) {
    const read = readJson(values.mapping, 'the mapping');
    const entries = read && typeof read === 'object' && !Array.isArray(read) ? Object.entries(read) : null;
    if (!entries || entries.some(([, name]) => typeof name !== 'string')) {
      throw new UsageError(`the mapping ${values.mapping} must be one JSON object: { "export header": "maHoSo", … }`);
    }
    const unknown = entries.filter(([, name]) => !(DOSSIER_COLUMNS as readonly unknown[]).includes(name));
    if (unknown.length > 0) {
      throw new UsageError(
        `the mapping ${values.mapping} maps onto ${unknown.map(([, name]) => `'${name}'`).join(', ')}, ` +
          `not columns of DOSSIERS.md (${DOSSIER_COLUMNS.join(', ')})`,
      );
    }
    mapping = Object.fromEntries(entries) as Record<string, string>;
  }
  // The moment of the build, to the second, in Viet Nam time.
  const generatedAt = values['generated-at'] ?? formatVnTime(Math.floor(Date.now() / 1000) * 1000);
  const options: BuildOptions = { generatedAt };
  if (values.from !== undefined) options.fromMonth = values.from;
  if (dueSoonDays !== undefined) options.dueSoonDays = dueSoonDays;
  if (mapping) options.mapping = mapping;
  return { units, dossiers: values.dossiers, out: values.out, options };
}

/** A bar on a terminal for exports big enough to wait for; nothing in a pipe or a log. */
function progress(total: number): { update(done: number): void; clear(): void } {
  const shown = process.stderr.isTTY === true && total >= 8 * 1024 * 1024;
  let last = 0;
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);
  return {
    update(done) {
      const now = Date.now();
      if (!shown || now - last < 200) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      process.stderr.write(`\r${bar} ${Math.floor((done / total) * 100)}%  ${mb(done)} of ${mb(total)} MB`);
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[2K');
    },
  };
}

async function buildCsv(path: string, units: UnitsList, options: BuildOptions): Promise<BuildResult> {
  const build = createCsvFeedBuild(units, options);
  const bar = progress(statSync(path).size);
  let done = 0;
  // utf8 decoding by the stream keeps a character split between two chunks whole.
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  for await (const chunk of stream as AsyncIterable<string>) {
    build.push(chunk);
    done += stream.bytesRead - done;
    bar.update(done);
  }
  build.end();
  bar.clear();
  return build.finish();
}

function isXlsx(path: string): boolean {
  if (/\.xlsx$/i.test(path)) return true;
  // An .xlsx is a zip whatever its name says: its first bytes are PK\3\4.
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  readSync(fd, head, 0, 4, 0);
  closeSync(fd);
  return head.toString('latin1') === 'PK\x03\x04';
}

async function main(): Promise<void> {
  let command: Command;
  try {
    command = readCommand(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(2, error.message);
    throw error;
  }
  const { dossiers, units, options, out } = command;
  if (!existsSync(dossiers) || !statSync(dossiers).isFile()) {
    fail(1, `cannot read the export ${dossiers}: no such file; check the path given to --dossiers`);
  }
  const started = performance.now();
  let result: BuildResult;
  try {
    result = isXlsx(dossiers) ? await buildFromXlsx(units, options, readFileSync(dossiers)) : await buildCsv(dossiers, units, options);
  } catch (error) {
    if (error instanceof BuildOptionsError) fail(2, `${error.message}; mend the argument or the units list`);
    if (error instanceof ExportUnreadableError || error instanceof XlsxUnreadableError) {
      fail(1, `cannot read the export ${dossiers}: ${error.message}`);
    }
    const message = error instanceof Error ? error.message : String(error);
    fail(1, `cannot read the export ${dossiers}: ${message}`);
  }
  const json = feedJson(result.document);
  if (out === '-') process.stdout.write(json);
  else {
    try {
      writeFileSync(out, json);
    } catch (error) {
      fail(2, `cannot write ${out} (${(error as Error).message}): give --out a writable path`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rows = result.document.stats.length;
  process.stderr.write(`${reportText(result.report).join('\n')}\n`);
  process.stderr.write(`wrote ${out === '-' ? 'standard output' : out}: ${rows} rows, in ${seconds} s\n`);
}

await main();
