// The built `report-desk`, for the tests that run it as a person does: a child process. Its node bundles are built
// once per test run, before any file starts (vitest.config.ts: globalSetup), not once per test file: each build
// costs some 3 s of CPU.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../unit/seed';

export const bin = path.join(repoRoot, 'bin', 'report-desk.mjs');

/** Builds the node bundles the command loads; a failed build fails the run with esbuild's own output. */
export function setup(): void {
  const built = spawnSync(process.execPath, [path.join(repoRoot, 'build/scripts/build-node.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
}
