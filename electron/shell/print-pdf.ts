// Printing an exported PDF through the operating system's print dialog. Chromium's own PDF viewer shows the
// file in a window of its own (no preload, sandboxed) and webContents.print() opens the Windows print dialog
// for it — the same dialog as in every other program, with the user's printers and duplex settings. Printing
// from a PDF printed blank pages before Electron 32 (electron#30947, fixed by electron#43309); if the print job
// still fails, the file opens in the system PDF viewer so the user can print from there.
import { BrowserWindow, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../core/errors';
import { printWindowOptions } from './window-options';

export type PrintOutcome = { printed: true } | { printed: false; reason: string };

function isCancellation(reason: string): boolean {
  return /cancel/i.test(reason);
}

export async function printPdfFile(filePath: string, title: string, parent?: BrowserWindow): Promise<PrintOutcome> {
  const options = printWindowOptions({ title, ...(parent ? { parent } : {}) });
  // Electronegativity cannot follow the options into window-options.ts, where contextIsolation and sandbox are on
  // (asserted by tests/shell/window-options.test.ts):
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  try {
    await window.loadURL(pathToFileURL(filePath).href);
    // Visible: the user sees which document the print dialog is about.
    window.show();
    const reason = await new Promise<string | null>((resolve) => {
      window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) =>
        resolve(success || isCancellation(failureReason) ? null : failureReason),
      );
    });
    return reason === null ? { printed: true } : { printed: false, reason };
  } catch (err) {
    return { printed: false, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}

/** The file in the program Windows associates with it (also the fallback for printing); FILE_READ_FAILED if none can. */
export async function openInSystemViewer(filePath: string): Promise<void> {
  const problem = await shell.openPath(filePath);
  if (problem) throw new AppError('FILE_READ_FAILED', { detail: `${path.basename(filePath)}: ${problem}` });
}
