// npm run bench:builder [-- --count 2000000]: the feed builder on a generated export of Cần Thơ beside DuckDB
// (@duckdb/node-api) computing received by channel and resolved early / on time / late per unit, field and month
// on the same file. Each runs in a child process that reports its own peak RSS; wall times include starting Node.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000000' },
    child: { type: 'string' },
    csv: { type: 'string' },
  },
  allowPositionals: true,
  strict: false,
});
const REPO = resolve(import.meta.dirname, '..');
const TMP = join(REPO, '.tmp', 'bench-builder');
const GENERATED_AT = '2026-11-30T17:00:00+07:00';

/** The peak RSS of this process, reported on stderr for the parent to read. */
function reportRssOnExit(): void {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const memory = process.memoryUsage();
    const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
    process.stderr.write(
      `\nmaxRSS ${usage.maxRSS} cpu ${usage.userCPUTime + usage.systemCPUTime}\n` +
        `at exit: heap ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)} MB, array buffers ${mb(memory.arrayBuffers)} MB\n`,
    );
  });
}

// ---- children

async function builderChild(argv: string[]): Promise<void> {
  reportRssOnExit();
  process.argv = [process.argv[0] as string, 'feed-build.ts', ...argv];
  await import('./feed-build');
}

/** A time column of this export as a timestamp in Viet Nam wall time: ISO at +07:00, with a space, or dd/MM/yyyy. */
const vnTimestamp = (column: string) => `CASE
    WHEN ${column} IS NULL OR ${column} = '' THEN NULL
    WHEN substr(${column}, 3, 1) = '/' THEN try_strptime(${column}, '%d/%m/%Y %H:%M')
    WHEN length(${column}) = 16 THEN try_strptime(${column}, '%Y-%m-%d %H:%M')
    ELSE try_strptime(substr(${column}, 1, 19), '%Y-%m-%dT%H:%M:%S') END`;

async function duckdbChild(csv: string): Promise<void> {
  reportRssOnExit();
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const sql = `
    WITH d AS (
      SELECT donVi, linhVuc, kenh, trangThai, try_cast(soLanBoSung AS INTEGER) AS n,
        ${vnTimestamp('ngayTiepNhan')} AS received, ${vnTimestamp('ngayKetThuc')} AS ended,
        try_cast(ngayHenTra AS DATE) AS due,
        ${vnTimestamp('ngayYeuCauBoSung')} AS requested, ${vnTimestamp('ngayBoSung')} AS answered
      FROM read_csv('${csv.replaceAll("'", "''")}', header = true, all_varchar = true)
    ),
    received AS (
      SELECT donVi, linhVuc, strftime(received, '%Y-%m') AS month,
        count(*) FILTER (WHERE kenh = 'truc_tuyen') AS online,
        count(*) FILTER (WHERE kenh = 'truc_tiep') AS direct,
        count(*) FILTER (WHERE kenh = 'buu_chinh') AS postal
      FROM d WHERE received IS NOT NULL GROUP BY ALL
    ),
    judged AS (
      SELECT donVi, linhVuc, strftime(ended, '%Y-%m') AS month, CAST(ended AS DATE) AS end_day,
        CASE WHEN n = 1 AND answered IS NOT NULL AND answered <= ended
          THEN CAST(CAST(due AS TIMESTAMP) + (answered - requested) AS DATE) ELSE due END AS due_day, n
      FROM d WHERE trangThai = 'da_xu_ly' AND ended IS NOT NULL
    ),
    resolved AS (
      SELECT donVi, linhVuc, month,
        count(*) FILTER (WHERE n <= 1 AND end_day < due_day) AS early,
        count(*) FILTER (WHERE n <= 1 AND end_day = due_day) AS on_time,
        count(*) FILTER (WHERE n > 1 OR end_day > due_day) AS late
      FROM judged GROUP BY ALL
    )
    SELECT * FROM received FULL OUTER JOIN resolved USING (donVi, linhVuc, month)`;
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRows();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ rows: rows.length, seconds }));
}

// ---- the parent

