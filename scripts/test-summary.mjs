// Prints one closing line per test run ("unit: 580 passed, 0 failed, 0 skipped") from the
// vitest JSON reports, so CI logs end with plain counts.
import { existsSync, readFileSync } from 'node:fs';

for (const name of ['unit', 'e2e']) {
  const file = `test-results/${name}.json`;
  if (!existsSync(file)) {
    console.log(`${name}: no report (${file} is missing)`);
    process.exitCode = 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(
    `${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`,
  );
  if (report.numTotalTests === 0) process.exitCode = 1;
}
