// Doyensec's Electronegativity over the main process (electron/) and the renderer (renderer/), as CI runs it
// (`npm run check:security`). Both folders are scanned together so its global checks (CSP, navigation limits,
// permission handler) see the whole app; the Electron version comes from the installed electron package.
// Every finding must be fixed or disabled at its line with an `eng-disable` comment that says why.
// Usage: node build/scripts/electronegativity.mjs [--json <answer.json>] [--extra <folder>]…
// Exits 1 when there is a finding or a file it could not parse (an unparsed file is an unchecked file).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const args = process.argv.slice(2);
const option = (name) => args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1]] : []));
const answerFile = option('--json')[0];
const extras = option('--extra');

const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const stage = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
try {
  for (const folder of ['electron', 'renderer'])
    cpSync(path.join(root, folder), path.join(stage, folder), { recursive: true });
  for (const extra of extras) cpSync(path.resolve(extra), path.join(stage, path.basename(extra)), { recursive: true });
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify({ devDependencies: { electron: electronVersion } }));
  const result = await run({ input: stage, isRelative: true });
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file.replaceAll('\\', '/'),
    line: issue.location?.line ?? 0,
    severity: issue.severity?.name,
    description: issue.description,
  }));
  const unparsed = result.errors
    .filter((error) => !error.tolerable)
    .map((error) => ({ file: error.file, message: error.message }));
  const answer = { electronVersion, checks: result.globalChecks + result.atomicChecks, findings, unparsed };
  if (answerFile) writeFileSync(answerFile, JSON.stringify(answer, null, 2));
  for (const f of findings) console.error(`${f.id} ${f.file}:${f.line} (${f.severity}) ${f.description}`);
  for (const u of unparsed) console.error(`could not parse ${u.file}: ${u.message}`);
  console.error(
    `electronegativity: ${answer.checks} checks, ${findings.length} findings, ${unparsed.length} unparsed files`,
  );
  process.exitCode = findings.length + unparsed.length > 0 ? 1 : 0;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
