// Report files a user names on the command line (import --out, text, validate, export <file>): read and
// checked as the store reads its own (migrated, validated), written indented because people keep them too.
import type { Report } from '../../core/model';
import { writeOutputFile } from '../files/output-file';
import { decodeReport } from '../../core/report-codec';

/** The report a report file's text holds; REPORT_INVALID or SCHEMA_TOO_NEW otherwise. */
export function reportFromText(text: string): Report {
  return decodeReport(text).report;
}

export async function writeReportFile(file: string, report: Report): Promise<void> {
  await writeOutputFile(file, JSON.stringify(report, null, 2) + '\n');
}
