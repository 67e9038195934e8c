// A report's version history: `reports/<id>.history/v0001.json …` beside the report file, one immutable file
// per version. A damaged file is listed as a problem with its number, never dropped, and never stops the
// report from opening (the report file does not depend on its history). Numbers only grow: a damaged file
// still holds its number. Append-only: a version file is created exclusively and never overwritten, numbers run
// from 1 up to MAX_VERSIONS, and a package's history joins an existing one only where they agree.
import { mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { fingerprint } from '../../core/fingerprint';
import type { Report } from '../../core/model';
import {
  MAX_VERSIONS,
  type ReviewNote,
  type StoredVersion,
  type VersionKind,
  type VersionList,
  type VersionSummary,
} from '../../core/version-types';
import { isErrno, readTextIfExists, writeError } from '../files/durable-file';
import { isSafeId } from './layout';
import { decodeVersion, encodeVersion, summaryOfVersion, writeVersionText } from './version-file';

const FILE_NAME = /^v(\d{1,5})\.json$/;
const fileName = (n: number) => `v${String(n).padStart(4, '0')}.json`;

export interface NewVersion {
  kind: VersionKind;
  by?: string;
  note?: string;
  at: string;
  reviewNotes?: ReviewNote[];
}

/** Runs a task in the report's turn (ReportStore.withReport): versions are written in the queue of its changes. */
export type ReportTurn = <T>(id: string, task: () => Promise<T>) => Promise<T>;

/** Takes back versions just written for a change that then failed: they were never part of a saved state. */
export type UndoVersions = () => Promise<void>;

export class VersionHistory {
  constructor(
    /** The store's reports folder: each report's history sits beside its file. */
    private readonly reportsDir: string,
    private readonly turn: ReportTurn,
    /** The store's lock fence (ReportStore.fence), run right before a version file is linked into place. */
    private readonly fence: () => Promise<void> = async () => undefined,
  ) {}

  private dir(id: string): string {
    if (!isSafeId(id)) throw new AppError('NOT_FOUND', { id });
    return path.join(this.reportsDir, `${id}.history`);
  }

  /** The version numbers on disk, ascending (damaged files included). */
  private async numbers(id: string): Promise<number[]> {
    let names: string[];
    try {
      names = await readdir(this.dir(id));
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return [];
      throw new AppError('FILE_READ_FAILED', {}, { cause: err });
    }
    return names
      .map((n) => FILE_NAME.exec(n)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .filter((n) => n >= 1 && n <= MAX_VERSIONS)
      .sort((a, b) => a - b);
  }

  /** The number the next version takes; VERSION_LIMIT once the history is full. */
  async nextNumber(id: string): Promise<number> {
    const next = ((await this.numbers(id)).at(-1) ?? 0) + 1;
    if (next > MAX_VERSIONS) throw new AppError('VERSION_LIMIT', { limit: MAX_VERSIONS });
    return next;
  }

  async read(id: string, number: number): Promise<StoredVersion> {
    const text = await readTextIfExists(path.join(this.dir(id), fileName(number)));
    if (text === null) throw new AppError('VERSION_NOT_FOUND', { version: number });
    return decodeVersion(text, number);
  }

  /** Every version's summary, oldest first, and the files that could not be read. */
  async list(id: string): Promise<VersionList> {
    const list: VersionList = { versions: [], problems: [] };
    for (const number of await this.numbers(id)) {
      try {
        list.versions.push(summaryOfVersion(await this.read(id, number)));
      } catch (err) {
        const error = err instanceof AppError ? err : new AppError('VERSION_DAMAGED', { version: number });
        list.problems.push({ number, code: error.code, params: error.params });
      }
    }
    return list;
  }

  /** The readable versions whole (for packages), oldest first. */
  async readAll(id: string): Promise<StoredVersion[]> {
    const all: StoredVersion[] = [];
    for (const number of await this.numbers(id)) {
      try {
        all.push(await this.read(id, number));
      } catch {
        // Listed as a problem by list(); a package carries what can still be read.
      }
    }
    return all;
  }

  /**
   * Writes the report's content as the next version; numbers are taken in the report's turn. A number already
   * on disk is never overwritten (WRITE_FAILED: another writer took it).
   */
  add(report: Report, version: NewVersion, number?: number): Promise<VersionSummary> {
    return this.turn(report.id, async () => {
      const summary: VersionSummary = {
        number: number ?? (await this.nextNumber(report.id)),
        createdAt: version.at,
        kind: version.kind,
        state: report.meta.status,
        by: version.by ?? '',
        note: version.note ?? '',
        fingerprint: fingerprint(report),
        reviewNotes: version.reviewNotes ?? [],
      };
      await this.writeVersion(report.id, summary, report);
      return summary;
    });
  }

  /** Takes back a version just written by `add` for a step that then failed (the step's refusal leaves none). */
  async remove(id: string, number: number): Promise<void> {
    await unlink(path.join(this.dir(id), fileName(number))).catch(() => undefined);
  }

  /**
   * Brings versions in as they were (a package's history), under the report's id. A number already kept must
   * hold the same version (PACKAGE_HISTORY_CONFLICT otherwise, before anything is written); the others are
   * created. All or nothing: a failed write takes back those written. Returns how to take them back too, for
   * when the report's own write then fails.
   */
  importAll(id: string, versions: StoredVersion[]): Promise<UndoVersions> {
    return this.turn(id, async () => {
      const kept = new Set(await this.numbers(id));
      const added: number[] = [];
      for (const version of versions) {
        if (kept.has(version.number) && !(await this.holds(id, version))) {
          throw new AppError('PACKAGE_HISTORY_CONFLICT', { version: version.number });
        }
      }
      const undo = async () => {
        for (const number of added) await this.remove(id, number);
      };
      try {
        for (const version of versions.filter((v) => !kept.has(v.number))) {
          await this.writeVersion(id, summaryOfVersion(version), { ...version.report, id });
          added.push(version.number);
        }
      } catch (err) {
        await undo();
        throw err;
      }
      return undo;
    });
  }

  /** Whether the kept version `version.number` is this same version (a damaged file is not). */
  private async holds(id: string, version: StoredVersion): Promise<boolean> {
    try {
      const kept = await this.read(id, version.number);
      return (
        kept.fingerprint === version.fingerprint &&
        kept.kind === version.kind &&
        kept.createdAt === version.createdAt &&
        kept.state === version.state
      );
    } catch {
      return false;
    }
  }

  private async writeVersion(id: string, summary: VersionSummary, report: Report): Promise<void> {
    if (summary.number > MAX_VERSIONS) throw new AppError('VERSION_LIMIT', { limit: MAX_VERSIONS });
    const dir = this.dir(id);
    try {
      await mkdir(dir, { recursive: true });
      await writeVersionText(path.join(dir, fileName(summary.number)), encodeVersion(summary, report), this.fence);
    } catch (err) {
      // The number is taken on disk: another writer's version, never overwritten.
      if (isErrno(err, 'EEXIST')) throw new AppError('WRITE_FAILED', {}, { cause: err });
      throw writeError(err);
    }
  }
}
