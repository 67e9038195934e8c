// The report store: one compact JSON file per report under a data folder, read and written through lowdb's
// `Low` with our own adapters (atomic durable writes, rolling backups, checked loads), an index that is a
// rebuildable cache, a trash, portable packages, and a lock so that one process at a time writes the folder.
import { existsSync, type Stats } from 'node:fs';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { CreateReportArgs, OpenResult, ReportProblem, TrashEntry } from '../../core/api';
import { createReportArgsSchema } from '../../core/api';
import { AppError, errorDetail, schemaIssueParams } from '../../core/errors';
import { newId } from '../../core/ids';
import {
  reportSchema,
  type DocumentStyle,
  type Report,
  type ReportInput,
  type ReportMeta,
  type ReportSummary,
} from '../../core/model';
import { duplicateAsNextYear } from '../../core/report-ops';
import { createReportFromTemplate } from '../../core/templates';
import { BackupSet, DEFAULT_BACKUPS_KEPT } from './backups';
import { isErrno, readTextIfExists, renameRetrying } from './durable-file';
import { FolderLock } from './folder-lock';
import { KeyedQueue } from './keyed-queue';
import { dataLayout, isSafeId, isTempFile, type DataLayout } from './layout';
import { decodePackage, encodePackage } from './package-format';
import { decodeReport } from './report-codec';
import { ReportFileAdapter } from './report-file';
import {
  IndexFileAdapter,
  byUpdatedDesc,
  emptyIndex,
  summaryOf,
  type IndexData,
  type IndexEntry,
} from './report-index';
import { trashEntries, trashFileFor, trashedFiles } from './trash';

export interface StoreOptions {
  now?: () => Date;
  /** Backups kept per report (default 10). */
  backupsKept?: number;
  /** How long index updates after saves are gathered before the index file is written (default 1 s). */
  indexFlushDelayMs?: number;
  /**
   * Read-only: no lock, nothing written (a damaged file's backup is returned, not put back), every change
   * refused. Lets the CLI list and show reports while the app has the folder open; atomic renames mean a
   * reader always sees a whole file.
   */
  readOnly?: boolean;
}

/** A top-level patch: meta and style are merged field by field, the other parts replaced whole. */
export type ReportPatch = Partial<Pick<ReportInput, 'templateId' | 'preamble' | 'chapters' | 'indicators'>> & {
  meta?: Partial<ReportMeta>;
  style?: Partial<DocumentStyle>;
};

/** A report file that could not be listed when the store opened (damaged beyond its backups, or too new). */
export type StoreProblem = ReportProblem;

type Doc = { db: Low<Report | null>; adapter: ReportFileAdapter };

const INDEX_KEY = '\u0000index';

export class ReportStore {
  readonly layout: DataLayout;
  /** Reports the last open could not list, by id; their files are left as they are. */
  private readonly problems = new Map<string, AppError>();
  /** Ids handed to a create or restore still in the queue: taken before their file exists. */
  private readonly reserved = new Set<string>();
  private readonly docs = new Map<string, Doc>();
  /** Backups restored while the store opened, reported to the first caller that opens the report. */
  private readonly restoredOnOpen = new Map<string, string>();
  private readonly entries = new Map<string, IndexEntry>();
  private readonly queue = new KeyedQueue();
  private readonly index: Low<IndexData>;
  private readonly now: () => Date;
  private readonly backupsKept: number;
  private readonly indexFlushDelayMs: number;
  private flushTimer: NodeJS.Timeout | null = null;
  private indexDirty = false;
  private closed = false;

  private constructor(
    layout: DataLayout,
    private readonly lock: FolderLock | null,
    options: StoreOptions,
  ) {
    this.layout = layout;
    this.now = options.now ?? (() => new Date());
    this.backupsKept = options.backupsKept ?? DEFAULT_BACKUPS_KEPT;
    this.indexFlushDelayMs = options.indexFlushDelayMs ?? 1000;
    this.index = new Low(new IndexFileAdapter(layout.index), emptyIndex());
  }

