// `node build/scripts/run-parallel.mjs [--live a] b c`: runs the npm scripts a, b and c at the same time. The one
// after --live writes its output as it comes; each other one's output is printed when it ends, with its time.
// The static checks (type-check, lint, format) are single threaded and the tests spend much of their time waiting
// on browsers and child processes, so on a two-core machine running them side by side keeps both cores busy.
// Exits non-zero when any of them fails.
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const live = args[0] === '--live' ? args[1] : undefined;
const names = live ? args.slice(1) : args;
// The npm that runs this script (npm sets npm_execpath), so that it works alike on Windows and elsewhere.
const npm = process.env.npm_execpath;
const command = npm ? [process.execPath, [npm, 'run', '--silent']] : ['npm', ['run', '--silent']];

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = performance.now();
      const child = spawn(command[0], [...command[1], name], {
        stdio: ['ignore', name === live ? 'inherit' : 'pipe', name === live ? 'inherit' : 'pipe'],
        shell: !npm,
      });
      let output = '';
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`\n=== ${name}: ${code === 0 ? 'ok' : `failed (${code})`} in ${seconds} s ===\n${output}`);
        resolve(code === 0);
      });
    }),
);

const results = await Promise.all(runs);
process.exit(results.every(Boolean) ? 0 : 1);
