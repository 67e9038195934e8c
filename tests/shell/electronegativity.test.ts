import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');

interface Answer {
  checks: number;
  findings: { id: string; file: string; line: number }[];
  unparsed: { file: string; message: string }[];
}

function scan(...extra: string[]): { status: number | null; answer: Answer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eng-answer-'));
  try {
    const answerFile = path.join(dir, 'answer.json');
    const result = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'build/scripts/electronegativity.mjs'),
        '--json',
        answerFile,
        ...extra.flatMap((e) => ['--extra', e]),
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 },
    );
    return { status: result.status, answer: JSON.parse(readFileSync(answerFile, 'utf8')) as Answer };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Electronegativity', () => {
  it('finds nothing in electron/ and renderer/ and parses every file', () => {
    const { status, answer } = scan();
    expect(answer.checks).toBeGreaterThan(30);
    expect(answer.unparsed).toEqual([]);
    expect(answer.findings).toEqual([]);
    expect(status).toBe(0);
  }, 120_000);

  it('does find the flaws of an insecure window (the scan is real)', () => {
    const { status, answer } = scan(path.join(repoRoot, 'tests/shell/fixtures/insecure-window'));
    const ids = answer.findings.filter((f) => f.file.startsWith('insecure-window/')).map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'HTTP_RESOURCES_JS_CHECK',
      ]),
    );
    expect(status).toBe(1);
  }, 120_000);
});
