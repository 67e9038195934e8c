// The report store: storage only. One compact JSON file per report under a data folder (ReportFile: checked
// loads, restore from backups, durable writes), an index that is a rebuildable cache (lowdb's Low over our
// index adapter), a trash, and a lock so that one process at a time writes the folder. What a report *is*
// (templates, next year's copy, packages) belongs to the services; the store keeps whatever valid report
// it is given.
import { existsSync, type Stats } from 'node:fs';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { OpenResult, ReportProblem, TrashEntry } from '../../core/api';
import { AppError } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Report, ReportInput, ReportSummary } from '../../core/model';
import { BackupSet, DEFAULT_BACKUPS_KEPT } from './backups';
import { isErrno, readTextIfExists, renameRetrying, writeError } from '../files/durable-file';
import { FolderLock, type LockTiming } from './folder-lock';
import { removeLeftovers } from './leftovers';
import { KeyedQueue } from './keyed-queue';
import { dataLayout, isSafeId, type DataLayout } from './layout';
import { checkedReport, decodeReport } from '../../core/report-codec';
import { ReportFile } from './report-file';
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
  lockTiming?: LockTiming;
  /** After a save failed on a file held by another program (FILE_BUSY): when it is tried again (default 2 s). */
  retryBusyAfterMs?: number;
  /**
   * Runs after the lock check that precedes each rename into the folder, right before the rename: where a
   * holder paused by the system would sit. Tests pause a holder here to show that its write is fenced.
   */
  afterLockCheck?: () => Promise<void>;
}

type Doc = { file: ReportFile; report: Report; restoredFrom: string | null };

const INDEX_KEY = '\u0000index';
/** How many times a save refused with FILE_BUSY is tried again in the background. */
const BUSY_RETRIES = 30;

export class ReportStore {
  readonly layout: DataLayout;
  /** Reports (or stray files) the last open could not list, by id; their files are left as they are. */
  private readonly problems = new Map<string, AppError>();
  /** Index entries whose report file disappeared outside the program: kept (and shown as problems) until deleted. */
  private readonly missing = new Map<string, IndexEntry>();
  /** Ids handed to a create or restore still in the queue: taken before their file exists. */
  private readonly reserved = new Set<string>();
  private readonly docs = new Map<string, Doc>();
  private readonly entries = new Map<string, IndexEntry>();
  /** Saves refused with FILE_BUSY, tried again in the background until a newer save replaces them. */
  private readonly busyRetries = new Map<string, Report>();
  private readonly queue = new KeyedQueue();
  private readonly index: Low<IndexData>;
  private readonly now: () => Date;
  private readonly backupsKept: number;
  private readonly indexFlushDelayMs: number;
  private readonly retryBusyAfterMs: number;
  private flushTimer: NodeJS.Timeout | null = null;
  private indexDirty = false;
  private closed = false;

  private constructor(
    layout: DataLayout,
    private lock: FolderLock | null,
    /** Opened for writing, but the lock could not be written (a full disk): taken at the first change. */
    private lockPending: boolean,
    private readonly options: StoreOptions,
  ) {
    this.layout = layout;
    this.now = options.now ?? (() => new Date());
    this.backupsKept = options.backupsKept ?? DEFAULT_BACKUPS_KEPT;
    this.indexFlushDelayMs = options.indexFlushDelayMs ?? 1000;
    this.retryBusyAfterMs = options.retryBusyAfterMs ?? 2000;
    this.index = new Low(new IndexFileAdapter(layout.index, () => this.fence()), emptyIndex());
  }

