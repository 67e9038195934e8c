// BrowserWindow options as data, so the security flags are asserted by tests instead of trusted to memory.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_WINDOW_SIZE, type Rectangle } from './window-state';

/** Electron's security checklist, the parts that are window preferences. */
const hardenedPreferences: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // Middle-click would open links in new windows; those are denied anyway, this stops the event at the source.
  disableBlinkFeatures: 'Auxclick',
};

export interface MainWindowInput {
  bounds: Rectangle;
  preloadPath: string;
  title: string;
  iconPath?: string;
  devTools: boolean;
}

export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: input.title,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    // Shown on ready-to-show: no white flash while the renderer loads.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...hardenedPreferences,
      preload: input.preloadPath,
      devTools: input.devTools,
      plugins: false,
    },
  };
}

/**
 * The window that prints an exported PDF: Chromium's PDF viewer (the `plugins` flag) shows the file and
 * `webContents.print()` opens the operating system's print dialog. No preload, no API: it only displays a file.
 */
export function printWindowOptions(input: {
  title: string;
  parent?: BrowserWindowConstructorOptions['parent'];
}): BrowserWindowConstructorOptions {
  return {
    width: 900,
    height: 1000,
    title: input.title,
    show: false,
    ...(input.parent ? { parent: input.parent } : {}),
    webPreferences: {
      ...hardenedPreferences,
      devTools: false,
      plugins: true,
    },
  };
}
