// The closing lines of a test run: plain counts, per browser for the browser tests.
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../scripts/test-summary.mjs';

const test = (browser: string, status: string) => ({ ancestorTitles: [browser, 'x'], status });
const report = (tests: { ancestorTitles: string[]; status: string }[]) => ({
  numPassedTests: tests.filter((t) => t.status === 'passed').length,
  numFailedTests: tests.filter((t) => t.status === 'failed').length,
  numPendingTests: tests.filter((t) => t.status === 'skipped').length,
  numTodoTests: 0,
  numTotalTests: tests.length,
  testResults: [{ assertionResults: tests }],
});

describe('test summary', () => {
  it('gives counts per browser', () => {
    const e2e = report([
      test('chromium', 'passed'),
      test('chromium', 'passed'),
      test('firefox', 'passed'),
      test('firefox', 'failed'),
      test('firefox', 'skipped'),
    ]);
    const { lines, ok } = summarise({ unit: report([test('core', 'passed')]), e2e });
    expect(lines).toEqual([
      'unit: 1 passed, 0 failed, 0 skipped',
      'e2e: 3 passed, 1 failed, 1 skipped',
      'e2e chromium: 2 passed, 0 failed, 0 skipped',
      'e2e firefox: 1 passed, 1 failed, 1 skipped',
    ]);
    expect(ok).toBe(false);
  });

  it('fails a run where a browser ran nothing, or a report is missing', () => {
    const e2e = report([test('chromium', 'passed')]);
    expect(summarise({ e2e }).ok).toBe(false);
    expect(summarise({ e2e }).lines).toContain('e2e firefox: 0 passed, 0 failed, 0 skipped');
    expect(summarise({ unit: null }).lines).toEqual([
      'unit: no report (test-results/unit.json is missing)',
    ]);
    const both = report([test('chromium', 'passed'), test('firefox', 'passed')]);
    expect(summarise({ e2e: both }).ok).toBe(true);
  });
});
