// The one place where the roll-up learns facts that other parts of the program own: a report's status and
// sign-off, its fingerprint, the reporting deadline, and how a department's file becomes a report. Everything
// else in electron/services/rollup/ reads these facts through this module only, so that when sign-off records, the
// reporting calendar and Word import arrive, only the functions below change.
import path from 'node:path';
import { calendarDate, isOnOrBefore } from '../../../core/date-time';
import type { Block } from '../../../core/document';
import { AppError } from '../../../core/errors';
import { fingerprint, shortCode } from '../../../core/fingerprint';
import { IMPORT_LIMITS, importTooLarge } from '../../../core/import-limits';
import type { Report } from '../../../core/model';
import { deadlinesFor } from '../../../core/reporting-calendar';
import { approvalRecord, isBackedSignOff, isLocked, type SignedVersion } from '../../../core/sign-off';
import { decodeWithHistory } from '../../formats/package/package-history';
import '../native-hash';
import { importReportBytes } from '../../formats/word/read-report-document';
import { acceptInput } from '../../../core/input-kind';
import { decodeText } from '../../../core/text-decode';
import { readFileWithin } from '../../files/input-files';

/** A report's place in its office's workflow, as the roll-up shows it (a key of `rollup:status.*`). */
export type WorkflowStatus = Report['meta']['status'];

export interface ReportFacts {
  status: WorkflowStatus;
  /** Signed off as its records and versions back it (core/sign-off.ts's isBackedSignOff), not by its status alone. */
  signedOff: boolean;
  /** Who signed the report off (签发人); empty when nobody has. */
  signer: string;
  /** When it was signed off, or last changed when it was not (for a Word file or a text: when it was read). */
  decidedAt: string;
  /** When it was signed off; null when it is not. */
  signedAt: string | null;
  /** The latest version its sign-off records name; null when they name none. */
  version: number | null;
  /** The report's fingerprint as the PDF, the slip and verify show it (4 groups of 4). */
  fingerprint: string;
}

/**
 * The sign-off workflow's facts: signed off (or published), by the 签发人 of the current round — only when the
 * file's records and versions back it (isBackedSignOff); a state they do not back counts as a draft. The
 * report's fingerprint is computed once, for that check and for the roll-up's column (from `blocks`, the
 * report's document, where the caller has built it already).
 */
export function reportFacts(
  report: Report,
  versions: readonly SignedVersion[],
  blocks?: readonly Block[],
): ReportFacts {
  const print = fingerprint(report, blocks);
  const backed = isBackedSignOff(report, versions, print);
  const approval = backed ? approvalRecord(report) : undefined;
  const named = report.signOff.records.flatMap((r) => (r.version === null ? [] : [r.version]));
  return {
    status: backed || !isLocked(report) ? report.meta.status : 'draft',
    signedOff: backed,
    signer: approval?.name ?? '',
    decidedAt: approval?.at ?? report.updatedAt,
    signedAt: approval?.at ?? null,
    version: named.length ? Math.max(...named) : null,
    fingerprint: shortCode(print),
  };
}

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
  /** The history a package carries, which backs its sign-off (none in Word and text files). */
  versions: SignedVersion[];
}

/**
 * A department's file as a report, recognised by its content rather than its name: a report package, a Word or
 * WPS document, or the plain text of a report (any encoding an office PC writes). Read through the one reader of
 * files users hand in (regular files only, the size checked first); throws an AppError saying why it is refused.
 */
export async function readDepartmentFile(file: string, timeZone: string): Promise<DepartmentFile> {
  const bytes = await readFileWithin(file, IMPORT_LIMITS.package, (size) => importTooLarge('package', size));
  const fileKind = acceptInput(bytes, 'rollup', path.extname(file));
  if (fileKind === 'package') {
    const { report, versions } = decodeWithHistory(decodeText(bytes).text);
    return { report, kind: 'package', versions };
  }
  // Word and WPS documents and texts alike go through the Word import, which leaves out our own stamp lines and
  // dates a text that names no year in the office's time zone; one with no chapters is refused below.
  const kind = fileKind === 'text' ? 'text' : 'word';
  const { report } = await importReportBytes(bytes, { timeZone, anyway: true }, path.extname(file));
  if (report.chapters.length === 0) throw new AppError('ROLLUP_NOT_A_REPORT');
  return { report, kind, versions: [] };
}
