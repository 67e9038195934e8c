// The one writer of the files a user asks for (exported PDFs and Word files, the public copy, approval slips,
// packages, roll-up workbooks, report files from the CLI, diagnostics): the durable write (a temp file in the
// same folder, fsync, rename, Windows' transient errors retried, missing folders created), so the file under
// the user's name is whole or as it was, and every failure told as one sentence naming the file as the user
// gave it (never the temp file, never a system code).
import { constants, promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppError, errorDetail, type ErrorCode } from '../../core/errors';
import { isErrno, writeDurableRaw, type DurableWriteOptions } from './durable-file';

export async function writeOutputFile(
  file: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const target = path.resolve(file);
  try {
    // rename() over a folder fails differently on every system; asked first, it has one answer.
    if ((await fsp.stat(target).catch(() => null))?.isDirectory()) throw new AppError('FILE_IS_FOLDER', { file });
    await writeDurableRaw(target, data, options);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(await failureCode(err, target), { file, detail: errorDetail(err) }, { cause: err });
  }
}

/** System error codes that each mean one thing for the file, whatever the step that met them. */
const ERRNO_CODES: Record<string, ErrorCode> = {
  EISDIR: 'FILE_IS_FOLDER',
  // mkdir answers ENOTDIR, or EEXIST on some systems, when a part of the folder path is a file.
  ENOTDIR: 'FILE_PATH_NOT_FOLDER',
  EEXIST: 'FILE_PATH_NOT_FOLDER',
  ENOSPC: 'FILE_DISK_FULL',
  EDQUOT: 'FILE_DISK_FULL',
  ENAMETOOLONG: 'FILE_PATH_TOO_LONG',
  // Windows' sharing violation: another program has the file open.
  EBUSY: 'FILE_IN_USE',
  EROFS: 'FILE_NOT_WRITABLE',
  // Missing folders are created first: what is still not found is the drive or the network share itself.
  ENOENT: 'FILE_PLACE_UNREACHABLE',
  ENODEV: 'FILE_PLACE_UNREACHABLE',
  ENXIO: 'FILE_PLACE_UNREACHABLE',
  EIO: 'FILE_PLACE_UNREACHABLE',
  ENETUNREACH: 'FILE_PLACE_UNREACHABLE',
  EHOSTUNREACH: 'FILE_PLACE_UNREACHABLE',
  ETIMEDOUT: 'FILE_PLACE_UNREACHABLE',
  ECONNRESET: 'FILE_PLACE_UNREACHABLE',
  ENOTCONN: 'FILE_PLACE_UNREACHABLE',
};

async function failureCode(err: unknown, target: string): Promise<ErrorCode> {
  if (isErrno(err, 'EPERM', 'EACCES')) return (await heldOpen(target)) ? 'FILE_IN_USE' : 'FILE_NOT_WRITABLE';
  return ERRNO_CODES[(err as NodeJS.ErrnoException).code ?? ''] ?? 'FILE_WRITE_FAILED';
}

/**
 * Whether an EPERM / EACCES (left after the retries) means another program holds the file (Word, a PDF
 * viewer: Windows refuses to replace an open file so), rather than a read-only file or folder or a missing
 * permission, which the same codes also report: the file exists and may be written, and its folder takes new
 * files.
 */
async function heldOpen(target: string): Promise<boolean> {
  const isFile = await fsp.stat(target).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) return false;
  const writable = await fsp.access(target, constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable && (await folderTakesNewFiles(path.dirname(target)));
}

/** A probe file made and removed: access(W_OK) on a folder says nothing of its permissions on Windows. */
async function folderTakesNewFiles(dir: string): Promise<boolean> {
  const probe = path.join(dir, `.report-desk-probe-${process.pid}-${Date.now()}`);
  try {
    await (await fsp.open(probe, 'wx')).close();
  } catch {
    return false;
  }
  await fsp.unlink(probe).catch(() => undefined);
  return true;
}
