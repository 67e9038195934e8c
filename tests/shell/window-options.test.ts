import { describe, expect, it } from 'vitest';
import { mainWindowOptions, printWindowOptions } from '../../electron/shell/window-options';

const input = {
  bounds: { x: 10, y: 20, width: 1280, height: 800 },
  preloadPath: '/app/out/preload/preload.cjs',
  title: '助手',
  devTools: false,
};

describe('window options', () => {
  it('the main window follows the security checklist', () => {
    const prefs = mainWindowOptions(input).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      plugins: false,
      devTools: false,
      preload: input.preloadPath,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('places the window at the given bounds, hidden until ready, with a minimum size', () => {
    const options = mainWindowOptions(input);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1280, height: 800, show: false, title: '助手' });
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minWidth).toBeLessThanOrEqual(1366);
    expect(options.minHeight).toBeLessThanOrEqual(768);
  });

  it('developer tools only when asked for', () => {
    expect(mainWindowOptions({ ...input, devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('the print window has the PDF viewer but no preload and the same isolation', () => {
    const prefs = printWindowOptions({ title: 'x.pdf' }).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      plugins: true,
    });
    expect(prefs.preload).toBeUndefined();
  });
});
