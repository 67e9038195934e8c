// The one place where the roll-up learns facts that other parts of the program own: a report's status and
// sign-off, its fingerprint, the reporting deadline, and how a department's file becomes a report. Everything
// else in electron/rollup/ reads these facts through this module only, so that when sign-off records, the
// reporting calendar and Word import arrive, only the functions below change.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, errorDetail } from '../../core/errors';
import { IMPORT_LIMITS, importTooLarge } from '../../core/import-limits';
import type { Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { decodeText } from '../../core/text-decode';
import { decodePackage } from '../store/package-format';

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

/** Today a final report counts as signed off, by its approver (meta.approver). */
export function reportFacts(report: Report): ReportFacts {
  const signedOff = report.meta.status === 'final';
  return {
    status: report.meta.status,
    signedOff,
    signer: signedOff ? report.meta.approver.trim() : '',
    decidedAt: report.updatedAt,
  };
}

/**
 * A short fingerprint of what the report says, so that the office can tell whether two copies it holds are
 * the same: today 16 hexadecimal digits of the SHA-256 of its printed text (which the caller has at hand).
 */
export function reportFingerprint(_report: Report, printedText: string): string {
  return createHash('sha256').update(printedText, 'utf8').digest('hex').slice(0, 16).toUpperCase();
}

/** The day by which a year's report is due (厅字〔2019〕28号: by 1 March of the following year). */
export const reportDeadline = (year: number): string => `${year + 1}-03-01`;

/** Whether the report is dated on or before its deadline; null when it carries no date. */
export function deadlineMet(report: Report): boolean | null {
  const { date, year } = report.meta;
  return date ? date <= reportDeadline(year) : null;
}

export type DepartmentFileKind = 'package' | 'text';

export interface DepartmentFile {
  report: Report;
  kind: DepartmentFileKind;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * A Word or WPS document: a zip holding word/document.xml (.docx), or an OLE compound file with a
 * WordDocument stream (.doc, .wps). Only the names in the archive's directory are looked at, nothing expanded.
 */
function isWordFile(bytes: Buffer): boolean {
  return startsWith(bytes, ZIP) ? bytes.includes('word/document.xml') : bytes.includes(WORD_STREAM);
}
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/** JSON opens with { or [ after an optional byte-order mark and white space. */
function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b;
}

/** Control characters other than tab, line feed, form feed and carriage return mean a binary file. */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f]/;

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
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE))
    throw new AppError(isWordFile(bytes) ? 'ROLLUP_WORD_FILE' : 'ROLLUP_FORMAT_UNSUPPORTED');
  if (looksLikeJson(bytes)) return { report: decodePackage(bytes.toString('utf8')), kind: 'package' };
  const { text } = decodeText(bytes);
  if (BINARY.test(text)) throw new AppError('ROLLUP_FORMAT_UNSUPPORTED');
  const report = importOutline(text);
  if (report.chapters.length === 0) throw new AppError('ROLLUP_NOT_A_REPORT');
  return { report, kind: 'text' };
}
