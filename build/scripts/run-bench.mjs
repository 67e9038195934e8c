// `npm run bench [-- name…]`: runs every bench/*.bench.ts (or those whose name contains one of the given
// words), each in its own Node process with tsx so that no benchmark warms or disturbs another, and prints
// their output. Benchmarks print their own medians, p95 and ratios; this exits non-zero if one fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const filters = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches ${filters.join(' ')}`);
  process.exit(2);
}

const failed = [];
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', name)], {
    cwd: root,
    stdio: 'inherit',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) failed.push(name);
  console.log(
    `--- ${name}: ${run.status === 0 ? 'done' : `FAILED (exit ${run.status ?? run.signal})`} in ${seconds} s`,
  );
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
