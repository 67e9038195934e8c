// The installer configuration, checked without downloading Electron or NSIS: electron-builder's own schema
// validation, the settings the issue asks for, and what a real pack (build/scripts/pack-check.mjs, run by
// electron-builder against a stand-in Electron) puts into app.asar and resources/: the files, their size against
// the goal, and every module the packed main process requires found inside the archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { BUNDLED_KEYS } from '../../electron/formats/pdf/font-catalog';
import { CLI_FLAG } from '../../electron/shell/cli-launch';
import { REQUIRED_FUSES } from '../../electron/shell/fuses';
import { APP_USER_MODEL_ID } from '../../electron/shell/app-identity';

const repoRoot = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(repoRoot, null, null);
});

describe('electron-builder configuration', () => {
  it("passes electron-builder's own validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('that validation rejects a broken configuration (so the check above means something)', async () => {
    const broken = { ...config, nsis: { ...config.nsis, oneClik: false } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration object[\s\S]*nsis/,
    );
  });

  it('builds NSIS and portable for x64', () => {
    const targets = config.win!.target as { target: string; arch: string[] }[];
    expect(targets).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.asar).toBe(true);
  });

  it('installs per user, with a choice of folder, shortcuts, Chinese and English, keeping user data', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
      multiLanguageInstaller: true,
      installerLanguages: ['zh_CN', 'en_US'],
    });
    for (const image of [
      config.win!.icon,
      config.nsis!.installerIcon,
      config.nsis!.installerSidebar,
      config.nsis!.installerHeader,
    ]) {
      expect(existsSync(path.join(repoRoot, image!)), image!).toBe(true);
    }
  });

  it("asks on uninstall whether to delete the user's data, default No, never in silent or update uninstalls", () => {
    expect(config.nsis!.include).toBe('build/installer.nsh');
    const script = readFileSync(path.join(repoRoot, config.nsis!.include!), 'utf8');
    const macro = /!macro customUnInstall\n([\s\S]*?)\n!macroend/.exec(script)?.[1];
    expect(macro, 'a customUnInstall macro').toBeDefined();
    // Electron's userData folder is %APPDATA%\<productName>: the folder removed is exactly that one.
    const productName = (
      JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { productName: string }
    ).productName;
    expect(productName).toBe(config.productName);
    expect([...macro!.matchAll(/RMDir \/r "([^"]+)"/g)].map((m) => m[1])).toEqual([`$APPDATA\\${productName}`]);
    // Deleting happens only inside the Yes branch of a Yes/No question whose default button is No.
    const question = macro!.indexOf('MessageBox MB_YESNO');
    expect(question).toBeGreaterThan(0);
    expect(macro!.slice(question, macro!.indexOf('\n', question))).toMatch(/MB_DEFBUTTON2.*\/SD IDNO IDYES`$/);
    expect(macro!.indexOf('RMDir')).toBeGreaterThan(question);
    expect(macro).toMatch(/^\s*\$\{IfNot\} \$\{isUpdated\}\s+\$\{AndIfNot\} \$\{Silent\}/);
    // The question in both installer languages.
    expect(macro).toMatch(/\$\{If\} \$LANGUAGE == 2052/);
    expect(macro).toContain('是否同时删除您的报告');
    expect(macro).toContain('Also delete your reports');
  });

  it('installs the report-desk command: bin\\report-desk.cmd runs the app as the command line', () => {
    expect(config.win!.extraFiles).toEqual([{ from: 'build/report-desk.cmd', to: 'bin/report-desk.cmd' }]);
    const cmd = readFileSync(path.join(repoRoot, 'build/report-desk.cmd'), 'utf8');
    // A batch file for cmd.exe: CRLF lines, quiet, the executable beside bin\, every argument passed on.
    expect(cmd.split('\r\n').at(-1)).toBe('');
    expect(cmd.replaceAll('\r\n', '')).not.toContain('\n');
    const lines = cmd.split('\r\n').filter((line) => line && !/^rem\b/i.test(line));
    expect(lines).toEqual([
      '@echo off',
      `"%~dp0..\\${config.win!.executableName}.exe" ${CLI_FLAG} %*`,
      'exit /b %ERRORLEVEL%',
    ]);
  });

  it("offers on the finish page to put the command's folder on the user's PATH, and takes it off on uninstall", () => {
    const script = readFileSync(path.join(repoRoot, config.nsis!.include!), 'utf8');
    expect(script).toContain('!define REPORT_DESK_BIN "$INSTDIR\\bin"');
    expect(script).toMatch(/!define MUI_FINISHPAGE_SHOWREADME\n/);
    expect(script).not.toContain('MUI_FINISHPAGE_SHOWREADME_NOTCHECKED');
    expect(script).toMatch(/!define MUI_FINISHPAGE_SHOWREADME_FUNCTION reportDeskAddToPath\n/);
    expect(script).toMatch(/LangString reportDeskPathOption 2052 ".*report-desk.*PATH/);
    expect(script).toMatch(/LangString reportDeskPathOption 1033 ".*report-desk.*PATH/);
    // Only the current user's environment, never the machine's.
    expect(script).not.toMatch(/HKLM|HKEY_LOCAL_MACHINE/);
    expect(script.match(/(Write|Delete)Reg\w+ \w+ "Environment" "Path"/g)).toEqual([
      'DeleteRegValue HKCU "Environment" "Path"',
      'WriteRegExpandStr HKCU "Environment" "Path"',
    ]);
    // The uninstaller takes the folder off PATH, but not in the uninstall an update runs.
    const macro = /!macro customUnInstall\n([\s\S]*?)\n!macroend/.exec(script)![1]!;
    const removal = macro.indexOf('${WordReplace}');
    expect(removal).toBeGreaterThan(0);
    expect(macro.lastIndexOf('${IfNot} ${isUpdated}', removal)).toBeGreaterThan(macro.indexOf('RMDir'));
  });

  it('the icon and installer images are what Windows and NSIS expect', () => {
    const ico = readFileSync(path.join(repoRoot, 'build/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const bmpSize = (file: string) => {
      const bmp = readFileSync(path.join(repoRoot, file));
      return [bmp.toString('ascii', 0, 2), bmp.readInt32LE(18), bmp.readInt32LE(22), bmp.readUInt16LE(28)];
    };
    expect(bmpSize('build/installerSidebar.bmp')).toEqual(['BM', 164, 314, 24]);
    expect(bmpSize('build/installerHeader.bmp')).toEqual(['BM', 150, 57, 24]);
  });

  it('flips the fuses the security checklist asks for', () => {
    expect(config.electronFuses).toEqual(REQUIRED_FUSES);
    expect(REQUIRED_FUSES).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('gives the shortcuts the id the running app announces', () => {
    expect(config.appId).toBe(APP_USER_MODEL_ID);
  });

  it('associates .rldpkg with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'rldpkg' })]);
  });
});

/** The goal the issue sets: app.asar and everything beside it, fonts included. */
const PACKED_LIMIT_BYTES = 50_000_000;

/**
 * The files a module loads with require(), followed from file to file inside the unpacked archive: resolved by
 * Node itself from where each file lies, so a package missing from the archive cannot be found anywhere else.
 * Returns the requests that did not resolve inside it. `electron` is the running Electron itself.
 */
function unresolvedRequires(archive: string, entries: string[]): string[] {
  const missing = new Set<string>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // A module name holds no quotes: `require("' + name + '")` is code in a string (core-js, in pdf.js, reaching
    // Node's built-ins through Function), not a request.
    for (const match of readFileSync(file, 'utf8').matchAll(/\brequire\((?:"([^"']+)"|'([^"']+)')\)/g)) {
      const request = match[1] ?? match[2]!;
      if (request === 'electron' || isBuiltin(request)) continue;
      let resolved: string | null = null;
      try {
        resolved = createRequire(file).resolve(request);
      } catch {
        // Reported below: not found from where the file lies.
      }
      if (resolved?.startsWith(archive + path.sep)) {
        if (/\.c?js$/.test(resolved)) queue.push(resolved);
      } else missing.add(`${path.relative(archive, file)}: ${request}`);
    }
  }
  return [...missing];
}

/** The packages' licences, written by the build and shipped beside the archive. */
const NOTICES = 'licenses/THIRD-PARTY-NOTICES.txt';

describe('the packed files', () => {
  let asar: string[];
  let resources: string[];
  let sizes: Record<'app.asar' | 'app.asar.unpacked' | 'assets/fonts' | 'other' | 'total', number>;
  let dir: string;
  let archive: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pack-answer-'));
    const answer = path.join(dir, 'pack.json');
    archive = path.join(dir, 'app');
    execFileSync(process.execPath, [path.join(repoRoot, 'build/scripts/pack-check.mjs'), answer, archive], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    ({ asar, resources, sizes } = JSON.parse(readFileSync(answer, 'utf8')) as {
      asar: string[];
      resources: string[];
      sizes: typeof sizes;
    });
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hold the main, preload and renderer bundles and package.json', () => {
    expect(asar).toContain(packageJson.main);
    expect(asar).toContain('out/main/main.cjs');
    expect(asar).toContain('out/preload/preload.cjs');
    expect(asar).toContain('out/renderer/index.html');
    expect(asar).toContain('package.json');
  });

  it('carry the report templates inside the main bundle', () => {
    const bundle = readFileSync(path.join(repoRoot, 'out/main/main.cjs'), 'utf8');
    for (const file of readdirSync(path.join(repoRoot, 'core/templates'))) {
      const { id } = JSON.parse(readFileSync(path.join(repoRoot, 'core/templates', file), 'utf8')) as { id: string };
      expect(bundle, file).toContain(`"${id}"`);
    }
  });

  it('hold every module the main process requires, and what those require, inside the archive', () => {
    const mainFiles = asar.filter((file) => /^out\/main\/[^/]+\.cjs$/.test(file));
    // The bundle and the packages it loads on first use (PDF, Word, workbook, pdf.js), each a file of its own.
    expect(mainFiles).toEqual(
      expect.arrayContaining([
        'out/main/main.cjs',
        'out/main/pdfkit.cjs',
        'out/main/docx.cjs',
        'out/main/pdfjs.cjs',
        'out/main/pdfjs-worker.cjs',
      ]),
    );
    expect(
      unresolvedRequires(
        archive,
        mainFiles.map((file) => path.join(archive, file)),
      ),
    ).toEqual([]);
  });

  it('that check finds nothing outside the archive (a package the bundle required but left out would fail it)', () => {
    const mainFile = path.join(archive, 'out/main/main.cjs');
    // The repository's node_modules holds pdfkit; the unpacked archive does not, and Node looks no further.
    expect(() => createRequire(path.join(repoRoot, 'package.json')).resolve('pdfkit')).not.toThrow();
    expect(() => createRequire(mainFile).resolve('pdfkit')).toThrow();
    expect(createRequire(mainFile).resolve('electron-log/main')).toMatch(/node_modules[\\/]electron-log[\\/]/);
  });

  it(`weigh at most ${PACKED_LIMIT_BYTES / 1_000_000} MB: app.asar, anything unpacked beside it and the fonts`, () => {
    expect(sizes.total).toBeLessThanOrEqual(PACKED_LIMIT_BYTES);
    expect(sizes['app.asar']).toBeGreaterThan(0);
    expect(sizes['assets/fonts']).toBeGreaterThan(0);
    expect(sizes.total).toBe(sizes['app.asar'] + sizes['app.asar.unpacked'] + sizes['assets/fonts'] + sizes.other);
  });

  it("hold the fonts the app loads, with their metrics and licences, the packages' licences, and nothing else beside the archive", () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'assets/fonts/manifest.json'), 'utf8')) as {
      faces: Record<string, { file: string }>;
    };
    // The faces in the manifest are the ones the PDF export asks for by key, every one of them.
    expect(Object.keys(manifest.faces).sort()).toEqual([...BUNDLED_KEYS].sort());
    const faces = Object.values(manifest.faces).flatMap(({ file }) => [file, `${file}.metrics.json`]);
    const fonts = resources.filter((file) => file !== NOTICES).map((file) => file.replace(/^assets\/fonts\//, ''));
    expect(resources.filter((file) => file !== NOTICES).every((file) => file.startsWith('assets/fonts/'))).toBe(true);
    expect(fonts.filter((file) => !file.startsWith('LICENSES/')).sort()).toEqual(
      [...faces, 'manifest.json', 'PROVENANCE.md'].sort(),
    );
    expect(fonts.some((file) => file.startsWith('LICENSES/'))).toBe(true);
  });

  it('carry the licence of every package the app runs, beside the archive', () => {
    expect(resources).toContain(NOTICES);
    // What was packed is what the build wrote.
    const notices = readFileSync(path.join(repoRoot, 'out', NOTICES), 'utf8');
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of Object.keys(manifest.dependencies))
      expect(notices).toMatch(new RegExp(`^${name} \\S+ \\(`, 'm'));
    // Bundled packages' own licence texts, not only their names: pdf.js (Apache) and the DOMMatrix shim (MIT).
    expect(notices).toMatch(/^pdfjs-dist [^\n]+\n\n[\s\S]*?Apache License/m);
    expect(notices).toMatch(/^@thednp\/dommatrix [^\n]+\n\n[\s\S]*?Permission is hereby granted/m);
  });

  it('hold no sources, source maps, tests, data, development tools or packages the bundles carry', () => {
    const forbidden = asar.filter(
      (file) =>
        /\.(ts|tsx|mts|cts|map)$/.test(file) ||
        /^(core|electron|renderer|tests|bench|build|assets|release|dist|\.ci|\.git)(\/|$)/.test(file) ||
        /\.(rldpkg|log)$/.test(file) ||
        /(^|\/)(reports|trash|backups)\//.test(file) ||
        file.endsWith('electron-builder.yml'),
    );
    expect(forbidden).toEqual([]);
    for (const dev of Object.keys(packageJson.devDependencies)) {
      expect(asar, dev).not.toContain(`node_modules/${dev}/package.json`);
    }
    // Of node_modules, only electron-log, which the main bundle leaves outside (the shell tests replace it).
    const packages = new Set(asar.filter((file) => file.startsWith('node_modules/')).map((f) => f.split('/')[1]));
    expect([...packages]).toEqual(['electron-log']);
    expect(Object.keys(packageJson.dependencies)).toContain('electron-log');
  });
});
