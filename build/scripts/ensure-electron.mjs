// `npm start` runs this before `electron .`: npm here does not run install scripts, so the Electron binary is
// not fetched by `npm install`. When it is missing, electron's own install.js fetches it (from the Electron
// cache when the zip is there, else from the network); offline without a cache, say plainly what to do.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const electronDir = path.join(root, 'node_modules', 'electron');
const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));

function installedBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function defaultCache() {
  if (process.platform === 'win32')
    return path.join(process.env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'electron');
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'electron');
}

if (installedBinary()) process.exit(0);

console.log(`Electron ${version} is not installed yet: fetching it (from the cache if it is there)…`);
const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
  stdio: 'inherit',
  timeout: 10 * 60 * 1000,
});
if (result.status === 0 && installedBinary()) process.exit(0);

const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`;
const cache = process.env.electron_config_cache ?? process.env.ELECTRON_CACHE ?? defaultCache();
console.error(`
Could not install the Electron ${version} binary (no network, and ${zip} is not in the Electron cache).
To run the app on this machine, do one of:
  1. copy ${zip} (from https://github.com/electron/electron/releases/tag/v${version}, or from
     the cache of a connected machine) into ${cache}
     (set electron_config_cache to use another folder), then run npm start again;
  2. set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${version}.
Nothing else needs Electron: npm test and npm run dev work without it.`);
process.exit(1);
