import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');

interface Answer {
  checks: number;
  findings: { id: string; file: string; line: number }[];
  unparsed: { file: string; message: string }[];
}

interface Scan {
  status: number | null;
  answer: Answer;
}

async function scan(...extra: string[]): Promise<Scan> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eng-answer-'));
  try {
    const answerFile = path.join(dir, 'answer.json');
    const child = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'build/scripts/electronegativity.mjs'),
        '--json',
        answerFile,
        ...extra.flatMap((e) => ['--extra', e]),
      ],
      { cwd: repoRoot, stdio: 'ignore', timeout: 120_000 },
    );
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    return { status, answer: JSON.parse(readFileSync(answerFile, 'utf8')) as Answer };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Both scans at once: most of each is Electronegativity waiting out its online look-ups (translations, Electron
// releases), which fail here for want of a network.
let app: Scan;
let insecure: Scan;
beforeAll(async () => {
  [app, insecure] = await Promise.all([scan(), scan(path.join(repoRoot, 'tests/shell/fixtures/insecure-window'))]);
}, 120_000);

describe('Electronegativity', () => {
  it('finds nothing in electron/ and renderer/ and parses every file', () => {
    expect(app.answer.checks).toBeGreaterThan(30);
    expect(app.answer.unparsed).toEqual([]);
    expect(app.answer.findings).toEqual([]);
    expect(app.status).toBe(0);
  });

  it('does find the flaws of an insecure window (the scan is real)', () => {
    const ids = insecure.answer.findings.filter((f) => f.file.startsWith('insecure-window/')).map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'HTTP_RESOURCES_JS_CHECK',
      ]),
    );
    expect(insecure.status).toBe(1);
  });
});
