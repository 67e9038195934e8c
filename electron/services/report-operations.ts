// What the program does with whole reports, over the store (which only keeps them): new reports from a
// template or from last year's text, next year's copy, and packages in and out — with the question a package
// already in the store raises (replace it, or keep both?) answered by the caller.
import {
  createReportArgsSchema,
  type CreateReportArgs,
  type DuplicateChoice,
  type ImportedPackage,
} from '../../core/api';
import { AppError, schemaIssueParams } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Report } from '../../core/model';
import { duplicateAsNextYear } from '../../core/report-ops';
import { createReportFromTemplate } from '../../core/templates';
import type { ReportStore } from '../store/store';
import { currentRound, isBackedSignOff, isLocked } from '../../core/sign-off';
import type { StoredVersion } from '../../core/version-types';
import { isSafeId } from '../store/layout';
import { decodeWithHistory } from '../formats/package/package-history';

/**
 * What an import does when the package's report is already in the store: `ask` refuses with
 * PACKAGE_ALREADY_IMPORTED (whose `importId` resolvePackageImport takes with the user's answer), `replace`
 * puts the package's content in its place (the replaced version stays among its backups; a signed-off report is
 * never replaced: REPORT_SIGNED_OFF, reopen it first), `keep-both` imports it as a new report beside it.
 */
export type OnDuplicate = 'ask' | DuplicateChoice;

/**
 * Writes a package's version history under the id its report will have, in the report's turn, before the
 * report is written (so the report never becomes visible without it); answers how to take it back if the
 * report's own write then fails.
 */
export type WriteHistory = (id: string, versions: StoredVersion[]) => Promise<() => Promise<void>>;
const none: WriteHistory = async () => async () => undefined;

interface PendingImport extends ImportedPackage {
  versions: StoredVersion[];
}

/** Imports waiting for the user's answer; only the last few (a user answers one question at a time). */
const PENDING_KEPT = 5;

export class ReportOperations {
  private readonly pending = new Map<string, PendingImport>();

  constructor(
    private readonly store: ReportStore,
    private readonly now: () => Date,
  ) {}

  async createReport(args: CreateReportArgs): Promise<Report> {
    const parsed = createReportArgsSchema.safeParse(args);
    if (!parsed.success) throw new AppError('INVALID_ARGUMENT', schemaIssueParams(parsed.error));
    const { templateId, ...options } = parsed.data;
    return this.store.create(createReportFromTemplate(templateId, { ...options, now: this.stamp() }));
  }

  /** A report read from last year's file into the store; with `nextYear`, this year's is started from it too. */
  async importReport(report: Report, nextYear = false): Promise<Report> {
    const lastYear = await this.store.create(report);
    // Last year's report is kept as imported, so this year's can link back to it.
    return nextYear ? this.store.create(duplicateAsNextYear(lastYear, this.stamp())) : lastYear;
  }

  async duplicateAsNextYear(id: string): Promise<Report> {
    const { report } = await this.store.get(id);
    return this.store.create(duplicateAsNextYear(report, this.stamp()));
  }

  /**
   * Checks a package completely before anything is written: a bad one leaves the store untouched. A signed-off
   * state that the package's records and history do not back (isBackedSignOff) comes in as a draft, with a
   * notice. `writeHistory` brings the history in, in the report's turn, before the report is written.
   */
  async importPackage(
    text: string,
    onDuplicate: OnDuplicate = 'ask',
    writeHistory: WriteHistory = none,
  ): Promise<ImportedPackage> {
    const { report, versions } = decodeWithHistory(text);
    const incoming = { ...asImported(report, versions), versions };
    const existing = this.store.summary(incoming.report.id);
    if (!existing || onDuplicate !== 'ask')
      return this.store.withReport(incoming.report.id, () =>
        this.bringIn(incoming, onDuplicate === 'replace', writeHistory),
      );
    const importId = newId();
    this.pending.set(importId, incoming);
    for (const old of [...this.pending.keys()].slice(0, -PENDING_KEPT)) this.pending.delete(old);
    // A signed-off report can only be kept beside: the question (the message's `locked` form) offers no replace.
    const params: Record<string, string> = { title: existing.title, importId };
    const stored = await this.store.get(existing.id).catch(() => null);
    if (stored && isLocked(stored.report)) params.context = 'locked';
    throw new AppError('PACKAGE_ALREADY_IMPORTED', params);
  }

  /** Finishes an import refused with PACKAGE_ALREADY_IMPORTED, as the user chose. */
  async resolvePackageImport(
    importId: string,
    choice: DuplicateChoice,
    writeHistory: WriteHistory = none,
  ): Promise<ImportedPackage> {
    const incoming = this.pending.get(importId);
    if (!incoming) throw new AppError('NOT_FOUND', { id: importId });
    this.pending.delete(importId);
    return this.store.withReport(incoming.report.id, () => this.bringIn(incoming, choice === 'replace', writeHistory));
  }

  /**
   * Replaces the stored report of the package's id (when asked to and it is there, and not signed off) or
   * stores it as new (under a fresh id when its own is taken). Its history goes in first; if the report then
   * cannot be written, the history written for it is taken back, so a failure leaves the store as it was.
   */
  private async bringIn(
    { report, notices, versions }: PendingImport,
    replace: boolean,
    writeHistory: WriteHistory,
  ): Promise<ImportedPackage> {
    const replacing = replace && this.store.summary(report.id) !== null;
    if (replacing && isLocked((await this.store.get(report.id)).report)) throw new AppError('REPORT_SIGNED_OFF');
    const id = replacing || (isSafeId(report.id) && !this.store.isTaken(report.id)) ? report.id : newId();
    const undo = await writeHistory(id, versions);
    try {
      const stored = replacing ? await this.store.update(report) : await this.store.create({ ...report, id });
      return { report: stored, notices };
    } catch (err) {
      await undo();
      throw err;
    }
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

/**
 * A package's report as it comes in: a signed-off or published state that its own records and history do not
 * back is not taken on trust (the fingerprint is public, so anyone can write such a package). It comes in as a
 * draft, without the records of that round (left in place, its review and approval would count for the next
 * sign-off), with a notice; earlier rounds and the history's versions stay.
 */
function asImported(report: Report, versions: StoredVersion[]): ImportedPackage {
  if (!isLocked(report) || isBackedSignOff(report, versions)) return { report, notices: [] };
  const records = report.signOff.records;
  return {
    report: {
      ...report,
      meta: { ...report.meta, status: 'draft' },
      signOff: { ...report.signOff, records: records.slice(0, records.length - currentRound(report).length) },
    },
    notices: ['signOffNotBacked'],
  };
}
