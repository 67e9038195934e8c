// The one durable write primitive, for every file the program must not lose (reports, backups, the index,
// settings, the sign-off's version files, the window's place, and through electron/files/output-file.ts every
// file exported for the user): `writeDurable(file, data)` resolves only when the whole text or bytes are on
// disk under `file`, and otherwise rejects leaving the previous `file` as it was.
//
// How: the data goes to a uniquely named temp file beside the target (`<file>.tmp-<10 digits><6 hex>`), written
// in a loop until every byte is in (a nearly full disk answers a write with fewer bytes than asked, then
// ENOSPC), fsynced, closed, and renamed over the target; then the folder is fsynced where the system allows it,
// so the rename itself survives a power cut (a missing folder is created first). A failed attempt removes its
// temp file. The transient EPERM / EBUSY / EACCES of Windows virus scanners and indexers are retried for at
// most `retryForMs`, so a caller always gets an answer quickly; what remains is a typed AppError (DISK_FULL,
// FILE_BUSY or WRITE_FAILED), or for the output writer the system's error, which it words naming the file.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { errnoOf, fileErrorCode } from './file-errors';

/** How long a write keeps retrying transient errors before it answers (a save must answer within 2 s). */
export const RETRY_FOR_MS = 1500;

export interface DurableWriteOptions {
  /** How long transient errors (EPERM, EBUSY, EACCES) are retried; RETRY_FOR_MS by default. */
  retryForMs?: number;
  /**
   * Runs once the temp file is whole on disk, right before it is renamed (or linked) into place: the store's
   * lock fence, which throws when the folder is no longer ours (see electron/store/store.ts, `fence`).
   */
  beforeRename?: () => void | Promise<void>;
}

/** Text is written as UTF-8. Rejects with DISK_FULL, FILE_BUSY or WRITE_FAILED. */
export async function writeDurable(
  file: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  try {
    await writeDurableRaw(file, data, options);
  } catch (err) {
    throw writeError(err);
  }
}

/**
 * The durable write with the system's own error once retries are over, for a caller that tells the user about
 * the file in its own words (the output writer names the file the user chose).
 */
export async function writeDurableRaw(
  file: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  await retryingTransient(options.retryForMs ?? RETRY_FOR_MS, async () => {
    const temp = tempFileFor(file);
    try {
      await writeWhole(temp, bytes);
      await options.beforeRename?.();
      await fsp.rename(temp, file);
    } catch (err) {
      await fsp.unlink(temp).catch(() => undefined);
      throw err;
    }
  });
  await syncFolder(path.dirname(file));
}

/**
 * Like writeDurable, but never replaces: the whole temp file is linked in under `file`, which fails when `file`
 * is already there. For files written once and never rewritten (history versions); where the file system has no
 * links (FAT), an exclusive copy. Rejects with the system's EEXIST (the caller says what the name means), or
 * DISK_FULL, FILE_BUSY, WRITE_FAILED.
 */
export async function createDurable(
  file: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempFileFor(file);
  try {
    await writeWhole(temp, bytes);
    await options.beforeRename?.();
    await fsp.link(temp, file).catch((err: unknown) => {
      if (!isErrno(err, 'EPERM', 'ENOTSUP', 'ENOSYS')) throw err;
      return fsp.copyFile(temp, file, fsConstants.COPYFILE_EXCL);
    });
  } catch (err) {
    throw isErrno(err, 'EEXIST') ? err : writeError(err);
  } finally {
    await fsp.unlink(temp).catch(() => undefined);
  }
  await syncFolder(path.dirname(file));
}

/** rename(), retried on the transient errors of Windows scanners (moves into and out of the trash). */
export async function renameRetrying(from: string, to: string, options: DurableWriteOptions = {}): Promise<void> {
  try {
    await retryingTransient(options.retryForMs ?? RETRY_FOR_MS, () => fsp.rename(from, to));
  } catch (err) {
    throw isErrno(err, 'ENOENT') ? err : writeError(err);
  }
}

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw new AppError('FILE_READ_FAILED', {}, { cause: err });
  }
}

export const isErrno = (err: unknown, ...codes: string[]): boolean => codes.includes(errnoOf(err) ?? '');

/** Errors that a retry a moment later may not meet again (a scanner holding the file open). */
export const isTransient = (err: unknown): boolean => isErrno(err, 'EPERM', 'EBUSY', 'EACCES');

/** A failed write in the data folder as the user is told of it; the system's error is the cause, for the log. */
export function writeError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (fileErrorCode(err, 'write') === 'FILE_DISK_FULL') return new AppError('DISK_FULL', {}, { cause: err });
  if (isTransient(err)) return new AppError('FILE_BUSY', {}, { cause: err });
  return new AppError('WRITE_FAILED', {}, { cause: err });
}

/** Temp files are named so that a store opening its folder can recognise (and remove) a dead writer's. */
export function isTempFile(name: string): boolean {
  return /\.tmp-\d{10}[0-9a-f]{6}$/.test(name);
}

function tempFileFor(file: string): string {
  return `${file}.tmp-${String(Date.now() % 1e10).padStart(10, '0')}${randomBytes(3).toString('hex')}`;
}

async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fsp.open(file, 'wx', 0o666).catch(async (err: unknown) => {
    // A file in a folder not made yet (an export to a new folder): made, as for the file itself.
    if (!isErrno(err, 'ENOENT')) throw err;
    await makeFolders(path.dirname(file));
    return fsp.open(file, 'wx', 0o666);
  });
  try {
    for (let offset = 0; offset < bytes.length;) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
      // write() answering 0 makes no progress: the device is full (the next call would say ENOSPC).
      if (bytesWritten <= 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Creates `dir` and its missing parents one level at a time, so that it ends: Node's recursive mkdir loops
 * forever where a folder exists but cannot hold another (a path under /proc; a missing drive on Windows). A
 * place whose root is not there either fails with ENOENT.
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    const found = await fsp.stat(at).catch((err: unknown) => {
      if (isErrno(err, 'ENOENT')) return null;
      throw err;
    });
    if (found?.isDirectory()) break;
    if (found) throw Object.assign(new Error(`not a folder: ${at}`), { code: 'ENOTDIR' });
    if (path.dirname(at) === at) throw Object.assign(new Error(`no such place: ${at}`), { code: 'ENOENT' });
    missing.unshift(at);
  }
  for (const folder of missing) {
    // EEXIST: made meanwhile by another writer, or a link to nowhere (then the next step says ENOENT).
    await fsp.mkdir(folder).catch((err: unknown) => {
      if (!isErrno(err, 'EEXIST')) throw err;
    });
  }
}

/** Makes a rename durable; Windows cannot open a folder for this, and some file systems refuse: best effort. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file itself is already fsynced; only the rename's durability is left to the system here.
  }
}

/** Runs `attempt` until it succeeds, a non-transient error comes, or `retryForMs` is over; rejects with the last error. */
async function retryingTransient(retryForMs: number, attempt: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + retryForMs;
  for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await attempt();
    } catch (err) {
      if (!isTransient(err) || Date.now() + pause > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
