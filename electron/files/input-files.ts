// Files a user hands the program (report packages, outline texts, report files), read for the app and the CLI
// alike: the size is checked before anything is read into memory, text is decoded whatever the encoding an
// office PC saved it in, and failures are sentences naming the file (file-errors.ts), the system's error their cause.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { acceptInput, type InputPlace } from '../../core/input-kind';
import { decodeText } from '../../core/text-decode';
import { IMPORT_LIMITS, importTooLarge, type ImportKind } from '../../core/import-limits';
import { readError } from './file-errors';
import { isErrno } from './durable-file';

/** What one read takes from a file at most: pieces, so a file growing past its limit stops early. */
const CHUNK = 1024 * 1024;
/** And at least: a file that says it is empty (a /proc file) is still read in pieces of a useful size. */
const MIN_CHUNK = 64 * 1024;

const NO_WAIT: number | undefined = constants.O_NONBLOCK;

/** Refuses a folder, a device or a file over `maxBytes` before it is opened. */
async function regularBeforeOpening(file: string, maxBytes: number, tooLarge: (size: number) => AppError) {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw readError(err, file);
  }
  if (info.isDirectory()) throw new AppError('FILE_IS_FOLDER', { file });
  if (!info.isFile()) throw new AppError('FILE_NOT_REGULAR', { file });
  if (info.size > maxBytes) throw tooLarge(info.size);
}

/**
 * A file's bytes; `tooLarge(size)` is thrown before anything is read from a file larger than `maxBytes`, and
 * while reading one that turns out larger than its size said (a file still growing, a /proc file). Only a
 * regular file is opened: a pipe or a device (a FIFO, /dev/zero) would never end, or never answer; it is opened
 * without waiting for a writer and checked again once open, so one put in the file's place after the check is
 * refused too.
 */
export async function readFileWithin(
  file: string,
  maxBytes: number,
  tooLarge: (size: number) => AppError,
): Promise<Buffer> {
  // Where a file can be opened without waiting (O_NONBLOCK), the check after opening is the check; where it cannot
  // (Windows), a device is told apart before it is opened.
  if (NO_WAIT === undefined) await regularBeforeOpening(file, maxBytes, tooLarge);
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (NO_WAIT ?? 0));
  } catch (err) {
    // A socket cannot be opened as a file: it is no regular file, as a pipe or a device is not.
    if (isErrno(err, 'ENXIO')) throw new AppError('FILE_NOT_REGULAR', { file });
    throw readError(err, file);
  }
  try {
    const opened = await handle.stat();
    if (opened.isDirectory()) throw new AppError('FILE_IS_FOLDER', { file });
    if (!opened.isFile()) throw new AppError('FILE_NOT_REGULAR', { file });
    if (opened.size > maxBytes) throw tooLarge(opened.size);
    const chunks: Buffer[] = [];
    let total = 0;
    // Pieces as large as the file says it is (a byte more, for one that grew), so a small file costs one piece.
    const piece = Math.min(CHUNK, Math.max(opened.size + 1, MIN_CHUNK));
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(piece), 0, piece, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(total);
      chunks.push(buffer.subarray(0, bytesRead));
      // All the bytes the file said it has, in a piece that had room for more: the file ends here (as
      // fs.readFile takes it), without one more read to be told so. A /proc file says 0 and is read to its end.
      if (total === opened.size && bytesRead < piece) break;
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw readError(err, file);
  } finally {
    await handle.close();
  }
}

const readLimited = (file: string, kind: ImportKind): Promise<Buffer> =>
  readFileWithin(file, IMPORT_LIMITS[kind], (size) => importTooLarge(kind, size));

/**
 * A file handed in where `place` (core/input-kind.ts) takes it, read within `limit`; a file of another kind is
 * refused naming what it is.
 */
async function readInputFile(file: string, place: InputPlace, limit: ImportKind): Promise<Buffer> {
  const bytes = await readLimited(file, limit);
  acceptInput(bytes, place, path.extname(file));
  return bytes;
}

/** A package's text (JSON, UTF-8 as written by this program, or UTF-16 once re-saved by Notepad); PACKAGE_TOO_LARGE before reading a huge file. */
export async function readPackageFile(file: string): Promise<string> {
  const bytes = await readInputFile(file, 'package', 'package');
  return decodeText(bytes).text;
}

/** A report file's text (the JSON `import --out` writes). */
export async function readReportFileText(file: string): Promise<string> {
  return decodeText(await readInputFile(file, 'reportFile', 'outline')).text;
}

/** The bytes of a file to import as a report (Word or text), within the outline import's size limit. */
export async function readDocumentFile(file: string): Promise<Uint8Array> {
  return readLimited(file, 'outline');
}

/** A text file in UTF-8, UTF-16 or GB18030 (FILE_ENCODING otherwise), without its byte-order mark. */
export async function readTextFile(file: string): Promise<string> {
  const bytes = await readLimited(file, 'outline');
  return decodeText(bytes).text;
}
