// Boots the bundled main process (out/main/main.cjs, as Electron would load it) against a recording stand-in
// for Electron and the real services on a temporary data folder, then drives it as the page and Windows would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Module, { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_METHODS, REPORT_IMPORTED_CHANNEL, channelOf, type Envelope } from '../../core/api';
import { createReportFromTemplate } from '../../core/templates';
import { encodePackage } from '../../electron/formats/package/package-format';
import { createFakeElectron, FakeWebContents } from './fake-electron';

const repoRoot = path.resolve(__dirname, '../..');
const mainBundle = path.join(repoRoot, 'out/main/main.cjs');
const require = createRequire(import.meta.url);
const ours = { senderFrame: { url: 'app://report-desk/index.html' }, sender: new FakeWebContents() };

type Fake = ReturnType<typeof createFakeElectron>;
let fake: Fake;
let base: string;
let earlyPackage: string;
const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleWithLoad._load;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

function invoke(method: (typeof API_METHODS)[number], ...args: unknown[]): Promise<Envelope<unknown>> {
  const handler = fake.ipcHandlers.get(channelOf(method))!;
  return handler(ours, ...args) as Promise<Envelope<unknown>>;
}

beforeAll(async () => {
  expect(existsSync(mainBundle), 'run npm run build first').toBe(true);
  base = mkdtempSync(path.join(os.tmpdir(), 'shell-main-'));
  earlyPackage = path.join(base, 'early.rldpkg');
  const dirs = { userData: path.join(base, 'userData'), documents: path.join(base, 'Documents'), appPath: repoRoot };
  mkdirSync(dirs.userData);
  mkdirSync(dirs.documents);
  fake = createFakeElectron(dirs);
  moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return fake.electron;
    if (request === 'electron-log/main') return fake.log;
    return originalLoad.call(this, request, ...rest);
  };
  delete require.cache[mainBundle];
  require(mainBundle);
  // Before ready: the scheme is privileged and web contents are guarded; nothing else has happened yet.
  expect(fake.calls.some((c) => c.startsWith('registerSchemesAsPrivileged'))).toBe(true);
  expect(fake.windows).toHaveLength(0);
  // A package double-clicked while the app is still starting: handed over before there is anything to take it.
  const early = createReportFromTemplate('department-annual', { organisation: '某区统计局', year: 2021 });
  writeFileSync(earlyPackage, encodePackage(early, new Date().toISOString()));
  fake.appEvents.emit('second-instance', {}, ['C:\\ReportDesk.exe', earlyPackage], base);
  fake.resolveReady();
  await until(() => fake.windows[0]?.loadedUrl != null, 'the main window');
}, 60_000);

afterAll(async () => {
  moduleWithLoad._load = originalLoad;
  rmSync(base, { recursive: true, force: true });
});

