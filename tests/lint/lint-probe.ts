// Lint probes: a source planted at a path inside the tree (so that folder's rules apply) and linted without being
// written. A probe that fails to parse fails the test, so a probe cannot pass by not being read.
import path from 'node:path';
import { ESLint } from 'eslint';
import { expect } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint | undefined;

/** The messages of `ruleId` for `source` planted at `file` (repository-relative). */
export async function lintProblems(file: string, source: string, ruleId: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path.join(repoRoot, file) });
  const messages = result!.messages;
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}
