// A document a user hands in (last year's report, a revised text, the CLI's `import`) read as a report: the
// file read within the import's size limit, or bytes handed over without a file (an upload) held to the same
// limit, then recognised by its bytes (electron/formats/word).
import path from 'node:path';
import { withinImportLimit } from '../../core/import-limits';
import { readDocumentFile } from '../files/input-files';
import {
  importReportBytes,
  type ReportDocument,
  type ReportDocumentOptions,
} from '../formats/word/read-report-document';

/** Reads a .docx, .doc, .wps or text file (recognised by content) as a report. Never writes anything. */
export async function readReportDocument(file: string, options: ReportDocumentOptions = {}): Promise<ReportDocument> {
  return importReportBytes(await readDocumentFile(file), options, path.extname(file));
}

/** The same for a document's bytes; `name`, the file's name where it had one, gives refusals its extension. */
export async function readReportBytes(
  bytes: Uint8Array,
  name: string,
  options: ReportDocumentOptions = {},
): Promise<ReportDocument> {
  return importReportBytes(withinImportLimit('outline', bytes), options, path.extname(name));
}
