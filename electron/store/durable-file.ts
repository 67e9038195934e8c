// Durable, atomic file writes: write a uniquely named temp file, fsync it, rename it over the target.
// atomically retries the transient EPERM / EBUSY / EACCES that Windows virus scanners and indexers cause.
import { readFile, rename } from 'node:fs/promises';
import { writeFile } from 'atomically';
import { AppError, errorDetail } from '../../core/errors';

export async function writeDurable(file: string, text: string): Promise<void> {
  try {
    // mode/chown given: atomically then skips a stat of the old file on every save.
    await writeFile(file, text, { encoding: 'utf8', fsync: true, mode: 0o666, chown: false });
  } catch (err) {
    throw new AppError('WRITE_FAILED', { detail: errorDetail(err) }, { cause: err });
  }
}

/** rename(), retried for a while on the transient errors of Windows scanners (moves into and out of the trash). */
export async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (err) {
      if (attempt >= 20 || !isErrno(err, 'EPERM', 'EBUSY', 'EACCES')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 25 * (attempt + 1)));
    }
  }
}

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw new AppError('FILE_READ_FAILED', { detail: errorDetail(err) }, { cause: err });
  }
}

export function isErrno(err: unknown, ...codes: string[]): boolean {
  return typeof err === 'object' && err !== null && codes.includes((err as NodeJS.ErrnoException).code ?? '');
}
