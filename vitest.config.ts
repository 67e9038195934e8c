import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and crash tests start processes of their own; two cores are all there is.
    maxWorkers: 2,
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
