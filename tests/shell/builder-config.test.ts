// The installer configuration, checked without downloading Electron or NSIS: electron-builder's own schema
// validation, the settings the issue asks for, and the files a real pack (build/scripts/pack-check.mjs, run by
// electron-builder against a stand-in Electron) puts into app.asar and resources/.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { builtinModules } from 'node:module';
import type { Configuration } from 'app-builder-lib';
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

describe('the packed files', () => {
  let asar: string[];
  let resources: string[];
  beforeAll(() => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pack-answer-'));
    try {
      const answer = path.join(dir, 'pack.json');
      execFileSync(process.execPath, [path.join(repoRoot, 'build/scripts/pack-check.mjs'), answer], {
        cwd: repoRoot,
        stdio: 'pipe',
      });
      ({ asar, resources } = JSON.parse(readFileSync(answer, 'utf8')) as { asar: string[]; resources: string[] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

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

  it('hold every package the main bundle requires', () => {
    const bundle = readFileSync(path.join(repoRoot, 'out/main/main.cjs'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    const packages = [...required]
      .filter((name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name))
      .map((name) =>
        name
          .split('/')
          .slice(0, name.startsWith('@') ? 2 : 1)
          .join('/'),
      );
    expect(packages.length).toBeGreaterThan(0);
    for (const name of packages) expect(asar, name).toContain(`node_modules/${name}/package.json`);
  });

  it('hold the fonts with their licences beside the archive', () => {
    const fonts = resources.filter((file) => file.startsWith('assets/fonts/'));
    expect(fonts).toContain('assets/fonts/manifest.json');
    expect(fonts).toContain('assets/fonts/PROVENANCE.md');
    expect(fonts.some((file) => file.startsWith('assets/fonts/LICENSES/'))).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'assets/fonts/manifest.json'), 'utf8')) as {
      faces: Record<string, { file: string }>;
    };
    for (const face of Object.values(manifest.faces)) expect(fonts).toContain(`assets/fonts/${face.file}`);
  });

  it('hold no sources, source maps, tests, data or development tools', () => {
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
    expect(asar).not.toContain('node_modules/react/package.json');
  });

  it('that check would see a dev dependency if one slipped in', () => {
    // The archive really lists node_modules: production dependencies are there.
    expect(asar).toContain('node_modules/zod/package.json');
    expect(Object.keys(packageJson.dependencies)).toContain('zod');
  });
});
