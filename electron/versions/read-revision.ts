// Reading a revised text of a report (the file a leader edited) into report parts. The one place that chooses
// the reader: the plain-text outline import now; the Word reader (readReportDocument) replaces it when merged.
import type { Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { readTextFile } from '../services/input-files';

export interface RevisionReadOptions {
  organisation: string;
  year: number;
  now: string;
}

export async function readRevision(file: string, options: RevisionReadOptions): Promise<Report> {
  return importOutline(await readTextFile(file), options);
}
