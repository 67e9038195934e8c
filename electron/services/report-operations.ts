// What the program does with whole reports, over the store (which only keeps them): new reports from a
// template or from last year's text, next year's copy, and packages in and out — with the question a package
// already in the store raises (replace it, or keep both?) answered by the caller.
import { createReportArgsSchema, type CreateReportArgs, type DuplicateChoice } from '../../core/api';
import { AppError, schemaIssueParams } from '../../core/errors';
import { newId } from '../../core/ids';
import type { Report } from '../../core/model';
import { duplicateAsNextYear } from '../../core/report-ops';
import { createReportFromTemplate } from '../../core/templates';
import type { ReportStore } from '../store/store';
import { decodePackage } from '../formats/package/package-format';

/**
 * What an import does when the package's report is already in the store: `ask` refuses with
 * PACKAGE_ALREADY_IMPORTED (whose `importId` resolvePackageImport takes with the user's answer), `replace`
 * puts the package's content in its place (the replaced version stays among its backups), `keep-both`
 * imports it as a new report beside it.
 */
export type OnDuplicate = 'ask' | DuplicateChoice;

/** What follows a package's report into the store, in the report's turn (its version history). */
type WithStored = (stored: Report) => Promise<void>;
const none: WithStored = async () => undefined;

/** Imports waiting for the user's answer; only the last few (a user answers one question at a time). */
const PENDING_KEPT = 5;

export class ReportOperations {
  private readonly pending = new Map<string, Report>();

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
   * Checks a package completely before anything is written: a bad one leaves the store untouched. `withStored`
   * (its history) runs in the same turn of the report as the write, before any other change of it.
   */
  async importPackage(text: string, onDuplicate: OnDuplicate = 'ask', withStored: WithStored = none): Promise<Report> {
    const report = decodePackage(text);
    const existing = this.store.summary(report.id);
    if (!existing || onDuplicate !== 'ask')
      return this.store.withReport(report.id, () => this.bringIn(report, onDuplicate === 'replace', withStored));
    const importId = newId();
    this.pending.set(importId, report);
    for (const old of [...this.pending.keys()].slice(0, -PENDING_KEPT)) this.pending.delete(old);
    throw new AppError('PACKAGE_ALREADY_IMPORTED', { title: existing.title, importId });
  }

  /** Finishes an import refused with PACKAGE_ALREADY_IMPORTED, as the user chose. */
  async resolvePackageImport(
    importId: string,
    choice: DuplicateChoice,
    withStored: WithStored = none,
  ): Promise<Report> {
    const report = this.pending.get(importId);
    if (!report) throw new AppError('NOT_FOUND', { id: importId });
    this.pending.delete(importId);
    return this.store.withReport(report.id, () => this.bringIn(report, choice === 'replace', withStored));
  }

  /** Replaces the stored report of the package's id (when asked to and it is there) or stores it as new. */
  private async bringIn(report: Report, replace: boolean, withStored: WithStored): Promise<Report> {
    const stored =
      replace && this.store.summary(report.id) ? await this.store.update(report) : await this.store.create(report);
    await withStored(stored);
    return stored;
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}
