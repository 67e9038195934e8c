// The one writer of the files a user asks for (exported PDFs and Word files, the public copy, approval slips,
// packages, roll-up workbooks, report files from the CLI, diagnostics): the durable write (a temp file in the
// same folder, fsync, rename, Windows' transient errors retried, missing folders created), so the file under
// the user's name is whole or as it was, and every failure told as one sentence naming the file as the user
// gave it (never the temp file, never a system code).
import { constants, existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import { AppError, type ErrorCode } from '../../core/errors';
import { isErrno, writeDurableRaw, type DurableWriteOptions } from './durable-file';
import { fileErrorCode } from './file-errors';

/**
 * `file`, or when a file of that name exists already, the first free 「name (2).ext」, 「name (3).ext」…: for a
 * writer with no Save dialog to ask (the dev bridge's fixed folder), so no export replaces another unasked.
 */
export function unusedPath(file: string): string {
  const { dir, name, ext } = path.parse(file);
  let candidate = file;
  for (let n = 2; existsSync(candidate); n++) candidate = path.join(dir, `${name} (${n})${ext}`);
  return candidate;
}

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
    throw new AppError(await failureCode(err, target), { file }, { cause: err });
  }
}

/** What the failure means for the file (file-errors.ts), a refusal told apart from a file another program holds. */
async function failureCode(err: unknown, target: string): Promise<ErrorCode> {
  if (isErrno(err, 'EPERM', 'EACCES') && (await heldOpen(target))) return 'FILE_IN_USE';
  return fileErrorCode(err, 'write') ?? 'FILE_WRITE_FAILED';
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
