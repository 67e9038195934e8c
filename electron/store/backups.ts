// A rolling set of backups per report: before a report file is replaced, the previous good copy is kept under
// backups/<id>/<ms>-<seq>.json. Autosave writes every second, so the newest copies alone would reach back only
// seconds: beyond the most recent ones, older copies are thinned out by age, keeping an edit history that
// reaches back hours and days. Kept by hard link (no copy, no re-serialising: the atomic rename gives the
// live name a new file and leaves the old one to the link), by copy where the file system has no links.
import { copyFile, link, mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError, errorDetail } from '../../core/errors';
import { isErrno } from './durable-file';

export const DEFAULT_BACKUPS_KEPT = 10;
/** How many older, time-spaced copies are kept beyond the most recent ones. */
export const SPACED_BACKUPS_KEPT = 20;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The least time between two kept older copies, growing with their age. */
const spacingFor = (age: number) => (age < DAY ? 10 * MINUTE : age < 7 * DAY ? HOUR : DAY);

/**
 * Which backups (newest first) to keep: the `recent` newest, then older ones at least `spacingFor(age)` apart,
 * at most `spaced` of them.
 */
export function backupsToKeep<T extends { takenAt: Date }>(
  newestFirst: T[],
  now: Date,
  recent: number,
  spaced = SPACED_BACKUPS_KEPT,
): T[] {
  const kept = newestFirst.slice(0, recent);
  let last = kept.at(-1)?.takenAt.getTime() ?? Infinity;
  for (const backup of newestFirst.slice(recent)) {
    if (kept.length >= recent + spaced) break;
    const at = backup.takenAt.getTime();
    if (last - at >= spacingFor(now.getTime() - at)) {
      kept.push(backup);
      last = at;
    }
  }
  return kept;
}
const BACKUP_NAME = /^(\d{13})-(\d{6})\.json$/;

let sequence = 0;

export interface Backup {
  file: string;
  /** When the backed-up version was replaced. */
  takenAt: Date;
}

export class BackupSet {
  private dirReady = false;

  constructor(
    readonly dir: string,
    private readonly keep: number = DEFAULT_BACKUPS_KEPT,
  ) {}

  /**
   * Keeps `file` (the current good version) as the newest backup and drops the oldest beyond `keep`. A link is
   * safe only for a file about to be replaced by rename; `copy` keeps a file that stays live (a report's first
   * version), which a link would share with any damage done to it in place.
   */
  async keepCopyOf(file: string, how: 'link' | 'copy' = 'link'): Promise<void> {
    try {
      await this.ensureDir();
      sequence = (sequence + 1) % 1_000_000;
      const target = path.join(
        this.dir,
        `${String(Date.now()).padStart(13, '0')}-${String(sequence).padStart(6, '0')}.json`,
      );
      try {
        if (how === 'copy') await copyFile(file, target);
        else await link(file, target);
      } catch (err) {
        if (isErrno(err, 'ENOENT')) return;
        if (how === 'copy') throw err;
        await copyFile(file, target);
      }
      await this.prune();
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('WRITE_FAILED', { detail: errorDetail(err) }, { cause: err });
    }
  }

  /** Newest first. */
  async list(): Promise<Backup[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return [];
      throw new AppError('FILE_READ_FAILED', { detail: errorDetail(err) }, { cause: err });
    }
    return names
      .filter((n) => BACKUP_NAME.test(n))
      .sort()
      .reverse()
      .map((n) => ({ file: path.join(this.dir, n), takenAt: new Date(Number(BACKUP_NAME.exec(n)![1])) }));
  }

  private async prune(): Promise<void> {
    const all = await this.list();
    const keep = new Set(backupsToKeep(all, new Date(), this.keep));
    await Promise.all(all.filter((b) => !keep.has(b)).map((b) => unlink(b.file).catch(() => undefined)));
  }

  private async ensureDir(): Promise<void> {
    if (this.dirReady) return;
    await mkdir(this.dir, { recursive: true });
    this.dirReady = true;
  }
}
