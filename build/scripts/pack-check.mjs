// What the installer would hold, computed by electron-builder itself without downloading anything: packs the
// app for a `dir` target against a stand-in Electron distribution (an empty folder with a dummy executable;
// fuses and executable editing skipped, since they need the real binary) into a temporary folder, then prints
// as JSON the files inside app.asar and under resources/ to the file named by its one argument (electron-builder
// writes its log to stdout), or a summary without one. tests/shell/builder-config.test.ts asserts on the JSON.
// The archive's contents do not depend on the target OS, so the Linux `dir` target stands in for Windows here.
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { build, Platform, Arch } = require('electron-builder');
const asar = require('@electron/asar');

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const answerFile = process.argv[2];
const work = mkdtempSync(path.join(os.tmpdir(), 'pack-check-'));

function listTree(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listTree(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
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
  const result = {
    asar: asar
      .listPackage(path.join(resources, 'app.asar'), { isPack: false })
      .map((file) => file.replaceAll('\\', '/').replace(/^\//, '')),
    resources: listTree(resources).filter((file) => file !== 'app.asar'),
  };
  if (answerFile) writeFileSync(answerFile, JSON.stringify(result));
  else {
    const top = [
      ...new Set(
        result.asar.map((file) =>
          file
            .split('/')
            .slice(0, file.startsWith('node_modules/') ? 2 : 1)
            .join('/'),
        ),
      ),
    ];
    console.log(`app.asar: ${result.asar.length} entries — ${top.join(', ')}`);
    console.log(`resources/: ${result.resources.join(', ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
