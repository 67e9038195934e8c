// The command line of the installed app: `ReportDesk.exe --cli <command> …` (what bin\report-desk.cmd runs, see
// build/report-desk.cmd) runs a report-desk command in the main process, with no window and without the
// single-instance lock, then exits with the command's code. An office PC has no Node, and Electron's RunAsNode
// fuse stays off (electron/shell/fuses.ts): the app itself dispatches to the CLI's runCli, the same code as
// `node bin/report-desk.mjs`. On Windows Electron attaches to the console it was started from, so the command's
// output and messages appear there.
import type { Writable } from 'node:stream';

export const CLI_FLAG = '--cli';

/**
 * The command's arguments when the app was started as the command line, else null. The flag comes first among
 * the app's own arguments: after the executable, or after the app folder of `electron .` (`defaultApp`).
 */
export function cliArguments(argv: readonly string[], defaultApp: boolean): string[] | null {
  const at = defaultApp ? 2 : 1;
  return argv[at] === CLI_FLAG ? argv.slice(at + 1) : null;
}

/** Resolves once everything written to the stream so far has been handed to the system. */
const drained = (stream: Writable) => new Promise<void>((resolve) => stream.write('', () => resolve()));

/**
 * Runs the command and hands its exit code to `exit` (app.exit) once its output is written: writes to a Windows
 * console are asynchronous, and exiting at once would cut them off.
 */
export async function runCliInApp(args: string[], exit: (code: number) => void): Promise<void> {
  const { endQuietlyOnClosedPipe, runCli, streamIo } = await import('../cli/run');
  endQuietlyOnClosedPipe([process.stdout, process.stderr]);
  const code = await runCli(args, streamIo(process.stdout, process.stderr, process.env));
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  exit(code);
}
