// Packed-size benchmark (npm run bench package): builds the app (main, preload, renderer) and packs it the way the
// installer would, with build/scripts/pack-check.mjs (electron-builder against a stand-in Electron, nothing
// downloaded), then prints the packed size by part next to the goal: app.asar plus fonts ≤ 50 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_BYTES = 50_000_000;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

// What `npm run build` does, so that the pack holds this checkout's code (`npm install` builds no renderer).
const run = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
run(path.join(root, 'build/scripts/build-node.mjs'));
await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

const dir = mkdtempSync(path.join(os.tmpdir(), 'package-bench-'));
try {
  const answer = path.join(dir, 'pack.json');
  // pack-check exits 1 over the limit; the bench reports the figure either way.
  try {
    run(path.join(root, 'build/scripts/pack-check.mjs'), answer);
  } catch (err) {
    if ((err as { status?: number }).status !== 1) throw err;
  }
  const { sizes } = JSON.parse(readFileSync(answer, 'utf8')) as { sizes: Record<string, number> };
  for (const [part, bytes] of Object.entries(sizes)) {
    if (part !== 'total' && bytes > 0) console.log(`${part.padEnd(20)} ${mb(bytes).padStart(9)}`);
  }
  const { total } = sizes as { total: number };
  console.log(
    `${'packed app'.padEnd(20)} ${mb(total).padStart(9)}  goal ≤ ${mb(GOAL_BYTES)}  ` +
      `${total <= GOAL_BYTES ? 'met' : 'MISSED'} (${(total / GOAL_BYTES).toFixed(2)}× goal)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
