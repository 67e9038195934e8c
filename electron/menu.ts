// Builds the application menu in the UI language (again whenever it changes) and carries out the Help items.
import { app, dialog, Menu, shell, type BrowserWindow } from 'electron';
import log from 'electron-log/main';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { technicalDetail, toErrorPayload } from '../core/errors';
import type { Language } from '../core/model';
import { errorMessage, translator } from '../core/i18n';
import { writeOutputFile } from './files/output-file';
import { officeTimeZoneOf } from './services/office-zone';
import { createMenuTemplate } from './shell/menu-template';
import { buildDiagnostics, diagnosticsFileName } from './shell/diagnostics';
import { saveDialogOptions, withExtension } from './shell/file-dialog-options';

export interface MenuContext {
  dataDir: string;
  developerTools: boolean;
  mainWindow(): BrowserWindow | null;
}

async function readLogs(): Promise<{ name: string; text: string }[]> {
  const current = log.transports.file.getFile().path;
  const rotated = current.replace(/\.log$/, '.old.log');
  const logs: { name: string; text: string }[] = [];
  for (const file of [rotated, current]) {
    try {
      logs.push({ name: path.basename(file), text: await readFile(file, 'utf8') });
    } catch {
      // No rotated log yet: nothing to add.
    }
  }
  return logs;
}

async function showMessage(window: BrowserWindow | null, options: Electron.MessageBoxOptions): Promise<void> {
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

async function exportDiagnostics(context: MenuContext, language: Language): Promise<void> {
  const t = translator(language, 'shell');
  const window = context.mainWindow();
  const createdAt = new Date();
  const timeZone = await officeTimeZoneOf(context.dataDir);
  const fileName = diagnosticsFileName(createdAt, timeZone);
  const options = saveDialogOptions('diagnostics', fileName, app.getPath('documents'), t);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  const target = withExtension('diagnostics', choice.filePath);
  const text = buildDiagnostics({
    appName: t('appName'),
    appVersion: app.getVersion(),
    versions: process.versions,
    platform: process.platform,
    arch: process.arch,
    osRelease: os.release(),
    locale: app.getLocale(),
    uiLanguage: language,
    packaged: app.isPackaged,
    createdAt,
    timeZone,
    logs: await readLogs(),
  });
  await writeOutputFile(target, text);
  log.info('diagnostics exported');
  await showMessage(window, {
    type: 'info',
    title: t('menu.exportDiagnostics'),
    message: t('dialog.diagnosticsSaved', { path: target }),
    detail: t('dialog.diagnosticsHint'),
    buttons: [t('dialog.ok')],
  });
}

async function showAbout(context: MenuContext, language: Language): Promise<void> {
  const t = translator(language, 'shell');
  await showMessage(context.mainWindow(), {
    type: 'info',
    title: t('menu.about', { appName: t('appName') }),
    message: t('appName'),
    detail: t('dialog.aboutDetail', {
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      dataDir: context.dataDir,
    }),
    buttons: [t('dialog.ok')],
  });
}

function reportFailure(action: string) {
  return (err: unknown) => log.error(`${action} failed`, err);
}

/** A diagnostics file that could not be written: the user asked for it, so the user is told, not only the log. */
async function tellDiagnosticsFailed(context: MenuContext, language: Language, err: unknown): Promise<void> {
  const problem = toErrorPayload(err);
  log.warn(`export diagnostics failed: ${technicalDetail(err)}`);
  const t = translator(language, 'shell');
  await showMessage(context.mainWindow(), {
    type: 'error',
    title: t('menu.exportDiagnostics'),
    message: t('dialog.diagnosticsFailed'),
    detail: errorMessage(language, problem),
    buttons: [t('dialog.ok')],
  });
}

export function installMenu(context: MenuContext, language: Language): void {
  const template = createMenuTemplate(
    {
      developerTools: context.developerTools,
      openDataFolder: () => {
        shell
          .openPath(context.dataDir)
          .then((problem) => problem && log.warn('open data folder:', problem), reportFailure('open data folder'));
      },
      exportDiagnostics: () => {
        exportDiagnostics(context, language)
          .catch((err: unknown) => tellDiagnosticsFailed(context, language, err))
          .catch(reportFailure('export diagnostics'));
      },
      showAbout: () => {
        showAbout(context, language).catch(reportFailure('about'));
      },
    },
    translator(language, 'shell'),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
