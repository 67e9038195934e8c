// Reading a revised text of a report (the file a leader edited: Word, WPS or plain text, by content) into
// report parts, with what the reader found beyond them (notices, comments). The one place that chooses the reader.
import type { ReportDocument } from '../formats/word/read-report-document';
import { readReportBytes } from './document-files';

export interface RevisionReadOptions {
  organisation: string;
  year: number;
  now: string;
  /** Take a text with no chapters all the same (the user confirmed it). */
  anyway?: boolean;
}

/** The revised text's bytes (from a file, or uploaded by the page) as a report document; `name` is the file's name. */
export function readRevision(bytes: Uint8Array, name: string, options: RevisionReadOptions): Promise<ReportDocument> {
  return readReportBytes(bytes, name, options);
}
