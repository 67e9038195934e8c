// A report's PDF as the program prints it, for the app's services and the CLI alike: the PDF writer is loaded
// on first use (it pulls in pdfkit and the fonts, which no other command needs), the watermark follows the
// report's status, the sign-off stamp goes on the last page, and a failure that is not already an AppError
// becomes EXPORT_FAILED. Bytes only: the output writer puts them on disk.
import type { ExportProgress } from '../../core/api';
import { asAppError } from '../../core/errors';
import type { Language, Report } from '../../core/model';
import { printsAsDraft } from '../../core/report-ops';
import type { PdfOptions, PdfResult } from '../formats/pdf/export';
import { pdfStamp } from '../../core/export-stamp';

export type { PdfResult } from '../formats/pdf/export';

/** What lays a report out as PDF bytes: electron/formats/pdf/export's renderPdf, or a stand-in in tests. */
export type PdfRenderer = (report: Report, options: PdfOptions) => Promise<PdfResult>;

export interface ReportPdfOptions {
  /** Watermark even a final report. */
  forceDraft?: boolean;
  /** The language of the document's own labels; the report's by default. */
  language?: Language;
  onProgress?(progress: ExportProgress): void;
  /** The PDF writer; electron/formats/pdf/export's by default. */
  renderer?: PdfRenderer;
}

const loadPdfRenderer = async (): Promise<PdfRenderer> => (await import('../formats/pdf/export')).renderPdf;

/** `stampOf`: the stamp in the document's language; the report's own unless it is a copy (the public copy). */
export async function renderReportPdf(
  report: Report,
  options: ReportPdfOptions = {},
  stampOf: (language: Language) => ReturnType<typeof pdfStamp> = (language) => pdfStamp(report, language),
): Promise<PdfResult> {
  const render = options.renderer ?? (await loadPdfRenderer());
  const language = options.language ?? report.meta.language;
  try {
    return await render(report, {
      draft: printsAsDraft(report, options.forceDraft),
      language,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      stamp: stampOf(language),
    });
  } catch (err) {
    throw asAppError(err, 'EXPORT_FAILED');
  }
}
