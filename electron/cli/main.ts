// Entry of the `report-desk` command (bundled to out/cli/report-desk.mjs; bin/report-desk.mjs runs it).
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(`report-desk: ${text}\n`),
  env: process.env,
  progress: { isTTY: Boolean(process.stderr.isTTY), write: (text) => process.stderr.write(text) },
});
process.exitCode = code;
