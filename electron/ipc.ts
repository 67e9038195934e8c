// Connects the API handler table to Electron's ipcMain, and adds what only the shell knows about a call:
// saves in flight (for closing), the UI language (for the menu), and where export progress should go.
import { ipcMain, type WebContents } from 'electron';
import log from 'electron-log/main';
import { API_METHODS, PROGRESS_CHANNEL, type ExportProgress, type Settings } from '../core/api';
import { technicalDetail } from '../core/errors';
import { createApiHandlers, registerApiHandlers, type ServiceApi } from './shell/api-handlers';
import type { SaveTracker } from './shell/close-guard';

export interface IpcOptions {
  services: ServiceApi;
  saves: SaveTracker;
  onSettingsChanged(settings: Settings): void;
}

export interface IpcConnection {
  /** Sends export progress to the page that asked for the export. */
  sendProgress(progress: ExportProgress): void;
  dispose(): void;
}

export function connectIpc(options: IpcOptions): IpcConnection {
  const { services } = options;
  let progressTarget: WebContents | null = null;
  // Method by method rather than a spread: the services may keep their methods on a prototype.
  const bound = Object.fromEntries(
    API_METHODS.map((method) => [method, (services[method] as (...a: unknown[]) => unknown).bind(services)]),
  ) as unknown as ServiceApi;
  const shellAware: ServiceApi = {
    ...bound,
    saveReport: (...args) => options.saves.track(services.saveReport(...args)),
    setSettings: async (...args) => {
      const settings = await services.setSettings(...args);
      options.onSettingsChanged(settings);
      return settings;
    },
  };
  const table = createApiHandlers(shellAware, {
    onCall(method, event) {
      if (method === 'exportPdf') progressTarget = event.sender as WebContents;
    },
    onProblem(method, problem, code, error) {
      log.warn(
        `api ${method}: ${problem}${code ? ` (${code})` : ''}${error === undefined ? '' : `: ${technicalDetail(error)}`}`,
      );
    },
  });
  const unregister = registerApiHandlers(ipcMain, table);
  return {
    sendProgress(progress) {
      if (progressTarget && !progressTarget.isDestroyed()) progressTarget.send(PROGRESS_CHANNEL, progress);
    },
    dispose: unregister,
  };
}
