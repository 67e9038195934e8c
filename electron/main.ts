// The Electron main process: lifecycle only. Boot: single-instance lock, log, services on the data folder,
// the app: protocol, IPC, menu, window. Shutdown: wait for pending saves, close the services (flush, unlock).
import { app, BrowserWindow, dialog, session } from 'electron';
import log from 'electron-log/main';
import path from 'node:path';
import { REPORT_IMPORTED_CHANNEL, type ReportImportedEvent } from '../core/api';
import { toErrorPayload } from '../core/errors';
import { DEFAULT_LANGUAGE, errorMessage, translator } from '../core/i18n';
import type { Language } from '../core/model';
import { connectIpc, type IpcConnection } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { createServices, type Services } from './services';
import { APP_USER_MODEL_ID } from './shell/app-identity';
import { cliArguments, runCliInApp } from './shell/cli-launch';
import { createCloseGuard, SaveTracker } from './shell/close-guard';
import { packageFilesFromArgv } from './shell/launch-args';
import { importHandedPackage, nativeServiceHooks, type DesktopContext } from './shell/native-services';
import { createMainWindow, focusWindow, guardAllWebContents, hardenSession } from './window';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
let ipc: IpcConnection | null = null;
let language: Language = DEFAULT_LANGUAGE;
let shutDown = false;
/** Packages handed to a second instance before this one finished booting: imported once it has. */
let pendingPackages: string[] | null = [];
const saves = new SaveTracker();
const context: DesktopContext = { mainWindow: () => mainWindow, language: () => language };

async function importPackages(files: readonly string[]): Promise<void> {
  if (pendingPackages || !services) {
    pendingPackages?.push(...files);
    return;
  }
  for (const file of files) {
    const reportId = await importHandedPackage(services, file, context);
    if (reportId && mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.webContents.send(REPORT_IMPORTED_CHANNEL, { reportId } satisfies ReportImportedEvent);
    }
  }
}

async function openMainWindow(dataDir: string): Promise<void> {
  const appPath = app.getAppPath();
  const window = await createMainWindow({
    preloadPath: path.join(appPath, 'out/preload/preload.cjs'),
    stateFile: path.join(dataDir, 'window-state.json'),
    title: translator(language, 'shell')('appName'),
    devTools: !app.isPackaged,
    // A packaged app takes its icon from the executable.
    ...(app.isPackaged ? {} : { iconPath: path.join(appPath, 'build/icon.png') }),
  });
  const guard = createCloseGuard({
    tracker: saves,
    delay,
    close: () => window.close(),
    confirmDiscard: async () => {
      const t = translator(language, 'shell');
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        title: t('dialog.pendingTitle'),
        message: t('dialog.pendingMessage'),
        detail: t('dialog.pendingDetail'),
        buttons: [t('dialog.keepOpen'), t('dialog.closeAnyway')],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return response === 1;
    },
  });
  window.on('close', guard.onClose);
  window.webContents.on('will-prevent-unload', guard.onUnloadPrevented);
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
}

async function boot(): Promise<void> {
  const dataDir = app.getPath('userData');
  log.info(`starting ${app.getVersion()} (electron ${process.versions.electron})`);
  hardenSession(session.defaultSession);
  services = await createServices({
    dataDir,
    ...nativeServiceHooks(context),
    onExportProgress: (progress) => ipc?.sendProgress(progress),
  });
  language = (await services.getSettings()).uiLanguage;
  serveRenderer(path.join(app.getAppPath(), 'out/renderer'));
  const menuContext = { dataDir, developerTools: !app.isPackaged, mainWindow: () => mainWindow };
  ipc = connectIpc({
    services,
    saves,
    onSettingsChanged: (settings) => {
      if (settings.uiLanguage === language) return;
      language = settings.uiLanguage;
      installMenu(menuContext, language);
      mainWindow?.setTitle(translator(language, 'shell')('appName'));
    },
  });
  installMenu(menuContext, language);
  await openMainWindow(dataDir);
  const handedOver = pendingPackages ?? [];
  pendingPackages = null;
  await importPackages([...packageFilesFromArgv(process.argv, process.cwd()), ...handedOver]);
}

async function shutdown(): Promise<void> {
  ipc?.dispose();
  await services?.close();
  log.info('stopped');
}

function failToStart(err: unknown): void {
  log.error('start-up failed', err);
  const problem = toErrorPayload(err);
  dialog.showErrorBox(translator(language, 'shell')('dialog.startFailedTitle'), errorMessage(language, problem));
  app.exit(1);
}

log.errorHandler.startCatching({ showDialog: false });
app.setAppUserModelId(APP_USER_MODEL_ID);
registerAppScheme();
guardAllWebContents(app);

const cliArgs = cliArguments(process.argv, process.defaultApp === true);
if (cliArgs) {
  // Started as the command line (bin\report-desk.cmd): the command runs, no window opens, no lock is taken.
  runCliInApp(cliArgs, (code) => app.exit(code)).catch(failToStart);
} else if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data folder; it receives our argv through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) focusWindow(mainWindow);
    importPackages(packageFilesFromArgv(argv, workingDirectory)).catch((err: unknown) =>
      log.error('import failed', err),
    );
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (shutDown) return;
    event.preventDefault();
    shutdown()
      .catch((err: unknown) => log.error('shutdown failed', err))
      .finally(() => {
        shutDown = true;
        app.quit();
      });
  });
  app.whenReady().then(boot).catch(failToStart);
}
