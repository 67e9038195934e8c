// lowdb adapter for one report file. Reads check the file (JSON, migration, schema); a damaged file is
// copied aside and the newest good backup put back in its place, and the caller learns that through
// `restoredFrom`. Writes keep the previous good version as a backup, then replace the file atomically.
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { AppError } from '../../core/errors';
import { SCHEMA_VERSION, type Report } from '../../core/model';
import type { BackupSet } from './backups';
import { readTextIfExists, writeDurable } from './durable-file';
import { decodeReport, encodeReport } from './report-codec';

export class ReportFileAdapter implements Adapter<Report | null> {
  /** After read(): when the file was damaged, the time (ISO) of the backup that was restored. */
  restoredFrom: string | null = null;
  /** The file on disk holds a checked version (read and valid, or written here): worth keeping as a backup. */
  private good = false;
  /** The file on disk is already among the backups (a new report's first version): no second copy of it. */
  private backedUp = false;

  constructor(
    readonly id: string,
    private readonly file: string,
    private readonly backups: BackupSet,
    /** Read-only: a migrated or restored version is returned but not written back. */
    private readonly readOnly = false,
  ) {}

  /** null when there is no such report file. */
  async read(): Promise<Report | null> {
    this.restoredFrom = null;
    const text = await readTextIfExists(this.file);
    if (text === null) return null;
    try {
      const { report, from } = decodeReport(text);
      this.good = true;
      // Persist the migration once; the old version's file stays among the backups.
      if (from < SCHEMA_VERSION && !this.readOnly) await this.write(report);
      return report;
    } catch (err) {
      // A newer program's file is not damage: restoring an older backup over it would lose its data.
      if (err instanceof AppError && err.code === 'SCHEMA_TOO_NEW') throw err;
      return this.restoreNewestGoodBackup();
    }
  }

  async write(report: Report | null): Promise<void> {
    if (!report) return;
    if (this.good && !this.backedUp) await this.backups.keepCopyOf(this.file);
    await writeDurable(this.file, encodeReport(report));
    this.good = true;
    this.backedUp = false;
  }

  /** After the first write of a new report: its first version becomes a backup too. */
  async keepFirstBackup(): Promise<void> {
    await this.backups.keepCopyOf(this.file, 'copy');
    this.backedUp = true;
  }

  private async restoreNewestGoodBackup(): Promise<Report> {
    for (const backup of await this.backups.list()) {
      const text = await readTextIfExists(backup.file);
      if (text === null) continue;
      let report: Report;
      try {
        report = decodeReport(text).report;
      } catch {
        continue;
      }
      if (!this.readOnly) {
        await copyFile(this.file, path.join(this.backups.dir, `damaged-${Date.now()}.json`)).catch(() => undefined);
        this.good = false;
        await writeDurable(this.file, encodeReport(report));
        this.good = true;
      }
      this.restoredFrom = backup.takenAt.toISOString();
      return report;
    }
    throw new AppError('REPORT_CORRUPT_UNRECOVERABLE', { id: this.id });
  }
}
