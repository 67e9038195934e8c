// The one place a pdfkit document is opened. pdfkit opens Helvetica by default, from metrics files it finds
// beside its own module; the CLI bundles pdfkit (build/scripts/build-node.mjs), where those files cannot be
// found, and every glyph the app prints is set in a registered face anyway. So no document opens a default
// font: pdfkit takes `font: null` for that, though its typings know only a font name.
import PDFDocument from 'pdfkit';

const NO_DEFAULT_FONT = { font: null } as unknown as Pick<PDFKit.PDFDocumentOptions, 'font'>;

export function openPdfDocument(options: Omit<PDFKit.PDFDocumentOptions, 'font'>): PDFKit.PDFDocument {
  return new PDFDocument({ ...options, ...NO_DEFAULT_FONT });
}