async function generate(csv: string, unitsPath: string, count: number): Promise<void> {
  const stamp = `${csv}.meta`;
  const meta = `count=${count} v1`;
  if (existsSync(csv) && existsSync(stamp) && readFileSync(stamp, 'utf8') === meta) return;
  const { canThoUnitsList, dossierExportLines } = await import('../mocks/dossier-export');
  const units = canThoUnitsList();
  writeFileSync(unitsPath, JSON.stringify(units));
  const started = performance.now();
  const fd = openSync(csv, 'w');
  let batch: string[] = [];
  const lines = dossierExportLines(units, {
    count,
    fromMs: Date.parse('2025-01-01T00:00:00+07:00'),
    asOfMs: Date.parse(GENERATED_AT),
    badShare: 0.001,
    updateShare: 0.01,
  });
  for (const line of lines) {
    batch.push(line);
    if (batch.length === 20_000) {
      writeSync(fd, `${batch.join('\n')}\n`);
      batch = [];
    }
  }
  writeSync(fd, `${batch.join('\n')}\n`);
  closeSync(fd);
  writeFileSync(stamp, meta);
  process.stdout.write(`generated ${csv} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

type Run = { seconds: number; cpuSeconds: number; maxRssMb: number; stderr: string; stdout: string };

function runChild(args: string[]): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/bench-builder.ts'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`child ${args[1]} failed (${result.status}): ${result.stderr}`);
  const usage = /maxRSS (\d+) cpu (\d+)/.exec(result.stderr);
  const maxRssMb = usage ? Number(usage[1]) / 1024 : NaN;
  const cpuSeconds = usage ? Number(usage[2]) / 1e6 : NaN;
  return { seconds, cpuSeconds, maxRssMb, stderr: result.stderr, stdout: result.stdout };
}

async function main(): Promise<void> {
  if (values.child === 'builder') return builderChild(process.argv.slice(process.argv.indexOf('--') + 1));
  if (values.child === 'duckdb') return duckdbChild(String(values.csv));
  const count = Number(values.count);
  mkdirSync(TMP, { recursive: true });
  const csv = join(TMP, `dossiers-${count}.csv`);
  const unitsPath = join(TMP, 'units.json');
  await generate(csv, unitsPath, count);
  const mb = statSync(csv).size / (1024 * 1024);
  process.stdout.write(`export: ${count.toLocaleString('en-US')} dossiers, ${mb.toFixed(0)} MB of CSV\n`);

  const out = join(TMP, 'feed.json');
  const builderArgs = ['--units', unitsPath, '--dossiers', csv, '--out', out, '--generated-at', GENERATED_AT];
  const builder = runChild(['--child', 'builder', '--', ...builderArgs]);
  const duck = runChild(['--child', 'duckdb', '--csv', csv]);
  const duckInside = JSON.parse(duck.stdout) as { rows: number; seconds: number };
  const report = builder.stderr
    .split('\n')
    .filter((line) => line.includes('records read') || line.startsWith('wrote'))
    .join('\n  ');

  const line = (run: Run) => [`${run.seconds.toFixed(1)} s`, `${run.cpuSeconds.toFixed(1)} s`, `${run.maxRssMb.toFixed(0)} MB`];
  const table = [
    ['', 'wall time', 'CPU time', 'peak RSS'],
    ['feed builder (every rule, pending stocks, left-outs)', ...line(builder)],
    ['DuckDB (received by channel, resolved by timeliness)', ...line(duck)],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((row) => (row[c] as string).length)));
  for (const row of table) {
    const cells = row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number)));
    process.stdout.write(`${cells.join('  ')}\n`);
  }
  const [load] = loadavg();
  process.stdout.write(
    `ratio builder / DuckDB: ${(builder.seconds / duck.seconds).toFixed(2)}x wall time, ` +
      `${(builder.cpuSeconds / duck.cpuSeconds).toFixed(2)}x CPU time (goal ≤ 2x); ` +
      `builder peak RSS ${builder.maxRssMb.toFixed(0)} MB (goal ≤ 512 MB)\n` +
      `DuckDB's query inside its process: ${duckInside.seconds.toFixed(1)} s for ${duckInside.rows} rows; ` +
      `${cpus().length} cores, load average ${load?.toFixed(1)} when done\n` +
      `builder: ${report}\n`,
  );
}

await main();
