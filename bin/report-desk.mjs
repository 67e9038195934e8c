#!/usr/bin/env node
// The `report-desk` command: runs the bundled CLI (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/cli/report-desk.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('report-desk: not built yet — run `npm run build` in the project folder first.\n');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
