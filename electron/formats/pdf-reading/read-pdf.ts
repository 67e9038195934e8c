// Reading a PDF handed in for verification: its document information (where the export put the fingerprint,
// report id and version) and its text, with pdf.js — never a hand-written parser. Hostile input gets one
// sentence: too large, not a PDF, unreadable (damaged or encrypted).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, errorDetail } from '../../../core/errors';
import { formatSize } from '../../../core/import-limits';

/** Far above any report's PDF (a 268-page report is about 2 MB). */
export const MAX_VERIFY_BYTES = 100 * 1024 * 1024;

export interface PdfContent {
  /** Document information fields, standard and custom, as strings. */
  info: Record<string, string>;
  /** Each page's text, items joined in content order. */
  pages: string[];
}

export async function readPdfContent(file: string): Promise<PdfContent> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    throw new AppError('FILE_READ_FAILED', { detail: `${path.basename(file)}: ${errorDetail(err)}` }, { cause: err });
  }
  if (size > MAX_VERIFY_BYTES) throw new AppError('VERIFY_TOO_LARGE', { size: formatSize(size) });
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new AppError('FILE_READ_FAILED', { detail: `${path.basename(file)}: ${errorDetail(err)}` }, { cause: err });
  }
  // PDF readers accept the header within the first kilobyte.
  if (!bytes.subarray(0, 1024).includes('%PDF-')) throw new AppError('VERIFY_NOT_PDF');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: true,
      verbosity: 0,
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
