// A report package handed to the program by Windows (double-click on a .rldpkg, "Open with"), on the command
// line of the first or of a second instance.
import path from 'node:path';
import { PACKAGE_EXTENSION } from '../formats/package/package-format';

/**
 * The package files named in `argv`, in order, resolved against the launching process's folder. The executable,
 * flags (Windows adds Chromium switches to a second instance's argv) and the app folder of `electron .` are not.
 */
export function packageFilesFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PACKAGE_EXTENSION))
    .map((arg) => path.resolve(workingDirectory, arg));
}
