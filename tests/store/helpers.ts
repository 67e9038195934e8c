// Shared by the store tests: temp data folders, a small report and the code of an expected AppError.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { AppError } from '../../core/errors';
import { createReportFromTemplate } from '../../core/templates';
import type { Report } from '../../core/model';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

export function tempDir(prefix = 'report-desk-store-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function sampleReport(organisation = '某区司法局', year = 2023): Report {
  const report = createReportFromTemplate('department-annual', { organisation, year });
  report.chapters[0]!.paragraphs = [`${year}年，${organisation}坚持依法行政。`];
  return report;
}

/** The AppError the promise fails with; anything else, or no failure, fails the test. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

/** The code of the AppError the promise (or call) fails with; anything else fails the test. */
export async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  throw new Error('expected an AppError');
}
