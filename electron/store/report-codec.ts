// Report file text ⇄ a checked Report: parse, migrate to the current version, validate with the schema.
import { AppError } from '../../core/errors';
import { reportSchema, type Report } from '../../core/model';
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
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new AppError('REPORT_INVALID', { detail: err instanceof Error ? err.message : String(err) });
  }
  return checkReport(value);
}

export function checkReport(value: unknown): Decoded {
  const { doc, from } = migrateToCurrent(value);
  const parsed = reportSchema.safeParse(doc);
  if (!parsed.success) throw new AppError('REPORT_INVALID', { detail: firstIssue(parsed.error) });
  return { report: parsed.data, from };
}

/** Compact: a report file is read by the program, and a smaller file is a faster durable save. */
export function encodeReport(report: Report): string {
  return JSON.stringify(report);
}

export function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
