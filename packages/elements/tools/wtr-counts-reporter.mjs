import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `{ "passed": N, "failed": N }` for the run, counting individual tests across every
 * test file (the root `npm test` sums these files). A file that did not load, crashed or
 * timed out counts as one failed test, so a broken file can never pass silently.
 */
export function countsReporter({ outputFile }) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      for (const session of sessions) {
        const counts = countTests(session.testResults);
        passed += counts.passed;
        failed += counts.failed;
        if (!session.passed && counts.failed === 0) failed += 1;
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, `${JSON.stringify({ passed, failed })}\n`);
    },
  };
}

function countTests(suite) {
  const counts = { passed: 0, failed: 0 };
  if (!suite) return counts;
  for (const test of suite.tests) {
    if (test.skipped) continue;
    if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) {
    const inner = countTests(child);
    counts.passed += inner.passed;
    counts.failed += inner.failed;
  }
  return counts;
}
