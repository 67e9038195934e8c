// The main window: created with the hardened options, placed where it was last time, and guarded so it can
// only ever show our own pages.
import { BrowserWindow, screen, type App, type Session, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import log from 'electron-log/main';
import { writeDurable } from './files/durable-file';
import { APP_ENTRY_URL, isAppUrl } from './shell/app-origin';
import { mainWindowOptions } from './shell/window-options';
import { initialBounds, parseWindowState, serializeWindowState, type WindowState } from './shell/window-state';

export interface MainWindowInput {
  preloadPath: string;
  stateFile: string;
  title: string;
  iconPath?: string;
  devTools: boolean;
}

async function readStoredState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

function currentState(window: BrowserWindow): WindowState {
  // getNormalBounds: where the window returns to when un-maximised, which is what to restore next time.
  const bounds = window.getNormalBounds();
  return { ...bounds, maximized: window.isMaximized() };
}

export async function createMainWindow(input: MainWindowInput): Promise<BrowserWindow> {
  const stored = await readStoredState(input.stateFile);
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const { maximized, ...bounds } = initialBounds(stored, workAreas);
  const options = mainWindowOptions({
    bounds,
    preloadPath: input.preloadPath,
    title: input.title,
    devTools: input.devTools,
    ...(input.iconPath ? { iconPath: input.iconPath } : {}),
  });
  // Electronegativity cannot follow the options into window-options.ts, where contextIsolation and sandbox are on
  // (asserted by tests/shell/window-options.test.ts):
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });

  let saveTimer: NodeJS.Timeout | undefined;
  const persist = () => {
    if (window.isDestroyed()) return;
    writeDurable(input.stateFile, serializeWindowState(currentState(window))).catch((err: unknown) =>
      log.warn('window state not saved', err),
    );
  };
  const persistSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(persist, 500);
  };
  window.on('resize', persistSoon);
  window.on('move', persistSoon);
  window.on('maximize', persistSoon);
  window.on('unmaximize', persistSoon);
  window.on('closed', () => clearTimeout(saveTimer));
  // 'close' may be cancelled (pending saves); storing the state twice is harmless.
  window.on('close', persist);

  await window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Brings the window to the front (a second launch, a double-clicked package). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Navigation and new windows denied for every web contents the app ever creates (main window, print window,
 * anything a page might try to open): our pages never navigate, and links to the web have nowhere to go offline.
 */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      log.warn('window.open refused', url.slice(0, 200));
      return { action: 'deny' };
    });
    const refuseForeign = (event: { preventDefault(): void }, url: string) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      log.warn('navigation refused', url.slice(0, 200));
    };
    contents.on('will-navigate', refuseForeign);
    contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
    contents.on('will-redirect', refuseForeign);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Every permission (camera, notifications, clipboard-read, HID, …) is refused, and no request leaves the PC. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission refused', permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (details, callback) => {
      log.warn('network request refused', details.url.slice(0, 200));
      callback({ cancel: true });
    },
  );
}
