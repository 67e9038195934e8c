// Files a user hands the program (report packages, outline texts, report files), read for the app and the CLI
// alike: the size is checked before anything is read into memory, text is decoded whatever the encoding an
// office PC saved it in, and failures are sentences naming the file (file-errors.ts), the system's error their cause.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { acceptInput, type InputPlace } from '../../core/input-kind';
import { decodeText } from '../../core/text-decode';
import { IMPORT_LIMITS, importTooLarge, type ImportKind } from '../../core/import-limits';
import { readError } from './file-errors';

/**
 * A file's bytes; `tooLarge(size)` is thrown before anything is read from a file larger than `maxBytes`. Only a
 * regular file is opened: a pipe or a device (a FIFO, /dev/zero) would never end, or never answer.
 */
export async function readFileWithin(
  file: string,
  maxBytes: number,
  tooLarge: (size: number) => AppError,
): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw readError(err, file);
  }
  if (info.isDirectory()) throw new AppError('FILE_IS_FOLDER', { file });
  if (!info.isFile()) throw new AppError('FILE_NOT_REGULAR', { file });
  if (info.size > maxBytes) throw tooLarge(info.size);
  try {
    return await readFile(file);
  } catch (err) {
    throw readError(err, file);
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

/** A package's text (JSON, UTF-8 as written by this program); PACKAGE_TOO_LARGE before reading a huge file. */
export async function readPackageFile(file: string): Promise<string> {
  const bytes = await readInputFile(file, 'package', 'package');
  return bytes.toString('utf8');
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
