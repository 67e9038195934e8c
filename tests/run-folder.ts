// A folder for one test run, shared by its test processes: what is costly to make and only read (the office-made
// Word files, tests/docx/office-files.ts) is made there once for the run. Removed when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runFolder: string;
  }
}

export function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-run-'));
  project.provide('runFolder', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