  /**
   * Opens (creating if needed) a data folder; DATA_FOLDER_LOCKED while another live process has it open. On a
   * full disk the folder still opens, for reading: changes are refused with DISK_FULL until space is free.
   */
  static async open(dataDir: string, options: StoreOptions = {}): Promise<ReportStore> {
    const layout = dataLayout(dataDir);
    if (options.readOnly) {
      const store = new ReportStore(layout, null, false, options);
      await store.reconcileIndex();
      return store;
    }
    let lock: FolderLock | null;
    try {
      lock = await takeFolder(layout, options.lockTiming);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'DISK_FULL')) throw err;
      lock = null;
    }
    try {
      const store = new ReportStore(layout, lock, lock === null, options);
      await store.reconcileIndex();
      return store;
    } catch (err) {
      lock?.release();
      throw err;
    }
  }

  /** Newest change first; a report restored from a backup carries `restoredFrom` until acknowledged. */
  list(): ReportSummary[] {
    this.assertOpen();
    return [...this.entries.values()]
      .map((e) => (e.restoredFrom ? { ...e.summary, restoredFrom: e.restoredFrom } : e.summary))
      .sort(byUpdatedDesc);
  }

  /** The listed report with this id, or null. */
  summary(id: string): ReportSummary | null {
    return this.entries.get(id)?.summary ?? null;
  }

  /**
   * Report files in the folder that cannot be opened (damaged without a usable backup, too new, a stray copy
   * of another report) and reports whose file disappeared, by id.
   */
  listProblems(): ReportProblem[] {
    this.assertOpen();
    return [...this.problems]
      .map(([id, error]) => ({ id, code: error.code, params: error.params }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * Runs `task` in the report's turn: the one queue every change of a report goes through (saves, sign-off steps,
   * revisions, imports, deletes, its version history). The store's own calls made inside the task run at once in
   * that turn, so a task reads, decides and writes with nothing in between.
   */
  withReport<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(id, task);
  }

  async get(id: string): Promise<OpenResult> {
    return this.queue.run(id, async () => {
      const doc = await this.loaded(id);
      return { report: structuredClone(doc.report), restoredFrom: doc.restoredFrom };
    });
  }

  /** The user has seen that the report was restored from a backup: the notice goes, from the list too. */
  async acknowledgeRestored(id: string): Promise<void> {
    this.assertWritable();
    await this.queue.run(id, async () => {
      const doc = await this.loaded(id);
      if (!doc.restoredFrom) return;
      this.assertHeld();
      await doc.file.acknowledgeRestored();
      doc.restoredFrom = null;
      const entry = this.entries.get(id);
      if (entry) this.entries.set(id, { ...entry, restoredFrom: null });
      this.indexDirty = true;
    });
    await this.flushAfterChange();
  }

  /**
   * Stores a new report; an id already in the store (or unfit for a file name) is replaced by a fresh one. Its
   * first version is kept as a backup too, so that even a report never saved again can be restored.
   */
  async create(input: ReportInput): Promise<Report> {
    this.assertWritable();
    const report = checkedReport(input);
    if (!isSafeId(report.id) || this.isTaken(report.id)) report.id = newId();
    return this.reserving(report.id, async () => {
      this.assertHeld();
      const file = this.reportFile(report.id);
      await file.create(report);
      this.docs.set(report.id, { file, report, restoredFrom: null });
      await this.noteWritten(report);
      await this.flushAfterChange();
      return structuredClone(report);
    });
  }

  /**
   * Replaces a report whole (the wizard's autosave), keeping its id and creation time. Returns it as stored,
   * with its new `updatedAt`. Answers within about two seconds; a save refused because another program holds
   * the file (FILE_BUSY) is tried again in the background until it lands or a newer save replaces it.
   */
  async update(input: ReportInput): Promise<Report> {
    this.assertWritable();
    const incoming = checkedReport(input);
    const id = incoming.id;
    return this.queue.run(id, async () => {
      this.busyRetries.delete(id);
      const doc = await this.loaded(id);
      const stored: Report = { ...incoming, id, createdAt: doc.report.createdAt, updatedAt: this.stamp() };
      try {
        await this.write(doc, stored);
      } catch (err) {
        if (err instanceof AppError && err.code === 'FILE_BUSY') this.retryInBackground(id, stored, BUSY_RETRIES);
        throw err;
      }
      return structuredClone(stored);
    });
  }

  /** Moves a report into the trash (restorable). A report whose file had disappeared is just forgotten. */
  async delete(id: string): Promise<void> {
    this.assertWritable();
    await this.queue.run(id, async () => {
      if (!isSafeId(id)) throw new AppError('NOT_FOUND', { id });
      this.assertHeld();
      if (this.missing.delete(id)) {
        this.problems.delete(id);
        this.indexDirty = true;
        return;
      }
      try {
        await renameRetrying(this.layout.reportFile(id), trashFileFor(this.layout.trash, id, this.now()));
      } catch (err) {
        if (isErrno(err, 'ENOENT')) throw new AppError('NOT_FOUND', { id });
        throw writeError(err);
      }
      this.busyRetries.delete(id);
      this.docs.delete(id);
      this.entries.delete(id);
      this.problems.delete(id);
      this.indexDirty = true;
    });
    await this.flushAfterChange();
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
    if (this.isTaken(id) || report.id !== id) {
      const restored = await this.create({ ...report, id: newId() });
      await removeFile(trashed.file);
      return summaryOf(restored);
    }
    return this.reserving(id, async () => {
      this.assertHeld();
      try {
        await renameRetrying(trashed.file, this.layout.reportFile(id));
      } catch (err) {
        if (isErrno(err, 'ENOENT')) throw new AppError('NOT_FOUND', { id });
        throw writeError(err);
      }
      this.missing.delete(id);
      this.problems.delete(id);
      await this.noteWritten(report);
      await this.flushAfterChange();
      return summaryOf(report);
    });
  }

  /** Writes the index now if it has changes (never while the folder is not ours). */
  async flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (!this.lock?.isHeld()) return;
    await this.queue.run(INDEX_KEY, async () => {
      if (!this.indexDirty) return;
      this.indexDirty = false;
      const missing = [...this.missing.values()].map((e) => ({ ...e, missing: true }));
      this.index.data = { ...emptyIndex(), reports: [...this.entries.values(), ...missing] };
      try {
        await this.index.write();
      } catch (err) {
        this.indexDirty = true;
        throw err;
      }
    });
  }

  /**
   * The index written after a change that is already on disk: a failure (a full disk) does not make the change
   * fail, since the index is a cache that the next open rebuilds from the files.
   */
  private async flushAfterChange(): Promise<void> {
    await this.flush().catch(() => undefined);
  }

  /**
   * The lock fence, right before anything is renamed (or linked) into the folder: LOCK_LOST once another process
   * has taken the folder over. A holder paused after this check cannot overwrite the new holder's files either:
   * the new holder removes every temp file it finds when it takes the folder (removeLeftovers), so the paused
   * rename finds nothing to rename, and a temp file made after that is caught by this check.
   */
  async fence(): Promise<void> {
    this.assertHeld();
    await this.options.afterLockCheck?.();
  }

  /** Waits for pending writes, writes the index and releases the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.queue.idle();
      await this.flushAfterChange();
    } finally {
      this.closed = true;
      this.busyRetries.clear();
      this.lock?.release();
    }
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('INTERNAL', { detail: 'store closed' });
  }

  /** A change may be made: the folder is ours (or, after a full disk, can be taken now). */
  private assertWritable(): void {
    this.assertOpen();
    if (this.lockPending) {
      // Throws DISK_FULL again while the disk is still full.
      this.lock = FolderLock.acquire(this.layout.lock, this.options.lockTiming);
      this.lockPending = false;
      removeLeftovers(this.layout);
      // Read while the folder was not ours: read again, with damage repaired on disk this time.
      this.docs.clear();
    }
    if (!this.lock) throw new AppError('INTERNAL', { detail: 'store opened read-only' });
  }

  /** Right before a write: LOCK_LOST once another process has taken the folder over (we were paused). */
  private assertHeld(): void {
    this.lock?.assertHeld();
  }

  /**
   * In the index, being created, or on disk without being listed (a file the last open could not read): never
   * overwritten.
   */
  isTaken(id: string): boolean {
    return (
      this.reserved.has(id) || this.entries.has(id) || this.missing.has(id) || existsSync(this.layout.reportFile(id))
    );
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

  private reportFile(id: string): ReportFile {
    return new ReportFile(
      id,
      this.layout.reportFile(id),
      new BackupSet(this.layout.backupDir(id), this.backupsKept),
      !this.lock,
      () => this.fence(),
    );
  }

  /** The report, read (and checked, restored if damaged) on first use in this process. */
  private async loaded(id: string): Promise<Doc> {
    this.assertOpen();
    if (!isSafeId(id)) throw new AppError('NOT_FOUND', { id });
    const cached = this.docs.get(id);
    if (cached) return cached;
    const file = this.reportFile(id);
    const read = await file.read();
    if (!read) throw new AppError('NOT_FOUND', { id });
    const doc = { file, ...read };
    this.docs.set(id, doc);
    return doc;
  }

  /** Writes `stored` as the report's new version; on failure the previous one stays, on disk and here. */
  private async write(doc: Doc, stored: Report): Promise<void> {
    this.assertHeld();
    try {
      await doc.file.write(stored);
    } catch (err) {
      // The temp file removed by a process that took the folder over while this one was paused.
      if (this.lock && !this.lock.isHeld()) throw new AppError('LOCK_LOST', {}, { cause: err });
      throw err;
    }
    doc.report = stored;
    await this.noteWritten(stored);
    this.scheduleIndexFlush();
  }

  /** Tries a save refused with FILE_BUSY again later, in the report's queue, unless a newer save came. */
  private retryInBackground(id: string, stored: Report, triesLeft: number): void {
    this.busyRetries.set(id, stored);
    const timer = setTimeout(() => {
      void this.queue.run(id, async () => {
        if (this.closed || this.busyRetries.get(id) !== stored) return;
        this.busyRetries.delete(id);
        const doc = this.docs.get(id);
        if (!doc) return;
        try {
          await this.write(doc, stored);
        } catch (err) {
          if (err instanceof AppError && err.code === 'FILE_BUSY' && triesLeft > 1) {
            this.retryInBackground(id, stored, triesLeft - 1);
          }
        }
      });
    }, this.retryBusyAfterMs);
    timer.unref();
  }

  private async noteWritten(report: Report): Promise<void> {
    // No stat (the file just written is gone again): an entry the next open re-reads.
    const st = await statIfExists(this.layout.reportFile(report.id));
    const restoredFrom = this.docs.get(report.id)?.restoredFrom ?? null;
    this.entries.set(report.id, {
      summary: summaryOf(report),
      mtimeMs: st?.mtimeMs ?? -1,
      size: st?.size ?? -1,
      restoredFrom,
    });
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

  /**
   * Makes the index agree with the report files: entries whose file changed or appeared are re-read, entries
   * whose file disappeared (not through the trash) become problems, stray copies of reports are named.
   */
  private async reconcileIndex(): Promise<void> {
    await this.index.read();
    const known = new Map(this.index.data.reports.map((e) => [e.summary.id, e]));
    const names = await readdir(this.layout.reports).catch((err: unknown) => {
      if (!this.lock && isErrno(err, 'ENOENT')) return [];
      throw new AppError('FILE_READ_FAILED', {}, { cause: err });
    });
    const stems = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
    const ids = stems.filter(isSafeId);
    let changed = [...known.values()].filter((e) => !e.missing).length !== ids.length;
    for (const id of ids) {
      const st = await statIfExists(this.layout.reportFile(id));
      // Deleted since the folder was read (the app beside a reading CLI): simply not listed.
      if (!st) continue;
      const entry = known.get(id);
      if (entry && !entry.missing && entry.mtimeMs === st.mtimeMs && entry.size === st.size) {
        this.entries.set(id, entry);
        continue;
      }
      changed = true;
      try {
        const doc = await this.loaded(id);
        // Read-only, a restored file on disk is still the damaged one: its stat must not mark it indexed.
        if (this.lock) await this.noteWritten(doc.report);
        else {
          const summary = summaryOf(doc.report);
          this.entries.set(id, { summary, mtimeMs: -1, size: -1, restoredFrom: doc.restoredFrom });
        }
      } catch (err) {
        this.problems.set(id, err instanceof AppError ? err : new AppError('FILE_READ_FAILED', {}, { cause: err }));
      }
    }
    const present = new Set(ids);
    for (const [id, entry] of known) {
      if (present.has(id) || (await this.wasTrashed(id))) continue;
      if (!entry.missing) changed = true;
      this.missing.set(id, entry);
      this.problems.set(id, new AppError('REPORT_FILE_MISSING', { id, title: entry.summary.title }));
    }
    for (const stem of stems.filter((s) => !isSafeId(s) && !s.includes('.'))) await this.noteStrayCopy(stem);
    if (changed) {
      this.indexDirty = true;
      // A full disk still opens the folder: the index is rebuilt again on the next open.
      await this.flushAfterChange();
    }
  }

  /** Moved to the trash by a writer whose index update a reader has not seen yet: not missing. */
  private async wasTrashed(id: string): Promise<boolean> {
    return (await trashedFiles(this.layout.trash)).some((f) => f.id === id);
  }

  /** A report file under a name no report has (a copy made in Explorer: "<id> - 副本.json"). */
  private async noteStrayCopy(stem: string): Promise<void> {
    const name = `${stem}.json`;
    try {
      const text = await readTextIfExists(path.join(this.layout.reports, name));
      if (text === null) return;
      decodeReport(text);
    } catch {
      // Not a report at all: none of the store's business.
      return;
    }
    this.problems.set(stem, new AppError('REPORT_STRAY_COPY', { file: name }));
  }
}

/** Creates the data folder's parts and takes its lock; DISK_FULL when the disk has no room for either. */
async function takeFolder(layout: DataLayout, timing: LockTiming | undefined): Promise<FolderLock> {
  try {
    await Promise.all([layout.reports, layout.backups, layout.trash].map((d) => mkdir(d, { recursive: true })));
  } catch (err) {
    const failure = writeError(err);
    if (failure.code === 'DISK_FULL') throw failure;
    throw new AppError('WRITE_FAILED', {}, { cause: err });
  }
  const lock = FolderLock.acquire(layout.lock, timing);
  removeLeftovers(layout);
  return lock;
}

async function statIfExists(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw new AppError('FILE_READ_FAILED', {}, { cause: err });
  }
}

async function removeFile(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw writeError(err);
  }
}
