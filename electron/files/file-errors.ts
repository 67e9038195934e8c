// What a system error code (errno) means for a file, read or written: the one table, kept on the floor that meets
// the system's errors. The codes and their sentences stay in the core (core/errors.ts, core/i18n/*/errors.ts);
// the errno itself never reaches a user, only the error's cause, for the log.
import { AppError, type ErrorCode } from '../../core/errors';

interface Meaning {
  /** For a file the user named to be read (a report, a package, last year's text). */
  read?: ErrorCode;
  /** For a file written (the output writer's answer; the data folder's writes tell disk full from the rest). */
  write?: ErrorCode;
}

const unreachable: Meaning = { read: 'FILE_PLACE_UNREACHABLE', write: 'FILE_PLACE_UNREACHABLE' };

/** Codes not listed are not about the file itself and stay with the caller's own code. */
const ERRNO_MEANINGS: Record<string, Meaning> = {
  // Missing folders are created before a write: what is still not found is the drive or the network share.
  ENOENT: { read: 'FILE_NOT_FOUND', write: 'FILE_PLACE_UNREACHABLE' },
  EISDIR: { read: 'FILE_IS_FOLDER', write: 'FILE_IS_FOLDER' },
  ENOTDIR: { read: 'FILE_PATH_NOT_FOLDER', write: 'FILE_PATH_NOT_FOLDER' },
  // mkdir answers EEXIST on some systems when a part of the folder path is a file.
  EEXIST: { write: 'FILE_PATH_NOT_FOLDER' },
  // A write refused so may also be a file another program holds: the output writer asks (output-file.ts).
  EACCES: { read: 'FILE_ACCESS_DENIED', write: 'FILE_NOT_WRITABLE' },
  // Windows answers EPERM / EBUSY for a file another program holds locked.
  EPERM: { read: 'FILE_IN_USE', write: 'FILE_NOT_WRITABLE' },
  EBUSY: { read: 'FILE_IN_USE', write: 'FILE_IN_USE' },
  EROFS: { read: 'FILE_ACCESS_DENIED', write: 'FILE_NOT_WRITABLE' },
  ENOSPC: { read: 'FILE_DISK_FULL', write: 'FILE_DISK_FULL' },
  EDQUOT: { read: 'FILE_DISK_FULL', write: 'FILE_DISK_FULL' },
  ENAMETOOLONG: { read: 'FILE_PATH_TOO_LONG', write: 'FILE_PATH_TOO_LONG' },
  ENODEV: unreachable,
  ENXIO: unreachable,
  EIO: unreachable,
  ENETUNREACH: unreachable,
  EHOSTUNREACH: unreachable,
  ETIMEDOUT: unreachable,
  ECONNRESET: unreachable,
  ENOTCONN: unreachable,
};

/** The system error code an error carries (ENOSPC, EACCES), if any. */
export function errnoOf(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** What `err` means for a file read or written, or null when it is not a file-system error this table explains. */
export function fileErrorCode(err: unknown, use: keyof Meaning): ErrorCode | null {
  const errno = errnoOf(err);
  return (errno !== undefined && Object.hasOwn(ERRNO_MEANINGS, errno) && ERRNO_MEANINGS[errno]![use]) || null;
}

/**
 * A failed read of `file` (as the user named it) as the sentence that tells the user what happened and what to
 * do, naming the file where the table knows the cause; FILE_READ_FAILED otherwise. The system's error is the cause.
 */
export function readError(err: unknown, file: string): AppError {
  const code = fileErrorCode(err, 'read');
  return code ? new AppError(code, { file }, { cause: err }) : new AppError('FILE_READ_FAILED', {}, { cause: err });
}
