// Reading a revised text of a report (the file a leader edited: Word, WPS or plain text, by content) into
// report parts. The one place that chooses the reader.
import type { Report } from '../../core/model';
import { readReportBytes } from './document-files';

export interface RevisionReadOptions {
  organisation: string;
  year: number;
  now: string;
  /** Take a text with no chapters all the same (the user confirmed it). */
  anyway?: boolean;
}

/** The revised text's bytes (from a file, or uploaded by the page) as report parts; `name` is the file's name. */
export async function readRevision(bytes: Uint8Array, name: string, options: RevisionReadOptions): Promise<Report> {
  return (await readReportBytes(bytes, name, options)).report;
}
