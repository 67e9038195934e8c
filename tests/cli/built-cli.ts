// The built `report-desk` command, for the tests that run it as a person does: a child process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../unit/seed';

export const bin = path.join(repoRoot, 'bin', 'report-desk.mjs');

/** Builds the node bundles the command loads; a failed build fails the suite with esbuild's own output. */
export function buildCli(): void {
  const built = spawnSync(process.execPath, [path.join(repoRoot, 'build/scripts/build-node.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
}
