// One report file. Reads check the file (JSON, migration, schema, and that it carries its own id); a damaged
// file is copied aside and the newest good backup put back in its place, and a notice of that is kept beside
// the backups (backups/<id>/restored.json) until the user has seen it: every read answers it with the report.
// Writes keep the previous good version as a backup once the new one is on disk.
import { stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { SCHEMA_VERSION, type Report } from '../../core/model';
import type { Backup, BackupSet } from './backups';
import { isErrno, readTextIfExists, writeDurable, writeError } from '../files/durable-file';
import { decodeReport, encodeReport } from '../../core/report-codec';

export interface LoadedReport {
  report: Report;
  /** When the file was found damaged, the time (ISO) of the backup restored, until the user acknowledges it. */
  restoredFrom: string | null;
}

/** What identifies a version of the file on disk, to know it is still the one read or written here. */
type Fingerprint = Pick<Stats, 'ino' | 'size' | 'mtimeMs'>;

const RESTORED_NOTICE = 'restored.json';

export class ReportFile {
  /** The version on disk last read (and valid) or written here: only such a version becomes a backup. */
  private good: Fingerprint | null = null;
  /** The version on disk is already among the backups (a new report's first version): no second copy of it. */
  private backedUp = false;

  constructor(
    readonly id: string,
    private readonly file: string,
    private readonly backups: BackupSet,
    /** Read-only: a migrated or restored version is returned but nothing is written. */
    private readonly readOnly = false,
    /** The store's lock fence, run right before the report file is renamed into place. */
    private readonly fence: () => Promise<void> = async () => undefined,
  ) {}

  /** null when there is no such report file. */
  async read(): Promise<LoadedReport | null> {
    const text = await readTextIfExists(this.file);
    if (text === null) return null;
    let report: Report;
    let restoredFrom: string | null;
    try {
      const decoded = decodeReport(text);
      report = decoded.report;
      if (report.id !== this.id) throw this.strayCopy();
      this.good = await fingerprint(this.file);
      // Persist the migration once; the old version's file stays among the backups. On a full disk the report
      // opens all the same, migrated in memory, and the migration is written with its next save.
      if (decoded.from < SCHEMA_VERSION && !this.readOnly) await this.write(report).catch(unlessDiskFull);
      restoredFrom = await this.restoredNotice();
    } catch (err) {
      // Only damage is repaired. A newer program's file (SCHEMA_TOO_NEW) is not damage: restoring an older
      // backup over it would lose its data; nor is a copy of another report, or a failure to read or write.
      if (err instanceof AppError && err.code !== 'REPORT_INVALID') throw err;
      ({ report, restoredFrom } = await this.restoreNewestGoodBackup());
    }
    if (report.id !== this.id) throw this.strayCopy();
    return { report, restoredFrom };
  }

  private strayCopy(): AppError {
    return new AppError('REPORT_STRAY_COPY', { file: path.basename(this.file) });
  }

  /** Replaces the file with `report`; the version it replaces becomes the newest backup if it was good. */
  async write(report: Report): Promise<void> {
    const backup = this.backedUp ? null : await this.keepReplacedVersion();
    try {
      await writeDurable(this.file, encodeReport(report), { beforeRename: this.fence });
    } catch (err) {
      if (backup) await this.backups.discard(backup);
      throw err;
    }
    this.good = await fingerprint(this.file);
    this.backedUp = false;
    if (backup) await this.backups.prune();
  }

  /** A new report's first version, which is also kept as its first backup. */
  async create(report: Report): Promise<void> {
    const text = encodeReport(report);
    // The backup first: a report file never exists without it (a kill in between leaves only an unused backup).
    const first = await this.backups.keepFirst(text);
    try {
      await writeDurable(this.file, text, { beforeRename: this.fence });
    } catch (err) {
      await this.backups.discard(first);
      throw err;
    }
    this.good = await fingerprint(this.file);
    this.backedUp = true;
  }

  /** The user has seen that the file was restored: the notice goes. */
  async acknowledgeRestored(): Promise<void> {
    if (this.readOnly) return;
    try {
      await unlink(path.join(this.backups.dir, RESTORED_NOTICE));
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw writeError(err);
    }
  }

  private async restoredNotice(): Promise<string | null> {
    const text = await readTextIfExists(path.join(this.backups.dir, RESTORED_NOTICE));
    if (text === null) return null;
    try {
      const { restoredFrom } = JSON.parse(text) as { restoredFrom?: unknown };
      return typeof restoredFrom === 'string' ? restoredFrom : null;
    } catch {
      return null;
    }
  }

  /**
   * The live file as a backup, when it is a good version: the one read or written here (same inode, size and
   * time), or else one that still decodes (changed outside the program). A damaged file is never kept.
   */
  private async keepReplacedVersion(): Promise<Backup | null> {
    const now = await fingerprint(this.file);
    if (!now) return null;
    const known = this.good;
    const same = known && known.ino === now.ino && known.size === now.size && known.mtimeMs === now.mtimeMs;
    if (!same) {
      const text = await readTextIfExists(this.file);
      try {
        if (text === null || decodeReport(text).report.id !== this.id) return null;
      } catch {
        return null;
      }
    }
    return this.backups.keepBeforeReplace(this.file);
  }

  private async restoreNewestGoodBackup(): Promise<LoadedReport> {
    for (const backup of await this.backups.list()) {
      const text = await readTextIfExists(backup.file);
      if (text === null) continue;
      let report: Report;
      try {
        report = decodeReport(text).report;
      } catch {
        continue;
      }
      const restoredFrom = backup.takenAt.toISOString();
      if (!this.readOnly) {
        const damaged = await readTextIfExists(this.file);
        if (damaged !== null) {
          await writeDurable(path.join(this.backups.dir, `damaged-${Date.now()}.json`), damaged).catch(() => undefined);
        }
        // The notice first: a crash after it leaves a notice of a restore that a second open repeats.
        await writeDurable(path.join(this.backups.dir, RESTORED_NOTICE), JSON.stringify({ restoredFrom }));
        this.good = null;
        await writeDurable(this.file, encodeReport(report), { beforeRename: this.fence });
        this.good = await fingerprint(this.file);
      }
      return { report, restoredFrom };
    }
    throw new AppError('REPORT_CORRUPT_UNRECOVERABLE', { id: this.id });
  }
}

async function fingerprint(file: string): Promise<Fingerprint | null> {
  try {
    const { ino, size, mtimeMs } = await stat(file);
    return { ino, size, mtimeMs };
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw new AppError('FILE_READ_FAILED', {}, { cause: err });
  }
}

function unlessDiskFull(err: unknown): void {
  if (!(err instanceof AppError && err.code === 'DISK_FULL')) throw err;
}
