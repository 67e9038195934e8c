// Entry of the `report-desk` command (bundled to out/cli/report-desk.mjs; bin/report-desk.mjs runs it).
import { endQuietlyOnClosedPipe, runCli, streamIo } from './run';

endQuietlyOnClosedPipe([process.stdout, process.stderr]);
process.exitCode = await runCli(process.argv.slice(2), streamIo(process.stdout, process.stderr, process.env));
