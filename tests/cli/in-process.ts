// `report-desk` run in the test's own process through runCli, with the same stream output as the built command:
// the commands' behaviour without starting Node for every call (smoke.test.ts runs the built command itself).
import { runCli, streamIo } from '../../electron/cli/run';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

// The tests choose the message language: the one of the shell that started them does not leak in.
const { REPORT_DESK_LANG: _ignored, ...baseEnv } = process.env;

export async function runInProcess(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const io = streamIo(
    { write: (text: string) => (out += text) },
    { write: (text: string) => (err += text) },
    { ...baseEnv, ...env },
  );
  const code = await runCli(args, io);
  return { code, out, err };
}
