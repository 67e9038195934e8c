// A data-folder command's way to the app's services: the folder named by --data-dir (or the app's own), opened
// for the command and closed after it, with the services' dialogs answered from the command line.
import type { Services } from '../services';
import { defaultDataDir } from '../services/default-data-dir';
import { officeTimeZoneOf } from '../services/office-zone';
import { str, type Context } from './command';

/** The data folder a command works on: --data-dir, or the app's own. */
export const dataDirOf = (ctx: Context): string => str(ctx, 'data-dir') ?? defaultDataDir(ctx.io.env);

/**
 * The office's time zone: the one the data folder's settings name (--data-dir, else the app's own folder, read
 * without its lock), else the machine's. Every command that makes or prints a date asks here.
 */
export const officeZone = (ctx: Context): Promise<string> => officeTimeZoneOf(dataDirOf(ctx));

interface Access {
  /** Reads only: works beside a running app, which holds the folder's lock. */
  readOnly: boolean;
  /** The answer to the services' Save dialog: the path as the user gave it, which a failure names. */
  savePath?: string;
}

/** Runs `fn` with the data folder's services open. */
export async function withServices<T>(
  ctx: Context,
  access: Access,
  fn: (services: Services) => Promise<T>,
): Promise<T> {
  const { readOnly, savePath } = access;
  // Loaded on demand: the store (lowdb) is not needed by commands that only read and write files.
  const { createServices } = await import('../services');
  const services = await createServices({
    dataDir: dataDirOf(ctx),
    readOnly,
    chooseSavePath: async () => savePath ?? null,
    // Files to read come on the command line: there is no Open dialog to answer.
    chooseOpenPath: async () => null,
    openPath: async () => undefined,
    showInFolder: async () => undefined,
    printPdf: async () => undefined,
    onExportProgress: () => undefined,
  });
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}