  /** Opens (creating if needed) a data folder; DATA_FOLDER_LOCKED while another live process has it open. */
  static async open(dataDir: string, options: StoreOptions = {}): Promise<ReportStore> {
    const layout = dataLayout(dataDir);
    if (options.readOnly) {
      const store = new ReportStore(layout, null, options);
      await store.reconcileIndex();
      return store;
    }
    try {
      await Promise.all([layout.reports, layout.backups, layout.trash].map((d) => mkdir(d, { recursive: true })));
    } catch (err) {
      throw new AppError('WRITE_FAILED', { detail: `${layout.root}: ${errorDetail(err)}` }, { cause: err });
    }
    const lock = FolderLock.acquire(layout.lock);
    try {
      const store = new ReportStore(layout, lock, options);
      await store.reconcileIndex();
      return store;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  list(): ReportSummary[] {
    this.assertOpen();
    return [...this.entries.values()].map((e) => e.summary).sort(byUpdatedDesc);
  }

  /** Report files in the folder that cannot be opened (damaged without a usable backup, or too new), by id. */
  listProblems(): StoreProblem[] {
    this.assertOpen();
    return [...this.problems]
      .map(([id, error]) => ({ id, code: error.code, params: error.params }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The input as a checked report (defaults filled), or REPORT_INVALID. */
  check(input: ReportInput): Report {
    return checked(input);
  }

  async get(id: string): Promise<OpenResult> {
    return this.queue.run(id, async () => {
      const doc = await this.loaded(id);
      const restoredFrom = doc.adapter.restoredFrom ?? this.restoredOnOpen.get(id) ?? null;
      doc.adapter.restoredFrom = null;
      this.restoredOnOpen.delete(id);
      if (restoredFrom && this.lock) await this.noteWritten(doc.db.data!);
      return { report: structuredClone(doc.db.data!), restoredFrom };
    });
  }

  /**
   * Stores a new report; an id already in the store is replaced by a fresh one. Its first version is kept as a
   * backup too, so that even a report never saved again can be restored when its file is damaged.
   */
  async create(input: ReportInput): Promise<Report> {
    this.assertWritable();
    const report = checked(input);
    if (!isSafeId(report.id) || this.isTaken(report.id)) report.id = newId();
    return this.reserving(report.id, async () => {
      const adapter = new ReportFileAdapter(report.id, this.layout.reportFile(report.id), this.backupsFor(report.id));
      const db = new Low<Report | null>(adapter, report);
      await db.write();
      await adapter.keepFirstBackup();
      this.docs.set(report.id, { db, adapter });
      await this.noteWritten(report);
      await this.flush();
      return structuredClone(report);
    });
  }

  async createFromTemplate(args: CreateReportArgs): Promise<Report> {
    const parsed = createReportArgsSchema.safeParse(args);
    if (!parsed.success) throw new AppError('INVALID_ARGUMENT', schemaIssueParams(parsed.error));
    const { templateId, ...options } = parsed.data;
    return this.create(createReportFromTemplate(templateId, { ...options, now: this.stamp() }));
  }

  /** Replaces a report whole (the wizard's autosave). Returns it as stored, with its new `updatedAt`. */
  async update(input: ReportInput): Promise<Report> {
    this.assertWritable();
    const incoming = checked(input);
    return this.replace(incoming.id, () => incoming);
  }

  /**
   * Changes part of a report: read, merged and written in one turn of the report's queue, so a save landing
   * meanwhile is neither lost nor undone.
   */
  async patch(id: string, patch: ReportPatch): Promise<Report> {
    this.assertWritable();
    return this.replace(id, (current) =>
      checked({
        ...current,
        ...patch,
        meta: { ...current.meta, ...patch.meta },
        style: { ...current.style, ...patch.style },
      }),
    );
  }

  async duplicateAsNextYear(id: string): Promise<Report> {
    const { report } = await this.get(id);
    return this.create(duplicateAsNextYear(report, this.stamp()));
  }

  /** Moves a report into the trash (restorable). */
  async delete(id: string): Promise<void> {
    this.assertWritable();
    await this.queue.run(id, async () => {
      if (!isSafeId(id)) throw new AppError('NOT_FOUND', { id });
      try {
        await renameRetrying(this.layout.reportFile(id), trashFileFor(this.layout.trash, id, this.now()));
      } catch (err) {
        if (isErrno(err, 'ENOENT')) throw new AppError('NOT_FOUND', { id });
        throw new AppError('WRITE_FAILED', { detail: errorDetail(err) }, { cause: err });
      }
      this.docs.delete(id);
      this.entries.delete(id);
      this.problems.delete(id);
      this.indexDirty = true;
    });
    await this.flush();
  }

  listTrash(): Promise<TrashEntry[]> {
    this.assertOpen();
    return trashEntries(this.layout.trash);
  }

  /** Brings the most recently deleted copy of a report back (under a fresh id if its id is in use again). */
  async restore(id: string): Promise<ReportSummary> {
    this.assertWritable();
    const trashed = (await trashedFiles(this.layout.trash)).find((f) => f.id === id);
    if (!trashed) throw new AppError('NOT_FOUND', { id });
    const text = await readTextIfExists(trashed.file);
    if (text === null) throw new AppError('NOT_FOUND', { id });
    let report: Report;
    try {
      report = decodeReport(text).report;
    } catch (err) {
      if (err instanceof AppError && err.code === 'SCHEMA_TOO_NEW') throw err;
      throw new AppError('REPORT_CORRUPT_UNRECOVERABLE', { id });
    }
    if (this.isTaken(id)) {
      const restored = await this.create({ ...report, id: newId() });
      await removeFile(trashed.file);
      return summaryOf(restored);
    }
    return this.reserving(id, async () => {
      try {
        await renameRetrying(trashed.file, this.layout.reportFile(id));
      } catch (err) {
        if (isErrno(err, 'ENOENT')) throw new AppError('NOT_FOUND', { id });
        throw new AppError('WRITE_FAILED', { detail: errorDetail(err) }, { cause: err });
      }
      await this.noteWritten(report);
      await this.flush();
      return summaryOf(report);
    });
  }

  /** The package file's text for one report. */
  async exportPackage(id: string): Promise<string> {
    const { report } = await this.get(id);
    return encodePackage(report, this.stamp());
  }

  /** Checks a package completely before anything is written: a bad one leaves the store untouched. */
  async importPackage(text: string): Promise<Report> {
    this.assertWritable();
    return this.create(decodePackage(text));
  }

  /** Writes the index now if it has changes. */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (!this.lock) return;
    await this.queue.run(INDEX_KEY, async () => {
      if (!this.indexDirty) return;
      this.indexDirty = false;
      this.index.data = { ...emptyIndex(), reports: [...this.entries.values()] };
      try {
        await this.index.write();
      } catch (err) {
        this.indexDirty = true;
        throw err;
      }
    });
  }

  /** Waits for pending writes, writes the index and releases the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.queue.idle();
      await this.flush();
    } finally {
      this.closed = true;
      this.lock?.release();
    }
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('INTERNAL', { detail: 'store closed' });
  }

  private assertWritable(): void {
    this.assertOpen();
    if (!this.lock) throw new AppError('INTERNAL', { detail: 'store opened read-only' });
  }

  /**
   * In the index, being created, or on disk without being listed (a file the last open could not read): never
   * overwritten.
   */
  private isTaken(id: string): boolean {
    return this.reserved.has(id) || this.entries.has(id) || existsSync(this.layout.reportFile(id));
  }

  /**
   * Runs a task that brings `id` into the store. The id counts as taken from this call on (synchronously, before
   * the task waits its turn), so two imports of one package can never both pick it.
   */
  private async reserving<T>(id: string, task: () => Promise<T>): Promise<T> {
    this.reserved.add(id);
    try {
      return await this.queue.run(id, task);
    } finally {
      this.reserved.delete(id);
    }
  }

  private backupsFor(id: string): BackupSet {
    return new BackupSet(this.layout.backupDir(id), this.backupsKept);
  }

  private newDoc(id: string): Doc {
    const adapter = new ReportFileAdapter(id, this.layout.reportFile(id), this.backupsFor(id), !this.lock);
    return { db: new Low<Report | null>(adapter, null), adapter };
  }

  /** The report's document, read (and checked, restored if damaged) on first use in this process. */
  private async loaded(id: string): Promise<Doc> {
    this.assertOpen();
    if (!isSafeId(id)) throw new AppError('NOT_FOUND', { id });
    const cached = this.docs.get(id);
    if (cached) return cached;
    const doc = this.newDoc(id);
    await doc.db.read();
    if (!doc.db.data) throw new AppError('NOT_FOUND', { id });
    this.docs.set(id, doc);
    return doc;
  }

  /** Writes the report `next` makes of the stored one (keeping its id and creation time), in one queue turn. */
  private replace(id: string, next: (current: Report) => Report): Promise<Report> {
    return this.queue.run(id, async () => {
      const doc = await this.loaded(id);
      const previous = doc.db.data!;
      const stored: Report = {
        ...next(structuredClone(previous)),
        id,
        createdAt: previous.createdAt,
        updatedAt: this.stamp(),
      };
      doc.db.data = stored;
      try {
        await doc.db.write();
      } catch (err) {
        doc.db.data = previous;
        throw err;
      }
      await this.noteWritten(stored);
      this.scheduleIndexFlush();
      return structuredClone(stored);
    });
  }

  private async noteWritten(report: Report): Promise<void> {
    // No stat (the file just written is gone again): an entry the next open re-reads.
    const st = await statIfExists(this.layout.reportFile(report.id));
    this.entries.set(report.id, { summary: summaryOf(report), mtimeMs: st?.mtimeMs ?? -1, size: st?.size ?? -1 });
    this.indexDirty = true;
  }

  private scheduleIndexFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      // A failed index write is harmless (the index is rebuilt from the files); the next flush retries.
      this.flush().catch(() => undefined);
    }, this.indexFlushDelayMs);
    this.flushTimer.unref();
  }

  /** Makes the index agree with the report files: entries whose file changed or appeared are re-read. */
  private async reconcileIndex(): Promise<void> {
    await this.index.read();
    const known = new Map(this.index.data.reports.map((e) => [e.summary.id, e]));
    const names = await readdir(this.layout.reports).catch((err: unknown) => {
      if (!this.lock && isErrno(err, 'ENOENT')) return [];
      throw new AppError('FILE_READ_FAILED', { detail: `${this.layout.reports}: ${errorDetail(err)}` }, { cause: err });
    });
    if (this.lock) {
      // We hold the lock, so any temp file here was left by a writer that died mid-save.
      await Promise.all(
        names.filter(isTempFile).map((n) => unlink(path.join(this.layout.reports, n)).catch(() => undefined)),
      );
    }
    const ids = names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
      .filter(isSafeId);
    let changed = known.size !== ids.length;
    for (const id of ids) {
      const st = await statIfExists(this.layout.reportFile(id));
      // Deleted since the folder was read (the app beside a reading CLI): simply not listed.
      if (!st) continue;
      const entry = known.get(id);
      if (entry && entry.mtimeMs === st.mtimeMs && entry.size === st.size) {
        this.entries.set(id, entry);
        continue;
      }
      changed = true;
      try {
        const doc = this.newDoc(id);
        await doc.db.read();
        if (!doc.db.data) continue;
        if (doc.adapter.restoredFrom) {
          this.restoredOnOpen.set(id, doc.adapter.restoredFrom);
          doc.adapter.restoredFrom = null;
        }
        this.docs.set(id, doc);
        // Read-only, a restored file on disk is still the damaged one: its stat must not mark it indexed.
        if (this.lock) await this.noteWritten(doc.db.data);
        else this.entries.set(id, { summary: summaryOf(doc.db.data), mtimeMs: -1, size: -1 });
      } catch (err) {
        this.problems.set(
          id,
          err instanceof AppError
            ? err
            : new AppError('FILE_READ_FAILED', { detail: errorDetail(err) }, { cause: err }),
        );
      }
    }
    if (changed) {
      this.indexDirty = true;
      await this.flush();
    }
  }
}

async function statIfExists(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw new AppError('FILE_READ_FAILED', { detail: `${path.basename(file)}: ${errorDetail(err)}` }, { cause: err });
  }
}

async function removeFile(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw new AppError('WRITE_FAILED', { detail: errorDetail(err) }, { cause: err });
  }
}

function checked(input: ReportInput): Report {
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) throw new AppError('REPORT_INVALID', schemaIssueParams(parsed.error));
  return parsed.data;
}
