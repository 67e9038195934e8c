// Reading a PDF handed in for verification: its document information (where the export put the fingerprint,
// report id and version) and its text, with pdf.js — never a hand-written parser. Hostile input gets one
// sentence: not a PDF, unreadable (damaged or encrypted).
import { AppError } from '../../../core/errors';
import { isPdf } from '../../../core/file-sniff';
import { loadPdfjs } from './load-pdfjs';

export interface PdfContent {
  /** Document information fields, standard and custom, as strings. */
  info: Record<string, string>;
  /** Each page's text, items joined in content order. */
  pages: string[];
}

export async function readPdfContent(bytes: Uint8Array): Promise<PdfContent> {
  if (!isPdf(bytes)) throw new AppError('VERIFY_NOT_PDF');
  const pdfjs = await loadPdfjs();
  let document;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: true,
      // pdf.js's own setting: errors only, none of its warnings about a document on the user's terminal.
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
  } catch (err) {
    throw new AppError('VERIFY_UNREADABLE', {}, { cause: err });
  }
  try {
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    const fields: Record<string, string> = {};
    const take = (record: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(record)) if (typeof value === 'string') fields[key] = value;
    };
    take(info);
    if (typeof info.Custom === 'object' && info.Custom !== null) take(info.Custom as Record<string, unknown>);
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
    }
    return { info: fields, pages };
  } catch (err) {
    throw new AppError('VERIFY_UNREADABLE', {}, { cause: err });
  } finally {
    await document.destroy();
  }
}
