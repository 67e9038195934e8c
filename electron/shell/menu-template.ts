// The application menu as a pure function of its options and the translation function (the pattern of Signal
// Desktop): tested in Node for both languages; only electron/menu.ts calls Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from '../../core/i18n';

export interface MenuOptions {
  /** Developer items (reload, developer tools) only in an unpackaged run. */
  developerTools: boolean;
  openDataFolder(): void;
  exportDiagnostics(): void;
  showAbout(): void;
}

export function createMenuTemplate(options: MenuOptions, t: TFunction<'shell'>): MenuItemConstructorOptions[] {
  const appName = t('appName');
  const developerItems: MenuItemConstructorOptions[] = options.developerTools
    ? [
        { type: 'separator' },
        { label: t('menu.reload'), role: 'reload', accelerator: 'CommandOrControl+R' },
        { label: t('menu.toggleDevTools'), role: 'toggleDevTools', accelerator: 'CommandOrControl+Shift+I' },
      ]
    : [];
  return [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.closeWindow'), role: 'close', accelerator: 'CommandOrControl+W' },
        { type: 'separator' },
        { label: t('menu.quit'), role: 'quit', accelerator: 'CommandOrControl+Q' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        // The wizard keeps its own undo history and binds Ctrl+Z / Ctrl+Y itself; the menu shows the keys but does
        // not take them from the page (registerAccelerator: false), and a click sends the editing command to it.
        { label: t('menu.undo'), role: 'undo', accelerator: 'CommandOrControl+Z', registerAccelerator: false },
        { label: t('menu.redo'), role: 'redo', accelerator: 'CommandOrControl+Y', registerAccelerator: false },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut', accelerator: 'CommandOrControl+X' },
        { label: t('menu.copy'), role: 'copy', accelerator: 'CommandOrControl+C' },
        { label: t('menu.paste'), role: 'paste', accelerator: 'CommandOrControl+V' },
        { label: t('menu.pasteAsPlainText'), role: 'pasteAndMatchStyle', accelerator: 'CommandOrControl+Shift+V' },
        { type: 'separator' },
        { label: t('menu.selectAll'), role: 'selectAll', accelerator: 'CommandOrControl+A' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.zoomIn'), role: 'zoomIn', accelerator: 'CommandOrControl+Plus' },
        // Ctrl+= (the unshifted key) and the numeric keypad zoom too, as in every browser.
        { label: t('menu.zoomIn'), role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
        { label: t('menu.zoomIn'), role: 'zoomIn', accelerator: 'CommandOrControl+numadd', visible: false },
        { label: t('menu.zoomOut'), role: 'zoomOut', accelerator: 'CommandOrControl+-' },
        { label: t('menu.zoomOut'), role: 'zoomOut', accelerator: 'CommandOrControl+numsub', visible: false },
        { label: t('menu.resetZoom'), role: 'resetZoom', accelerator: 'CommandOrControl+0' },
        { label: t('menu.resetZoom'), role: 'resetZoom', accelerator: 'CommandOrControl+num0', visible: false },
        { type: 'separator' },
        { label: t('menu.toggleFullScreen'), role: 'togglefullscreen', accelerator: 'F11' },
        ...developerItems,
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.openDataFolder'), click: () => options.openDataFolder() },
        { label: t('menu.exportDiagnostics'), click: () => options.exportDiagnostics() },
        { type: 'separator' },
        { label: t('menu.about', { appName }), accelerator: 'F1', click: () => options.showAbout() },
      ],
    },
  ];
}
