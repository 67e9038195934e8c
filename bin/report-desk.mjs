#!/usr/bin/env -S node --max-semi-space-size=2
// The `report-desk` command: runs the bundled CLI (built by `npm install` / `npm run build`).
// A small young generation keeps a PDF export's peak memory near 150 MiB (fontkit's subsetting makes much
// short-lived garbage) at no measured cost in time; npm's Windows shims pass shebang flags on too.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/cli/report-desk.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('report-desk: not built yet — run `npm run build` in the project folder first.\n');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
