// Entry of the `report-desk` command (bundled to out/cli/report-desk.mjs; bin/report-desk.mjs runs it).
import { runCli, streamIo } from './run';

// A reader that stops early (`report-desk diff … | head`) closes the pipe: what is left to print has nowhere
// to go and is dropped quietly (a closed stream takes no more writes), and the command ends as it would have.
// Any other stream error is left to crash as before.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

process.exitCode = await runCli(process.argv.slice(2), streamIo(process.stdout, process.stderr, process.env));
