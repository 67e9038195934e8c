// What the installer would hold, computed by electron-builder itself without downloading anything: packs the
// app for a `dir` target against a stand-in Electron distribution (an empty folder with a dummy executable;
// fuses and executable editing skipped, since they need the real binary) into a temporary folder, then prints
// the packed size — app.asar, anything unpacked beside it, the fonts — against the limit, and exits 1 over it.
// `pack-check.mjs <answer.json> [<folder>]` also writes as JSON the files inside app.asar and under resources/
// and the sizes, and extracts app.asar into <folder> (electron-builder writes its log to stdout, so the answer
// goes to a file). tests/shell/builder-config.test.ts and bench/package.bench.ts read the answer.
// The archive's contents do not depend on the target OS, so the Linux `dir` target stands in for Windows here.
import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { build, Platform, Arch } = require('electron-builder');
const asar = require('@electron/asar');

/** The packed app's goal (issue 17): app.asar and everything beside it, fonts included, at most 50 MB. */
const PACKED_LIMIT_BYTES = 50_000_000;
const megabytes = (bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [answerFile, extractTo] = process.argv.slice(2);
const work = mkdtempSync(path.join(os.tmpdir(), 'pack-check-'));

function listTree(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listTree(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Bytes under resources/ by what they are: the archive, files unpacked beside it, the fonts, anything else. */
function sizesOf(resources, files) {
  const sizes = { 'app.asar': 0, 'app.asar.unpacked': 0, 'assets/fonts': 0, other: 0, total: 0 };
  for (const file of files) {
    const bytes = statSync(path.join(resources, file)).size;
    const part = Object.keys(sizes).find((key) => file === key || file.startsWith(`${key}/`)) ?? 'other';
    sizes[part] += bytes;
    sizes.total += bytes;
  }
  return sizes;
}

try {
  const electronDist = path.join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(path.join(electronDist, 'electron'), '');
  const output = path.join(work, 'release');
  process.env.ELECTRON_BUILDER_DISABLE_UPDATE_CHECK = 'true';
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: { electronDist, electronFuses: null, directories: { output } },
    publish: 'never',
  });
  const resources = path.join(output, 'linux-unpacked', 'resources');
  const archive = path.join(resources, 'app.asar');
  const files = listTree(resources);
  const result = {
    asar: asar.listPackage(archive, { isPack: false }).map((file) => file.replaceAll('\\', '/').replace(/^\//, '')),
    resources: files.filter((file) => file !== 'app.asar'),
    sizes: sizesOf(resources, files),
    limit: PACKED_LIMIT_BYTES,
  };
  if (answerFile) writeFileSync(answerFile, JSON.stringify(result));
  if (extractTo) asar.extractAll(archive, extractTo);
  const top = new Set(result.asar.map((file) => file.split('/', file.startsWith('node_modules/') ? 2 : 1).join('/')));
  console.log(`app.asar: ${result.asar.length} entries — ${[...top].join(', ')}`);
  const { sizes } = result;
  const parts = Object.entries(sizes).filter(([part, bytes]) => part !== 'total' && bytes > 0);
  console.log(`packed size: ${parts.map(([part, bytes]) => `${part} ${megabytes(bytes)}`).join(' + ')}`);
  console.log(`total ${megabytes(sizes.total)} (limit ${megabytes(PACKED_LIMIT_BYTES)})`);
  if (sizes.total > PACKED_LIMIT_BYTES) {
    console.error(`pack-check: the packed app is ${megabytes(sizes.total - PACKED_LIMIT_BYTES)} over the limit`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
