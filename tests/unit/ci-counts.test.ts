// .ci/run's counting of a vitest suite (scripts/ci-counts.ts): a failed suite can never pass by leaving an unreadable
// report, a report without numbers, or an exit status the report does not account for.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suiteCounts } from '../../scripts/ci-counts';

const report = (fields: Record<string, unknown>) =>
  JSON.stringify({ numPassedTests: 10, numFailedTests: 0, numTotalTests: 10, numFailedTestSuites: 0, success: true, ...fields });

describe('suiteCounts', () => {
  it('counts a good report of a run that exited 0', () => {
    expect(suiteCounts(report({}), 0)).toEqual({ passed: 10, failed: 0, problems: [] });
  });

  it('counts the failed tests of a failed run', () => {
    expect(suiteCounts(report({ numPassedTests: 7, numFailedTests: 3, success: false }), 1)).toMatchObject({ passed: 7, failed: 3 });
  });

  it('fails a suite that wrote no report, whatever its exit status', () => {
    expect(suiteCounts(null, 1)).toMatchObject({ passed: 0, failed: 1, problems: ['wrote no report'] });
    expect(suiteCounts(null, 0)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('fails a report that is not JSON, cut off, or not an object', () => {
    for (const text of ['', '<html>', report({}).slice(0, 40), '[]', 'null', '42']) {
      const counts = suiteCounts(text, 1);
      expect(counts.failed, text).toBe(1);
      expect(counts.problems, text).toHaveLength(1);
    }
  });

  it('fails a report whose counts are missing or not numbers', () => {
    for (const fields of [
      { numPassedTests: undefined },
      { numFailedTests: '0' },
      { numTotalTests: null },
      { numPassedTests: -1 },
      { numFailedTests: 1.5 },
    ]) {
      expect(suiteCounts(report(fields), 0).failed, JSON.stringify(fields)).toBe(1);
    }
  });

  it('fails a run that ran no tests', () => {
    expect(suiteCounts(report({ numPassedTests: 0, numTotalTests: 0 }), 0)).toMatchObject({ failed: 1, problems: ['ran no tests'] });
  });

  it('fails a run that exited non-zero with a report of no failed test (a file that did not load, a timeout in a hook)', () => {
    expect(suiteCounts(report({}), 1)).toMatchObject({ passed: 10, failed: 1, problems: ['exited 1 with no failed test'] });
    expect(suiteCounts(report({ numFailedTestSuites: 2 }), 1)).toMatchObject({ passed: 10, failed: 1 });
    expect(suiteCounts(report({ success: false }), 0)).toMatchObject({ passed: 10, failed: 1 });
  });

  it('fails when the exit status is unknown', () => {
    expect(suiteCounts(report({}), Number.NaN).failed).toBe(1);
  });
});

describe('scripts/ci-counts.ts as .ci/run runs it', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ci-counts.ts', ...args], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
  const dir = mkdtempSync(join(tmpdir(), 'ci-counts-'));

  it('prints "passed failed" for a report, and "0 1" with the reason for a missing one', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, report({ numPassedTests: 4, numTotalTests: 4 }));
    expect(run(good, '0').stdout).toBe('4 0\n');
    const missing = run(join(dir, 'missing.json'), '1');
    expect(missing.stdout).toBe('0 1\n');
    expect(missing.stderr).toContain('wrote no report');
  }, 60_000);
});
