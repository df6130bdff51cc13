// What .ci/run counts for one vitest suite: its passed and failed tests, read from its JSON report and its exit status.
// A report that is missing, unreadable or without numbers is a failure, and so is a non-zero exit that the report
// does not account for: a suite can never pass by leaving no readable trace.
//
//   npx tsx scripts/ci-counts.ts <report.json> <exit status>   →   prints "<passed> <failed>", reasons on stderr
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export type SuiteCounts = { passed: number; failed: number; problems: string[] };

const count = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The counts of a suite from its report's text (null when there is no file) and the exit status of its command. */
export function suiteCounts(reportText: string | null, exitStatus: number): SuiteCounts {
  const problems: string[] = [];
  let passed = 0;
  let failed = 0;
  let report: Record<string, unknown> | null = null;
  if (reportText === null) problems.push('wrote no report');
  else {
    try {
      const parsed: unknown = JSON.parse(reportText);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) report = parsed as Record<string, unknown>;
      else problems.push('report is not a JSON object');
    } catch (error) {
      problems.push(`report is not JSON (${(error as Error).message})`);
    }
  }
  if (report) {
    const { numPassedTests, numFailedTests, numTotalTests, numFailedTestSuites, success } = report;
    if (!count(numPassedTests) || !count(numFailedTests) || !count(numTotalTests)) {
      problems.push(
        `report has no test counts (numPassedTests ${String(numPassedTests)}, numFailedTests ${String(numFailedTests)}, numTotalTests ${String(numTotalTests)})`,
      );
    } else {
      passed = numPassedTests;
      failed = numFailedTests;
      if (numTotalTests === 0) problems.push('ran no tests');
      else if (failed === 0 && count(numFailedTestSuites) && numFailedTestSuites > 0)
        problems.push(`${numFailedTestSuites} test file(s) failed outside any test`);
      else if (failed === 0 && success === false) problems.push('report says the run did not succeed');
    }
  }
  if (!Number.isInteger(exitStatus)) problems.push(`exit status unknown (${String(exitStatus)})`);
  else if (exitStatus !== 0 && failed === 0 && problems.length === 0) problems.push(`exited ${exitStatus} with no failed test`);
  // Each problem the counts do not already show is one failure more.
  if (problems.length > 0 && failed === 0) failed = 1;
  return { passed, failed, problems };
}

function readReport(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, status] = process.argv.slice(2);
  const exitStatus = status === undefined || status === '' ? Number.NaN : Number(status);
  const counts = suiteCounts(path ? readReport(path) : null, exitStatus);
  for (const problem of counts.problems) console.error(`FAILED: ${path ?? '(no report path)'}: ${problem}`);
  console.log(`${counts.passed} ${counts.failed}`);
}
