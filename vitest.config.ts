import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/slow-first-sequencer';

const testFiles = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
/** Test files that need a fresh process, for what they check is the state of the process. */
const ownProcess = [
  // Laying out opens no bundled font file: a font file once read stays cached for the life of the process.
  'tests/pdf/fonts.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and crash tests start processes of their own; two cores are all there is.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirstSequencer },
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      // The other files run one after another in the same two workers (isolate: false), which saves starting a
      // process and importing React, zod, pdfkit and the rest again for every file (the unit and component tests
      // took 60 s instead of 25 s). They restore what they change (working folder, environment, timers).
      // The built command's bundles are built once for the run (tests/cli/built-cli.ts), before any file starts;
      // tests/run-folder.ts holds what the test processes make once for the run.
      {
        extends: true,
        test: {
          name: 'shared',
          include: testFiles,
          exclude: ownProcess,
          isolate: false,
          globalSetup: ['tests/cli/built-cli.ts', 'tests/run-folder.ts'],
        },
      },
      { extends: true, test: { name: 'own-process', include: ownProcess } },
    ],
  },
});
