// Reading a PDF handed in for verification: its document information (where the export put the fingerprint,
// report id and version), each page's text and what each page draws, with pdf.js — never a hand-written parser.
// Hostile input gets one sentence: not a PDF, unreadable (damaged or encrypted), too many pages, too much to
// decompress (the patched pdf.js caps every stream and the document's total, see patches/), or too slow.
import { AppError } from '../../../core/errors';
import { isPdf } from '../../../core/file-sniff';
import { loadPdfjs } from './load-pdfjs';
import { pageDrawing, type PageDrawing } from './page-drawing';

/** Far above any report (a 268-page report is about 2 MB); a 15,000-page file is refused before its pages are read. */
export const MAX_VERIFY_PAGES = 2000;
/** Decompressed bytes one stream may have, and all streams of one document together (see patches/pdfjs-dist). */
export const MAX_STREAM_BYTES = 16 * 1024 * 1024;
export const MAX_DECODED_BYTES = 256 * 1024 * 1024;
/** How long pdf.js may spend reading one PDF (opening it, its pages' text and drawing) before it is refused. */
export const READ_TIME_LIMIT_MS = 8000;

/** The limits the patched pdf.js reads from here: per stream and, counted while the document is open, in total. */
interface DecodeBudget {
  perStream: number;
  remaining: number;
}
const BUDGET_KEY = '__reportDeskDecodeBudget';

/** An open PDF: its information and page count at once, each page's text and drawing on request. */
export interface PdfFile {
  /** Document information fields, standard and custom, as strings. */
  info: Record<string, string>;
  pageCount: number;
  /** A page's text, items joined in content order (pages count from 1). */
  text(page: number): Promise<string>;
  drawing(page: number): Promise<PageDrawing>;
  close(): Promise<void>;
}

const tooComplex = (cause?: unknown) => new AppError('VERIFY_TOO_COMPLEX', {}, cause ? { cause } : undefined);

/** PDFs open at once (a PDF and the re-rendering it is compared with) share one budget, kept while any is open. */
let openCount = 0;
const global = globalThis as Record<string, unknown>;

/**
 * Opens `bytes`, runs `use` on it and closes it; every failure of pdf.js is VERIFY_UNREADABLE, a stream or
 * document over the decode budget VERIFY_TOO_COMPLEX, and so is reading past the time limit.
 */
export async function withPdf<T>(bytes: Uint8Array, use: (pdf: PdfFile) => Promise<T>): Promise<T> {
  if (!isPdf(bytes)) throw new AppError('VERIFY_NOT_PDF');
  const pdfjs = await loadPdfjs();
  if (openCount++ === 0) global[BUDGET_KEY] = { perStream: MAX_STREAM_BYTES, remaining: MAX_DECODED_BYTES };
  const budget = global[BUDGET_KEY] as DecodeBudget;
  // Time counts while pdf.js reads, not while the caller works between two reads (printing the version again).
  let spent = 0;
  const timed = async <R>(read: () => Promise<R>): Promise<R> => {
    if (spent > READ_TIME_LIMIT_MS || budget.remaining < 0) throw tooComplex();
    const start = Date.now();
    try {
      return await read();
    } finally {
      spent += Date.now() - start;
    }
  };
  const overLimit = () => spent > READ_TIME_LIMIT_MS || budget.remaining < 0;
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']> | undefined;
  try {
    document = await timed(
      () =>
        pdfjs.getDocument({
          // A copy: pdf.js takes over (detaches) the buffer it is given, and the caller still compares the bytes.
          data: new Uint8Array(bytes),
          isEvalSupported: false,
          useSystemFonts: false,
          disableFontFace: true,
          // The font programs (and their ToUnicode maps) are kept with each font, for the drawing's comparison.
          fontExtraProperties: true,
          stopAtErrors: true,
          // pdf.js's own setting: errors only, none of its warnings about a document on the user's terminal.
          verbosity: pdfjs.VerbosityLevel.ERRORS,
        }).promise,
    );
    if (document.numPages > MAX_VERIFY_PAGES || overLimit()) throw tooComplex();
    const open = document;
    const { info } = (await timed(() => open.getMetadata())) as unknown as { info: Record<string, unknown> };
    const fields: Record<string, string> = {};
    const take = (record: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(record)) if (typeof value === 'string') fields[key] = value;
    };
    take(info);
    if (typeof info.Custom === 'object' && info.Custom !== null) take(info.Custom as Record<string, unknown>);
    if (overLimit()) throw tooComplex();
    const file: PdfFile = {
      info: fields,
      pageCount: open.numPages,
      text: (n) =>
        timed(async () => {
          const page = await open.getPage(n);
          const content = await page.getTextContent();
          page.cleanup();
          return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
        }),
      drawing: (n) =>
        timed(async () => {
          const page = await open.getPage(n);
          const drawn = await pageDrawing(page, pdfjs.OPS);
          page.cleanup();
          return drawn;
        }),
      close: () => open.destroy(),
    };
    const result = await use(file);
    if (overLimit()) throw tooComplex();
    return result;
  } catch (err) {
    // Over a limit, whatever failed after: pdf.js skips some parts it cannot read (the XMP metadata) and goes on.
    if (overLimit()) throw tooComplex(err);
    if (err instanceof AppError) throw err;
    throw new AppError('VERIFY_UNREADABLE', {}, { cause: err });
  } finally {
    await document?.destroy();
    if (--openCount === 0) delete global[BUDGET_KEY];
  }
}

/** Every page's text, in order. */
export async function pageTexts(pdf: PdfFile): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= pdf.pageCount; n++) pages.push(await pdf.text(n));
  return pages;
}
