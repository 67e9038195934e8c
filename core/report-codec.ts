// Report file text ⇄ a checked Report: parse, migrate to the current version, validate with the schema.
import { AppError, schemaIssueParams } from './errors';
import { reportSchema, type Report } from './model';
import { stripBom } from './text-decode';
import { migrateToCurrent } from './migrations';

export interface Decoded {
  report: Report;
  /** The schema version the text was written in (lower than current when it was migrated). */
  from: number;
}

/** Throws AppError REPORT_INVALID for anything that is not a valid report, SCHEMA_TOO_NEW for a newer one. */
export function decodeReport(text: string): Decoded {
  let value: unknown;
  try {
    value = JSON.parse(stripBom(text));
  } catch {
    throw new AppError('REPORT_INVALID', { path: '—', issue: 'notJson' });
  }
  return checkReport(value);
}

export function checkReport(value: unknown): Decoded {
  const { doc, from } = migrateToCurrent(value);
  const parsed = reportSchema.safeParse(doc);
  if (!parsed.success) throw new AppError('REPORT_INVALID', schemaIssueParams(parsed.error));
  return { report: parsed.data, from };
}

/** The input as a checked report (defaults filled), or REPORT_INVALID: no migration, it is already current. */
export function checkedReport(input: unknown): Report {
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) throw new AppError('REPORT_INVALID', schemaIssueParams(parsed.error));
  return parsed.data;
}

/** Compact: a report file is read by the program, and a smaller file is a faster durable save. */
export function encodeReport(report: Report): string {
  return JSON.stringify(report);
}
