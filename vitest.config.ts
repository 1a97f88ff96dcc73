import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
    // The JSON report lets .ci/run print one closing count line for the whole suite.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
