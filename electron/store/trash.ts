// Deleted reports go to trash/<id>.<deletedAtMs>.json (a rename: nothing is rewritten), and can come back.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { TrashEntry } from '../../core/api';
import { AppError } from '../../core/errors';
import { reportTitle } from '../../core/document';
import { isErrno, readTextIfExists } from '../files/durable-file';
import { decodeReport } from '../../core/report-codec';

const TRASH_NAME = /^([A-Za-z0-9_-]{1,64})\.(\d{13})\.json$/;

export interface TrashedFile {
  id: string;
  file: string;
  deletedAt: Date;
}

/** A trash file name for this deletion, one millisecond later while the name is taken (never overwrite a copy). */
export function trashFileFor(trashDir: string, id: string, deletedAt: Date): string {
  for (let ms = deletedAt.getTime(); ; ms++) {
    const file = path.join(trashDir, `${id}.${String(ms).padStart(13, '0')}.json`);
    if (!existsSync(file)) return file;
  }
}

/** Newest deletion first. */
export async function trashedFiles(trashDir: string): Promise<TrashedFile[]> {
  let names: string[];
  try {
    names = await readdir(trashDir);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return [];
    throw new AppError('FILE_READ_FAILED', {}, { cause: err });
  }
  return names
    .map((name) => ({ name, match: TRASH_NAME.exec(name) }))
    .filter((x): x is { name: string; match: RegExpExecArray } => x.match !== null)
    .map(({ name, match }) => ({
      id: match[1]!,
      file: path.join(trashDir, name),
      deletedAt: new Date(Number(match[2])),
    }))
    .sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}

export async function trashEntries(trashDir: string): Promise<TrashEntry[]> {
  const files = await trashedFiles(trashDir);
  return Promise.all(
    files.map(async (f) => ({ id: f.id, title: await titleOf(f.file, f.id), deletedAt: f.deletedAt.toISOString() })),
  );
}

async function titleOf(file: string, fallback: string): Promise<string> {
  try {
    const text = await readTextIfExists(file);
    return text === null ? fallback : reportTitle(decodeReport(text).report);
  } catch {
    return fallback;
  }
}
