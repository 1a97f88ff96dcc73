// Prints the closing lines of a test run from the vitest JSON reports, so CI logs end with plain
// counts: "unit: 580 passed, 0 failed, 0 skipped", then one line per browser for the browser
// tests ("e2e chromium: 60 passed, 0 failed, 0 skipped", "e2e firefox: ..."), each browser test
// being named under its browser's describe block.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const BROWSERS = ['chromium', 'firefox'];

const line = (name, { passed, failed, skipped }) =>
  `${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`;

/** Counts per browser from a vitest JSON report (tests under no browser count as "other"). */
export function countsPerBrowser(report) {
  const counts = {};
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      const top = test.ancestorTitles?.[0];
      const key = BROWSERS.includes(top) ? top : 'other';
      const entry = (counts[key] ??= { passed: 0, failed: 0, skipped: 0 });
      if (test.status === 'passed') entry.passed += 1;
      else if (test.status === 'failed') entry.failed += 1;
      else entry.skipped += 1;
    }
  }
  return counts;
}

/** The closing lines and whether the run counts as good. */
export function summarise(reports) {
  const lines = [];
  let ok = true;
  for (const [name, report] of Object.entries(reports)) {
    if (!report) {
      lines.push(`${name}: no report (test-results/${name}.json is missing)`);
      ok = false;
      continue;
    }
    const skipped = report.numPendingTests + report.numTodoTests;
    lines.push(
      line(name, { passed: report.numPassedTests, failed: report.numFailedTests, skipped }),
    );
    if (report.numTotalTests === 0 || report.numFailedTests > 0) ok = false;
    if (name !== 'e2e') continue;
    const counts = countsPerBrowser(report);
    for (const browser of BROWSERS) {
      const entry = counts[browser] ?? { passed: 0, failed: 0, skipped: 0 };
      lines.push(line(`e2e ${browser}`, entry));
      // A browser whose tests did not run is a failure, never a silent skip.
      if (entry.passed === 0 || entry.failed > 0) ok = false;
    }
  }
  return { lines, ok };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const reports = {};
  for (const name of ['unit', 'e2e']) {
    const file = `test-results/${name}.json`;
    reports[name] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  }
  const { lines, ok } = summarise(reports);
  for (const text of lines) console.log(text);
  if (!ok) process.exitCode = 1;
}
