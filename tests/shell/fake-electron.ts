// A stand-in for the parts of Electron the main process uses, recording what it is asked to do, so that the
// bundled out/main/main.cjs can boot in plain Node (the real binary cannot be downloaded here).
import { EventEmitter } from 'node:events';
import path from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export function createFakeElectron(dirs: { userData: string; documents: string; appPath: string }) {
  const calls: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  const menus: { label?: string; submenu?: unknown }[][] = [];
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  const savePaths: string[] = [];
  const messageBoxes: { type?: string; message?: string; detail?: string }[] = [];
  /** Where the next Save dialogs answer, instead of Documents (e.g. a folder that does not exist). */
  const saveTarget: { override: string | null } = { override: null };
  /** What the Open dialogs are asked (title, folder, filters) and what they answer: a file, or null for Cancel. */
  const openDialogs: {
    title?: string;
    defaultPath?: string;
    filters?: { name: string; extensions: string[] }[];
    properties?: string[];
  }[] = [];
  const openAnswer: { file: string | null } = { file: null };
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const appEvents = new EventEmitter();

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    title: string;
    constructor(readonly options: { title?: string; x?: number; y?: number; width?: number; height?: number }) {
      super();
      this.title = options.title ?? '';
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.emit('ready-to-show');
    }
    show(): void {}
    focus(): void {
      calls.push('window.focus');
    }
    maximize(): void {}
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    isMaximized(): boolean {
      return false;
    }
    isDestroyed(): boolean {
      return false;
    }
    getNormalBounds() {
      const { x = 0, y = 0, width = 800, height = 600 } = this.options;
      return { x, y, width, height };
    }
    setTitle(title: string): void {
      this.title = title;
    }
    close(): void {
      calls.push('window.close');
    }
    destroy(): void {}
  }

  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  const electron = {
    app: {
      on: (event: string, listener: Listener) => appEvents.on(event, listener),
      whenReady: () => ready,
      requestSingleInstanceLock: () => true,
      getPath: (name: string) => (name === 'documents' ? dirs.documents : dirs.userData),
      getAppPath: () => dirs.appPath,
      getVersion: () => '0.1.0',
      getLocale: () => 'zh-CN',
      isPackaged: false,
      setAppUserModelId: (id: string) => calls.push(`setAppUserModelId ${id}`),
      quit: () => calls.push('app.quit'),
      exit: (code: number) => calls.push(`app.exit ${code}`),
    },
    BrowserWindow: FakeBrowserWindow,
    screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
        setDevicePermissionHandler: () => calls.push('setDevicePermissionHandler'),
        setDisplayMediaRequestHandler: () => calls.push('setDisplayMediaRequestHandler'),
        webRequest: { onBeforeRequest: () => calls.push('webRequest.onBeforeRequest') },
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) =>
        protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (menu: { label?: string }[]) => menus.push(menu),
    },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        const options = args.at(-1) as { defaultPath: string };
        const target = saveTarget.override ?? path.join(dirs.documents, path.basename(options.defaultPath));
        savePaths.push(target);
        return { canceled: false, filePath: target };
      },
      showOpenDialog: async (...args: unknown[]) => {
        openDialogs.push(args.at(-1) as (typeof openDialogs)[number]);
        return openAnswer.file ? { canceled: false, filePaths: [openAnswer.file] } : { canceled: true, filePaths: [] };
      },
      showMessageBox: async (...args: unknown[]) => {
        messageBoxes.push(args.at(-1) as (typeof messageBoxes)[number]);
        return { response: 0 };
      },
      showErrorBox: (title: string, content: string) => calls.push(`showErrorBox ${title}: ${content}`),
    },
    shell: {
      openPath: async () => '',
      showItemInFolder: () => undefined,
    },
  };

  const log = Object.assign(() => undefined, {
    info: () => undefined,
    warn: (...args: unknown[]) => calls.push(`log.warn ${args.map(String).join(' ')}`),
    error: (...args: unknown[]) => calls.push(`log.error ${args.map(String).join(' ')}`),
    errorHandler: { startCatching: () => undefined },
    transports: { file: { getFile: () => ({ path: path.join(dirs.userData, 'logs', 'main.log') }) } },
  });

  return {
    electron,
    log,
    calls,
    windows,
    menus,
    ipcHandlers,
    protocolHandlers,
    savePaths,
    messageBoxes,
    saveTarget,
    openDialogs,
    openAnswer,
    appEvents,
    resolveReady,
  };
}
