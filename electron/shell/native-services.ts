// What the services need from the desktop, implemented with Electron: Open and Save dialogs in Documents, the
// system viewer and Explorer, printing, and importing a package Windows hands us.
import { app, dialog, shell, type BrowserWindow } from 'electron';
import log from 'electron-log/main';
import path from 'node:path';
import { AppError, technicalDetail, toErrorPayload } from '../../core/errors';
import { errorMessage, translator } from '../../core/i18n';
import type { Language } from '../../core/model';
import type { ServiceOptions, Services } from '../services';
import { openInSystemViewer, printPdfFile } from './print-pdf';
import { openDialogOptions, saveDialogOptions, withExtension } from './file-dialog-options';

export interface DesktopContext {
  mainWindow(): BrowserWindow | null;
  language(): Language;
}

type NativeHooks = Pick<ServiceOptions, 'chooseSavePath' | 'chooseOpenPath' | 'openPath' | 'showInFolder' | 'printPdf'>;

export function nativeServiceHooks(context: DesktopContext): NativeHooks {
  const t = () => translator(context.language(), 'shell');
  return {
    async chooseSavePath(kind, defaultFileName) {
      const options = saveDialogOptions(kind, defaultFileName, app.getPath('documents'), t());
      const window = context.mainWindow();
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : withExtension(kind, choice.filePath);
    },
    async chooseOpenPath(kind) {
      const options = openDialogOptions(kind, app.getPath('documents'), t());
      const window = context.mainWindow();
      const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    openPath: openInSystemViewer,
    async showInFolder(file) {
      shell.showItemInFolder(file);
    },
    async printPdf(file) {
      const window = context.mainWindow();
      const outcome = await printPdfFile(file, path.basename(file), window ?? undefined);
      if (outcome.printed) return;
      log.warn('printing failed, opening the system viewer:', outcome.reason);
      await openInSystemViewer(file);
      const strings = t();
      const options = {
        type: 'warning' as const,
        title: strings('dialog.printFailedTitle'),
        message: strings('dialog.printFailedMessage', { reason: outcome.reason }),
        buttons: [strings('dialog.ok')],
      };
      if (window) await dialog.showMessageBox(window, options);
      else await dialog.showMessageBox(options);
    },
  };
}

/** Imports a package file Windows passed on the command line; tells the user when it cannot be imported. */
export async function importHandedPackage(
  services: Services,
  file: string,
  context: DesktopContext,
): Promise<string | null> {
  try {
    const { report, notices } = await services.importPackageFromFile(file);
    log.info(`package imported from the command line${notices.length ? ` (${notices.join(', ')})` : ''}`);
    return report.id;
  } catch (err) {
    if (err instanceof AppError && err.code === 'PACKAGE_ALREADY_IMPORTED') {
      return (await askAboutDuplicate(services, err, context))?.report.id ?? null;
    }
    const problem = toErrorPayload(err);
    log.warn(`package import failed: ${technicalDetail(err)}`);
    const language = context.language();
    const shellText = translator(language, 'shell');
    const options = {
      type: 'error' as const,
      title: shellText('dialog.importFailedTitle'),
      message: shellText('dialog.importFailedMessage', { file: path.basename(file) }),
      detail: errorMessage(language, problem),
      buttons: [shellText('dialog.ok')],
    };
    const window = context.mainWindow();
    if (window) await dialog.showMessageBox(window, options);
    else await dialog.showMessageBox(options);
    return null;
  }
}

/**
 * The package's report is in the list already: keep both, replace it, or import nothing, as the user says (a
 * signed-off report is never replaced, so then only keep both or nothing).
 */
async function askAboutDuplicate(services: Services, duplicate: AppError, context: DesktopContext) {
  const language = context.language();
  const shellText = translator(language, 'shell');
  const choices =
    duplicate.params.context === 'locked' ? (['keep-both'] as const) : (['keep-both', 'replace'] as const);
  const label = { 'keep-both': 'dialog.duplicateKeepBoth', replace: 'dialog.duplicateReplace' } as const;
  const options = {
    type: 'question' as const,
    title: shellText('dialog.duplicateTitle'),
    message: errorMessage(language, duplicate),
    buttons: [...choices.map((c) => shellText(label[c])), shellText('dialog.duplicateCancel')],
    defaultId: 0,
    cancelId: choices.length,
  };
  const window = context.mainWindow();
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  const choice = choices[response];
  if (!choice) return null;
  const imported = await services.resolvePackageImport(String(duplicate.params.importId), choice);
  log.info('package imported from the command line', choice);
  return imported;
}
