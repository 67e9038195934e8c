// Writing a report's PDF, for the app's services and the CLI alike: the PDF writer is loaded on first use (it
// pulls in pdfkit and the fonts, which no other command needs), the watermark follows the report's status, and
// a failure that is not already an AppError becomes EXPORT_FAILED.
import type { ExportProgress } from '../../core/api';
import { AppError, errorDetail, fileSystemError } from '../../core/errors';
import type { Language, Report } from '../../core/model';
import { printsAsDraft } from '../../core/report-ops';
import type { UsedFont } from '../formats/pdf/fonts';
import { pdfStamp } from '../../core/export-stamp';

export interface PdfFileResult {
  pages: number;
  fonts: UsedFont[];
  missingCharacters: { char: string; codePoint: number; path: string }[];
}

export type PdfExporter = (
  report: Report,
  outPath: string,
  options?: {
    draft?: boolean;
    language?: Language;
    onProgress?: (p: ExportProgress) => void;
    stamp?: { lastPageLine: string; info: Record<string, string> };
  },
) => Promise<PdfFileResult>;

export interface WritePdfOptions {
  /** Watermark even a final report. */
  forceDraft?: boolean;
  /** The language of the document's own labels; the report's by default. */
  language?: Language;
  onProgress?(progress: ExportProgress): void;
  /** The PDF writer; electron/formats/pdf/export's by default. */
  exporter?: PdfExporter;
}

const loadPdfExporter = async (): Promise<PdfExporter> => (await import('../formats/pdf/export')).exportPdfFile;

export async function writeReportPdf(
  report: Report,
  outPath: string,
  options: WritePdfOptions = {},
): Promise<PdfFileResult> {
  const exporter = options.exporter ?? (await loadPdfExporter());
  try {
    return await exporter(report, outPath, {
      draft: printsAsDraft(report, options.forceDraft),
      language: options.language ?? report.meta.language,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      stamp: pdfStamp(report, options.language ?? report.meta.language),
    });
  } catch (err) {
    // A file-system failure is named by the path the user chose, not the writer's temporary file.
    const cause = err instanceof AppError && err.code === 'EXPORT_FAILED' ? err.cause : err;
    const fileError = fileSystemError(cause, outPath);
    if (fileError) throw fileError;
    if (err instanceof AppError) throw err;
    throw new AppError('EXPORT_FAILED', { detail: errorDetail(err) }, { cause: err });
  }
}