describe('the main process', () => {
  it('registers the app: scheme as standard and secure before ready', () => {
    const registration = fake.calls.find((c) => c.startsWith('registerSchemesAsPrivileged'))!;
    expect(JSON.parse(registration.slice('registerSchemesAsPrivileged '.length))).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('opens one hardened window on the app: page with the preload', () => {
    const [window] = fake.windows;
    expect(fake.windows).toHaveLength(1);
    expect(window!.loadedUrl).toBe('app://report-desk/index.html');
    const prefs = (window!.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: path.join(repoRoot, 'out/preload/preload.cjs'),
    });
    expect(window!.title).toBe('法治政府建设年度报告助手');
  });

  it('locks down the session', () => {
    for (const call of ['setPermissionRequestHandler', 'setPermissionCheckHandler', 'webRequest.onBeforeRequest'])
      expect(fake.calls).toContain(call);
    expect(fake.calls).toContain('setAppUserModelId cn.gov.fazhi.report-desk');
  });

  it('serves the built renderer with the CSP header', async () => {
    const handler = fake.protocolHandlers.get('app')!;
    const response = await handler({ url: 'app://report-desk/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('denies navigation away and new windows for every web contents', () => {
    const contents = fake.windows[0]!.webContents;
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.com/');
    expect(prevented).toBe(true);
    prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'app://report-desk/index.html');
    expect(prevented).toBe(false);
  });

  it('answers the page through one handler per API method, backed by the real services', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
    const templates = await invoke('listTemplates');
    expect(templates.ok && (templates.value as unknown[]).length).toBeGreaterThan(0);
    const created = await invoke('createReport', {
      templateId: 'department-annual',
      organisation: '某区司法局',
      year: 2024,
    });
    expect(created.ok).toBe(true);
    // The package handed over at start-up is imported once the app is ready: wait for it (under load it can
    // land after this test's calls).
    const contents = fake.windows[0]!.webContents;
    await until(() => contents.sent.some((m) => m.channel === REPORT_IMPORTED_CHANNEL), 'the import event');
    const listed = await invoke('listReports');
    expect(listed.ok && (listed.value as { organisation: string }[]).map((r) => r.organisation).sort()).toEqual([
      '某区司法局',
      '某区统计局',
    ]);
  });

  it('imports a package handed to it while it was still starting, once it is ready', async () => {
    const contents = fake.windows[0]!.webContents;
    await until(() => contents.sent.some((m) => m.channel === REPORT_IMPORTED_CHANNEL), 'the import event');
    const listed = await invoke('listReports');
    expect(listed.ok && (listed.value as { organisation: string }[]).map((r) => r.organisation)).toContain(
      '某区统计局',
    );
  });

  it('builds the menu in Chinese, and again in English when the UI language changes', async () => {
    expect(fake.menus.at(-1)!.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    const answer = await invoke('setSettings', { uiLanguage: 'en' });
    expect(answer.ok).toBe(true);
    expect(fake.menus.at(-1)!.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(fake.windows[0]!.title).toBe('Rule-of-Law Report Desk');
  });

  it('saves a package through the Save dialog in Documents, under its Chinese name', async () => {
    const listed = await invoke('listReports');
    const id = (listed as { value: { id: string; organisation: string }[] }).value.find(
      (r) => r.organisation === '某区司法局',
    )!.id;
    const saved = await invoke('exportPackage', id);
    expect(saved.ok).toBe(true);
    const target = fake.savePaths.at(-1)!;
    expect(path.dirname(target)).toBe(path.join(base, 'Documents'));
    expect(path.basename(target)).toMatch(/^某区司法局2024年.*\.rldpkg$/);
    expect(existsSync(target)).toBe(true);
  });

  it('imports a package and an outline chosen in Open dialogs in Documents; Cancel imports nothing', async () => {
    const before = ((await invoke('listReports')) as { value: unknown[] }).value.length;
    fake.openAnswer.file = null;
    expect(await invoke('importPackageFile')).toEqual({ ok: true, value: null });
    expect(await invoke('importOutlineFile', {})).toEqual({ ok: true, value: null });
    expect(((await invoke('listReports')) as { value: unknown[] }).value).toHaveLength(before);
    // The UI is in English since the settings test: so are the dialogs.
    expect(fake.openDialogs.map((d) => [d.title, d.defaultPath, d.filters, d.properties])).toEqual([
      [
        'Import Report Package',
        path.join(base, 'Documents'),
        [{ name: 'Report package', extensions: ['rldpkg'] }],
        ['openFile'],
      ],
      [
        'Choose Last Year’s Report (Word, WPS or Text)',
        path.join(base, 'Documents'),
        [{ name: 'Word or WPS document, or text file', extensions: ['docx', 'doc', 'wps', 'txt'] }],
        ['openFile'],
      ],
    ]);

    fake.openAnswer.file = fake.savePaths.at(-1)!;
    // The package's report is in the list already: the page is asked, and answers without a second dialog.
    const asked = (await invoke('importPackageFile')) as {
      ok: false;
      error: { code: string; params: { importId: string } };
    };
    expect(asked).toMatchObject({ ok: false, error: { code: 'PACKAGE_ALREADY_IMPORTED' } });
    const pkg = await invoke('resolvePackageImport', asked.error.params.importId, 'keep-both');
    expect(pkg).toMatchObject({ ok: true, value: { report: { meta: { organisation: '某区司法局', year: 2024 } } } });
    fake.openAnswer.file = path.join(repoRoot, 'tests/fixtures/outline-gbk.txt');
    const outline = await invoke('importOutlineFile', { year: 2023 });
    expect(outline).toMatchObject({
      ok: true,
      value: { report: { meta: { organisation: '某区司法局', year: 2023 } }, notices: [] },
    });
    expect(((await invoke('listReports')) as { value: unknown[] }).value).toHaveLength(before + 2);
    // The page cannot name a file: an argument beyond the options is refused before any dialog opens.
    const shown = fake.openDialogs.length;
    expect(await invoke('importPackageFile', '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await invoke('importOutlineFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(fake.openDialogs).toHaveLength(shown);
    fake.openAnswer.file = null;
  });

  it('answers a file that cannot be read with a sentence for the page, and the system error for the log', async () => {
    // A path through a file, as if it were a folder: the system says ENOTDIR, the page gets the sentence's code and
    // the file as chosen, the log the system's error.
    const notAFolder = path.join(base, 'not-a-folder.txt');
    writeFileSync(notAFolder, 'x');
    fake.openAnswer.file = path.join(notAFolder, 'report.txt');
    try {
      expect(await invoke('importOutlineFile', {})).toEqual({
        ok: false,
        error: { code: 'FILE_PATH_NOT_FOLDER', params: { file: path.join(notAFolder, 'report.txt') } },
      });
    } finally {
      fake.openAnswer.file = null;
    }
    expect(fake.calls.filter((c) => c.startsWith('log.warn api importOutlineFile: failed'))).toEqual([
      expect.stringMatching(
        /^log\.warn api importOutlineFile: failed \(FILE_PATH_NOT_FOLDER\): FILE_PATH_NOT_FOLDER .* ← Error: ENOTDIR/,
      ),
    ]);
  });

  it('imports a package handed to a second instance, and tells the page', async () => {
    const target = fake.savePaths.at(-1)!;
    const contents = fake.windows[0]!.webContents;
    const imported = () => contents.sent.filter((m) => m.channel === REPORT_IMPORTED_CHANNEL).length;
    const before = imported();
    fake.appEvents.emit('second-instance', {}, ['C:\\ReportDesk.exe', '--some-chromium-switch', target], base);
    await until(() => imported() > before, 'the import event');
    expect(fake.calls).toContain('window.focus');
    // Already in the list: asked, and the fake's first answer keeps both.
    expect(fake.messageBoxes.at(-1)).toMatchObject({ type: 'question', title: 'The report is already in the list' });
    const listed = await invoke('listReports');
    expect(listed.ok && (listed.value as unknown[]).length).toBe(5);
  });

  it('says so when a package cannot be imported, without crashing', async () => {
    const bad = path.join(base, 'broken.rldpkg');
    writeFileSync(bad, '{ not json');
    const before = fake.windows[0]!.webContents.sent.length;
    fake.appEvents.emit('second-instance', {}, ['C:\\ReportDesk.exe', bad], base);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.windows[0]!.webContents.sent.length).toBe(before);
    const listed = await invoke('listReports');
    expect(listed.ok && (listed.value as unknown[]).length).toBe(5);
  });

  it('tells the user when Help → Export diagnostics cannot write its file', async () => {
    type Item = { label?: string; submenu?: Item[]; click?: () => void };
    const items = (fake.menus.at(-1) as Item[]).flatMap((menu) => menu.submenu ?? []);
    const exportItem = items.find((item) => /诊断|diagnostics/i.test(item.label ?? ''))!;
    // Its "folder" is a file: nothing can be written there.
    const target = path.join(earlyPackage, 'diagnostics.txt');
    fake.saveTarget.override = target;
    const shown = fake.messageBoxes.length;
    try {
      exportItem.click!();
      await until(() => fake.messageBoxes.length > shown, 'the failure dialog');
    } finally {
      fake.saveTarget.override = null;
    }
    const box = fake.messageBoxes.at(-1)!;
    expect(box.type).toBe('error');
    expect(box.message).toBe('The diagnostics could not be saved.');
    expect(box.detail).toBe(`Part of the path "${target}" is a file, not a folder. Check the path.`);
  });

  it('closes at once with nothing pending, and retries after the page flushed its edits', async () => {
    const window = fake.windows[0]!;
    let prevented = false;
    window.emit('close', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(false);
    let overridden = false;
    window.webContents.emit('will-prevent-unload', { preventDefault: () => (overridden = true) });
    expect(overridden).toBe(false);
    await until(() => fake.calls.includes('window.close'), 'the second close');
  });

  it('on quit, closes the services (releasing the data folder) before letting the app go', async () => {
    let prevented = false;
    fake.appEvents.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await until(() => fake.calls.includes('app.quit'), 'the quit');
    expect(fake.calls.filter((c) => c.startsWith('log.error'))).toEqual([]);
    // A second pass (the app.quit above) goes through without being held.
    let heldAgain = false;
    fake.appEvents.emit('will-quit', { preventDefault: () => (heldAgain = true) });
    expect(heldAgain).toBe(false);
  });
});
