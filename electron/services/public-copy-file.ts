// Writing the public copy (公开版), for the app's services and the CLI alike: the web page from
// core/public-html.ts, written whole or not at all, and the PDF through the official-layout exporter given the
// report with its internal parts removed (the layout itself is the PDF's own).
import type { Report } from '../../core/model';
import { publicReport } from '../../core/public-copy';
import { renderPublicHtml } from '../../core/public-html';
import { writeDurable } from '../files/durable-file';
import { writeReportPdf, type PdfFileResult, type WritePdfOptions } from './pdf-file';

export async function writePublicHtml(report: Report, outPath: string): Promise<void> {
  await writeDurable(outPath, renderPublicHtml(report));
}

export function writePublicPdf(report: Report, outPath: string, options: WritePdfOptions = {}): Promise<PdfFileResult> {
  return writeReportPdf(publicReport(report), outPath, options);
}
