import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension in the system Chromium; one file at a time keeps
// two cores from thrashing.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
