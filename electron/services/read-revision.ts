// Reading a revised text of a report (the file a leader edited: Word, WPS or plain text, by content) into
// report parts. The one place that chooses the reader.
import type { Report } from '../../core/model';
import { readReportDocument } from './document-files';

export interface RevisionReadOptions {
  organisation: string;
  year: number;
  now: string;
}

export async function readRevision(file: string, options: RevisionReadOptions): Promise<Report> {
  return (await readReportDocument(file, options)).report;
}
