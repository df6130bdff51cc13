// The command `npm run feed:build`, spawned as a user runs it: its exit codes, messages and output in any time zone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { comparableFeed } from './test-export';

const REPO = resolve(import.meta.dirname, '../..');
const SHARED = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(REPO, '../shared');
const EXAMPLE = join(SHARED, 'examples/dossiers');
const work = mkdtempSync(join(tmpdir(), 'feed-build-'));
const typoMapping = join(work, 'typo-mapping.json');
writeFileSync(typoMapping, JSON.stringify({ 'Mã hồ sơ': 'mahoso' }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/feed-build.ts', ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const exampleArgs = [
  '--units',
  join(EXAMPLE, 'units.json'),
  '--dossiers',
  join(EXAMPLE, 'dossiers.csv'),
  '--generated-at',
  '2026-03-15T10:00:00+07:00',
  '--from',
  '2026-01',
];

describe('npm run feed:build', { timeout: 60_000 }, () => {
  it('writes exactly the example document and reports what it read, kept, replaced and left out (exit 0)', () => {
    const out = join(work, 'feed.json');
    const { code, stderr } = run([...exampleArgs, '--out', out]);
    expect(code).toBe(0);
    const document = JSON.parse(readFileSync(out, 'utf8'));
    const expected = JSON.parse(readFileSync(join(EXAMPLE, 'expected-feed.json'), 'utf8'));
    expect(comparableFeed(document)).toEqual(comparableFeed(expected));
    expect(stderr).toContain('25 records read: 17 kept, 1 replaced');
    expect(stderr).toContain('left out, unknown kenh: 1 (line 19)');
  });

  it('gives the same document byte for byte under TZ=UTC, America/New_York and Asia/Ho_Chi_Minh', () => {
    const outputs = ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh'].map((zone) => {
      const { code, stdout } = run([...exampleArgs, '--out', '-'], { TZ: zone });
      expect(code).toBe(0);
      return stdout;
    });
    expect(JSON.parse(outputs[0] as string).stats.length).toBeGreaterThan(0);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it.each([
    ['no --dossiers', ['--units', join(EXAMPLE, 'units.json'), '--out', '-'], '--dossiers is missing'],
    ['no --out', [...exampleArgs], '--out is missing'],
    ['a month 13', [...exampleArgs, '--out', '-', '--from', '2026-13'], "the first month '2026-13' is not YYYY-MM"],
    ['due-soon days in words', [...exampleArgs, '--out', '-', '--due-soon-days', 'two'], '--due-soon-days must be a whole number'],
    ['an unknown option', [...exampleArgs, '--out', '-', '--colour', 'red'], "Unknown option '--colour'"],
    ['an --out folder that does not exist', [...exampleArgs, '--out', join(work, 'no/such/folder/feed.json')], 'its folder does not exist'],
    [
      'a units list that is not there',
      ['--units', join(work, 'missing.json'), '--dossiers', join(EXAMPLE, 'dossiers.csv'), '--out', '-'],
      'cannot read the units list',
    ],
    [
      'generatedAt without an offset',
      [
        ...['--units', join(EXAMPLE, 'units.json'), '--dossiers', join(EXAMPLE, 'dossiers.csv'), '--out', '-'],
        ...['--generated-at', '2026-03-15 10:00'],
      ],
      'is not an ISO 8601 time with an offset',
    ],
    [
      'a mapping onto a column DOSSIERS.md does not have',
      [...exampleArgs, '--out', '-', '--mapping', typoMapping],
      'not columns of DOSSIERS.md',
    ],
  ])('exits 2 on %s, saying what to do', (_label, args, message) => {
    const { code, stderr, stdout } = run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run feed:build');
    expect(stdout).toBe('');
  });

  it('exits 1 when the export cannot be read at all: no file, not a dossier export, a broken .xlsx', () => {
    const notAnExport = join(work, 'people.csv');
    writeFileSync(notAnExport, 'name,address\nNguyễn Văn A,Cần Thơ\n');
    const brokenXlsx = join(work, 'broken.xlsx');
    writeFileSync(brokenXlsx, 'PK\x03\x04 this is not a workbook');
    const base = ['--units', join(EXAMPLE, 'units.json'), '--out', '-', '--generated-at', '2026-03-15T10:00:00+07:00'];
    const missing = run([...base, '--dossiers', join(work, 'nothing.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    const wrong = run([...base, '--dossiers', notAnExport]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('has no column maHoSo');
    expect(wrong.stderr).toContain('mapping');
    const broken = run([...base, '--dossiers', brokenXlsx]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('not a readable .xlsx file');
  });

  it('reads an export with Vietnamese headers through the shipped mapping', () => {
    const { code, stdout, stderr } = run([
      ...['--units', join(REPO, 'docs/dossiers/units-vi.json')],
      ...['--dossiers', join(REPO, 'docs/dossiers/export-vi.csv')],
      ...['--mapping', join(REPO, 'docs/dossiers/mapping-vi.json')],
      ...['--generated-at', '2026-03-15T10:00:00+07:00', '--out', '-'],
    ]);
    expect(code, stderr).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.stats.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/records read: \d+ kept/);
    expect(stdout).not.toContain('Nguyễn');
  });

  it('reads an .xlsx export, its date cells in Viet Nam time', async () => {
    const workbook = join(work, 'export.xlsx');
    const header = ['maHoSo', 'donVi', 'linhVuc', 'kenh', 'ngayTiepNhan', 'ngayHenTra', 'trangThai', 'ngayKetThuc'];
    // Excel keeps the wall clock: 31 January 23:30 in Viet Nam, not a UTC instant
    const wallClock = (iso: string) => ({ value: new Date(`${iso}Z`), type: Date, format: 'dd/mm/yyyy hh:mm' });
    const row = ['HS-1', 'C1', 'HT', 'truc_tuyen', '2026-01-31T23:30:00', '2026-02-10T00:00:00', 'da_xu_ly', '2026-02-03T10:00:00'];
    await writeXlsxFile([
      header.map((value) => ({ value, type: String })),
      row.map((value, i) => ([4, 5, 7].includes(i) ? wallClock(value) : { value, type: String })),
    ]).toFile(workbook);
    const { code, stdout, stderr } = run([...exampleArgs.slice(0, 2), '--dossiers', workbook, ...exampleArgs.slice(4), '--out', '-']);
    expect(code, stderr).toBe(0);
    const stats = JSON.parse(stdout).stats;
    expect(stats.map((r: { month: string }) => r.month)).toEqual(['2026-01', '2026-02']);
    expect(stats[0]).toMatchObject({ unitId: 'C1', fieldId: 'HT', receivedOnline: 1, pendingWithinDeadline: 1 });
    expect(stats[1]).toMatchObject({ carriedOver: 1, resolvedEarly: 1 });
  });
});
