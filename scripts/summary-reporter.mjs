// A web-test-runner reporter that counts every test and prints one plain closing line
// "N passed, N failed", also written to .test-summary for CI to read.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) counts.failed += 1;
      }
      const line = `${counts.passed} passed, ${counts.failed} failed`;
      writeFileSync('.test-summary', line + '\n');
      process.stdout.write(`\n${line}${counts.skipped ? ` (${counts.skipped} skipped)` : ''}\n`);
    },
  };
}
