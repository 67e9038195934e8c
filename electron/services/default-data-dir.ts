// The per-user data folder, where Electron's app.getPath('userData') puts it for our product name, so the
// CLI finds the app's reports without being told: %APPDATA%\Rule-of-Law Report Desk on Windows,
// ~/Library/Application Support/… on macOS, $XDG_CONFIG_HOME or ~/.config/… elsewhere.
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Rule-of-Law Report Desk';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, PRODUCT_NAME);
}
