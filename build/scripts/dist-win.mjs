// `npm run dist:win`: the NSIS installer and the portable .exe, x64, from electron-builder.yml. Run after
// `npm run build`. electron-builder 26 takes the Electron zip from @electron/get's cache (by default
// %LOCALAPPDATA%\electron\Cache); ELECTRON_CACHE (or electron_config_cache, which `npm start` uses too) points
// it at another folder, as the README describes for offline builds.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { build, Platform, Arch } = require('electron-builder');

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const electronCache = process.env.ELECTRON_CACHE ?? process.env.electron_config_cache;

const artifacts = await build({
  projectDir,
  targets: Platform.WINDOWS.createTarget(['nsis', 'portable'], Arch.x64),
  publish: 'never',
  ...(electronCache ? { config: { electronDownload: { cache: path.resolve(electronCache) } } } : {}),
});
for (const file of artifacts) console.log(file);
