// The one place where the roll-up learns facts that other parts of the program own: a report's status and
// sign-off, its fingerprint, the reporting deadline, and how a department's file becomes a report. Everything
// else in electron/services/rollup/ reads these facts through this module only, so that when sign-off records, the
// reporting calendar and Word import arrive, only the functions below change.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { calendarDate, isOnOrBefore } from '../../../core/date-time';
import { AppError, errorDetail } from '../../../core/errors';
import { fingerprint, shortCode } from '../../../core/fingerprint';
import { IMPORT_LIMITS, importTooLarge } from '../../../core/import-limits';
import type { Report } from '../../../core/model';
import { importOutline } from '../../../core/outline-import';
import { deadlinesFor } from '../../../core/reporting-calendar';
import { approvalRecord } from '../../../core/sign-off';
import { signOffState } from '../../../core/sign-off-state';
import { decodeText } from '../../../core/text-decode';
import { decodePackage } from '../../formats/package/package-format';
import '../native-hash';
import { importReportBytes } from '../../formats/word/read-report-document';
import { sniff } from '../../../core/file-sniff';

/** A report's place in its office's workflow, as the roll-up shows it (a key of `rollup:status.*`). */
export type WorkflowStatus = Report['meta']['status'];

export interface ReportFacts {
  status: WorkflowStatus;
  signedOff: boolean;
  /** Who signed the report off (签发人); empty when nobody has. */
  signer: string;
  /** When it was signed off, or last changed when it was not: ISO, for choosing the newest of duplicates. */
  decidedAt: string;
}

/** The sign-off workflow's facts: signed off (or published), by the 签发人 of the current round. */
export function reportFacts(report: Report): ReportFacts {
  const approval = approvalRecord(report);
  return {
    status: report.meta.status,
    signedOff: signOffState(report.meta.status).signedOff,
    signer: approval?.name ?? '',
    decidedAt: approval?.at ?? report.updatedAt,
  };
}

/** The report's fingerprint as the PDF, the slip and verify show it (4 groups of 4). */
export const reportFingerprint = (report: Report): string => shortCode(fingerprint(report));

/** The day by which a year's report goes to the Party committee and government (the reporting calendar). */
export const reportDeadline = (year: number): string => deadlinesFor(year).submit;

/**
 * Whether the report is dated (成文日期; else signed off, on the calendar day of the office's zone) by its
 * deadline; null when neither is known.
 */
export function deadlineMet(report: Report, timeZone: string): boolean | null {
  const signedAt = approvalRecord(report)?.at;
  const day = report.meta.date ?? (signedAt ? calendarDate(signedAt, timeZone) : null);
  return day ? isOnOrBefore(day, reportDeadline(report.meta.year)) : null;
}

export type DepartmentFileKind = 'package' | 'word' | 'text';

export interface DepartmentFile {
  report: Report;
  kind: DepartmentFileKind;
}

const readFailed = (file: string, err: unknown) =>
  new AppError('FILE_READ_FAILED', { detail: `${path.basename(file)}: ${errorDetail(err)}` }, { cause: err });

/**
 * A department's file as a report, recognised by its content rather than its name: a report package, or the
 * plain text of a report (any encoding an office PC writes). Throws an AppError saying why a file is refused.
 */
export async function readDepartmentFile(file: string): Promise<DepartmentFile> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new AppError('ROLLUP_NOT_A_FILE');
    // A pipe or a device would never end, or never answer: only regular files are read.
    if (!info.isFile()) throw new AppError('ROLLUP_FORMAT_UNSUPPORTED');
    size = info.size;
  } catch (err) {
    throw err instanceof AppError ? err : readFailed(file, err);
  }
  if (size > IMPORT_LIMITS.package) throw importTooLarge('package', size);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw readFailed(file, err);
  }
  const sniffed = sniff(bytes);
  if (sniffed.container === 'json') return { report: decodePackage(bytes.toString('utf8')), kind: 'package' };
  if (sniffed.container === 'other') throw new AppError('ROLLUP_FORMAT_UNSUPPORTED');
  // Word and WPS documents (and anything else in a zip or OLE container) go through the Word import, which
  // names what a file is when it refuses it.
  const kind = sniffed.container === 'text' ? 'text' : 'word';
  const report =
    kind === 'text'
      ? importOutline(decodeText(bytes).text)
      : (await importReportBytes(bytes, {}, path.extname(file))).report;
  if (report.chapters.length === 0) throw new AppError('ROLLUP_NOT_A_REPORT');
  return { report, kind };
}
