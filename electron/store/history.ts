// A report's version history: `reports/<id>.history/v0001.json …` beside the report file, one immutable file
// per version. A damaged file is listed as a problem with its number, never dropped, and never stops the
// report from opening (the report file does not depend on its history). Numbers only grow: a damaged file
// still holds its number.
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { fingerprint } from '../../core/fingerprint';
import type { Report } from '../../core/model';
import type { ReviewNote, StoredVersion, VersionKind, VersionList, VersionSummary } from '../../core/version-types';
import { isErrno, readTextIfExists } from '../files/durable-file';
import { isSafeId } from './layout';
import { decodeVersion, encodeVersion, summaryOfVersion, writeVersionText } from './version-file';

const FILE_NAME = /^v(\d{1,9})\.json$/;
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

export class VersionHistory {
  constructor(
    /** The store's reports folder: each report's history sits beside its file. */
    private readonly reportsDir: string,
    private readonly turn: ReportTurn,
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
      .sort((a, b) => a - b);
  }

  async nextNumber(id: string): Promise<number> {
    return ((await this.numbers(id)).at(-1) ?? 0) + 1;
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

  /** Writes the report's content as the next version; numbers are taken in the report's turn. */
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

  /** Brings versions in as they were (a package's history), under the report's id. */
  async importAll(id: string, versions: StoredVersion[]): Promise<void> {
    await this.turn(id, async () => {
      for (const version of versions) {
        await this.writeVersion(id, summaryOfVersion(version), { ...version.report, id });
      }
    });
  }

  private async writeVersion(id: string, summary: VersionSummary, report: Report): Promise<void> {
    const dir = this.dir(id);
    try {
      await mkdir(dir, { recursive: true });
    } catch (err) {
      throw new AppError('WRITE_FAILED', {}, { cause: err });
    }
    await writeVersionText(path.join(dir, fileName(summary.number)), encodeVersion(summary, report));
  }
}
