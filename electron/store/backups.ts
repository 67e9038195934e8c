// A rolling set of backups per report: when a report file is replaced, the previous good copy is kept under
// backups/<id>/<ms>-<seq>.json (only once the replacement succeeded: a failed save adds and prunes nothing). Autosave writes every second, so the newest copies alone would reach back only
// seconds: beyond the most recent ones, older copies are thinned out by age, keeping an edit history that
// reaches back hours and days. Kept by hard link (no copy, no re-serialising: the atomic rename gives the
// live name a new file and leaves the old one to the link), by copy where the file system has no links.
import { link, mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { isErrno, isTempFile, writeDurable, writeError } from '../files/durable-file';

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
   * Keeps the live `file`, about to be replaced by rename, as the newest backup: a hard link (the rename gives
   * the live name a new file and leaves the old one to the link), a durable copy where the file system has no
   * links. The caller discards it again if the replacement fails, and prunes once it succeeded.
   */
  async keepBeforeReplace(file: string): Promise<Backup | null> {
    try {
      const backup = await this.next();
      try {
        await link(file, backup.file);
      } catch (err) {
        if (isErrno(err, 'ENOENT')) return null;
        if (isErrno(err, 'ENOSPC', 'EDQUOT')) throw err;
        await writeDurable(backup.file, await readFile(file, 'utf8'));
      }
      return backup;
    } catch (err) {
      throw writeError(err);
    }
  }

  /** A report's first version, from its text (it stays live, so no link: a link would share its damage). */
  async keepFirst(text: string): Promise<Backup> {
    try {
      const backup = await this.next();
      await writeDurable(backup.file, text);
      return backup;
    } catch (err) {
      throw writeError(err);
    }
  }

  /** Takes back a backup made for a replacement that failed: a failed save changes no history. */
  async discard(backup: Backup): Promise<void> {
    await unlink(backup.file).catch(() => undefined);
  }

  /** Newest first. */
  async list(): Promise<Backup[]> {
    return (await this.names())
      .filter((n) => BACKUP_NAME.test(n))
      .sort()
      .reverse()
      .map((n) => ({ file: path.join(this.dir, n), takenAt: new Date(Number(BACKUP_NAME.exec(n)![1])) }));
  }

  /** Drops the backups beyond what backupsToKeep keeps, and temp files of writes that died. Never fails a save. */
  async prune(): Promise<void> {
    try {
      const all = await this.list();
      const keep = new Set(backupsToKeep(all, new Date(), this.keep));
      const dead = (await this.names()).filter(isTempFile).map((n) => path.join(this.dir, n));
      const drop = [...all.filter((b) => !keep.has(b)).map((b) => b.file), ...dead];
      await Promise.all(drop.map((f) => unlink(f).catch(() => undefined)));
    } catch {
      // Too many backups for a while is harmless; the next save prunes again.
    }
  }

  private async names(): Promise<string[]> {
    try {
      return await readdir(this.dir);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return [];
      throw new AppError('FILE_READ_FAILED', {}, { cause: err });
    }
  }

  private async next(): Promise<Backup> {
    if (!this.dirReady) {
      await mkdir(this.dir, { recursive: true });
      this.dirReady = true;
    }
    sequence = (sequence + 1) % 1_000_000;
    const now = Date.now();
    const name = `${String(now).padStart(13, '0')}-${String(sequence).padStart(6, '0')}.json`;
    return { file: path.join(this.dir, name), takenAt: new Date(now) };
  }
}
