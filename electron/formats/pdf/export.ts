// The PDF export: report → GB/T 9704 pages → PDF bytes. It writes no file (electron/files/output-file.ts
// does, for the services and the CLI alike) and never imports Electron.
import type { ExportProgress } from '../../../core/api';
import { buildDocument } from '../../../core/document';
import { AppError } from '../../../core/errors';
import { translator } from '../../../core/i18n';
import type { Language, Report } from '../../../core/model';
import { printsAsDraft } from '../../../core/report-ops';
import { PDF_PRODUCER, printDate } from '../../../core/export-stamp';
import { loadFontSet, type FaceRole, type FontFace, type FontSet, type UsedFont } from './fonts';
import {
  CELL,
  LEFT,
  MM,
  PAGE_NUMBER_BASELINE,
  PAGE_NUMBER_SIZE,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  TYPE_WIDTH,
  baselineOf,
} from '../../../core/page-geometry';
import { GlyphWriter } from './glyph-writer';
import { openPdfDocument } from './pdf-document';
import { layoutDocument, pageHasBody, type LaidLine, type LaidPage, type MissingCharacter } from './page-layout';

export interface PdfOptions {
  /** Watermark even a final report. Drafts always carry it. */
  draft?: boolean;
  /** Print the document's own labels (title, numbering, date, watermark) in this language. */
  language?: Language;
  onProgress?: (progress: ExportProgress) => void;
  fontSet?: FontSet;
  /** A small line at the foot of the last page and extra document-information fields (the sign-off stamp). */
  stamp?: { lastPageLine: string; info: Record<string, string> };
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Font families used, in the order first used. */
  fonts: UsedFont[];
  /** Characters no available face has: left blank in the PDF, never silently. */
  missingCharacters: MissingCharacter[];
}

/** Pages between progress callbacks while writing. */
const PROGRESS_EVERY = 8;

function checkFonts(fonts: FontSet, latin: boolean): void {
  const probe = (latin ? 'a' : '一').codePointAt(0)!;
  if (!fonts.pick('body', probe))
    throw new AppError('FONT_MISSING', {
      detail:
        fonts
          .chain('body')
          .map((f) => f.family)
          .join(', ') || 'body',
    });
}

function writeLine(writer: GlyphWriter, line: LaidLine, slot: number): void {
  let start = 0;
  const glyphs = line.glyphs;
  while (start < glyphs.length) {
    const first = glyphs[start]!;
    let end = start + 1;
    while (
      end < glyphs.length &&
      glyphs[end]!.face === first.face &&
      glyphs[end]!.bold === first.bold &&
      glyphs[end]!.size === first.size
    )
      end++;
    const slice = glyphs.slice(start, end);
    writer.run({
      face: first.face,
      size: first.size,
      bold: first.bold,
      y: baselineOf(slot, first.size),
      xs: slice.map((g) => LEFT + g.x),
      codePoints: slice.map((g) => g.codePoint),
    });
    start = end;
  }
}

/** 「— 3 —」 in 四号, odd pages right and even pages left, one character in from the type area's edge. */
function writePageNumber(writer: GlyphWriter, fonts: FontSet, number: number): void {
  const text = `— ${number} —`;
  const placed: { face: FontFace; cp: number; x: number }[] = [];
  let x = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const face = fonts.pick('pageNumber', cp);
    if (face && ch !== ' ') placed.push({ face, cp, x });
    x += face ? face.advance(cp, PAGE_NUMBER_SIZE) : PAGE_NUMBER_SIZE / 2;
  }
  const left = number % 2 === 1 ? LEFT + TYPE_WIDTH - CELL - x : LEFT + CELL;
  for (const p of placed) {
    writer.run({
      face: p.face,
      size: PAGE_NUMBER_SIZE,
      bold: false,
      y: PAGE_NUMBER_BASELINE,
      xs: [left + p.x],
      codePoints: [p.cp],
    });
  }
}

/** One line of small text, each character in the first face of the role's chain that has it. */
function writeSmallLine(writer: GlyphWriter, fonts: FontSet, text: string, x: number, y: number, size: number): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const face = fonts.pick('body', cp);
    if (face && ch !== ' ') writer.run({ face, size, bold: false, y, xs: [x], codePoints: [cp] });
    x += face ? face.advance(cp, size) : size / 2;
  }
}

function writeWatermark(writer: GlyphWriter, fonts: FontSet, text: string): void {
  const role: FaceRole = 'title';
  const face = [...text].map((ch) => fonts.pick(role, ch.codePointAt(0)!)).find((f) => f) ?? null;
  if (!face) return;
  const size = [...text].length <= 2 ? 150 : 110;
  writer.outline(face, text, size, PAGE_WIDTH / 2, PAGE_HEIGHT / 2, Math.PI / 6, 0.88);
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/**
 * The report as PDF bytes, laid out per GB/T 9704. A failure of the PDF libraries is thrown as it comes: the use
 * case names it (EXPORT_FAILED in electron/services/pdf-file.ts, the slip's own in formats/slip).
 */
export async function renderPdf(report: Report, options: PdfOptions = {}): Promise<PdfResult> {
  const language = options.language ?? report.meta.language;
  const source = language === report.meta.language ? report : { ...report, meta: { ...report.meta, language } };
  const fonts = options.fontSet ?? loadFontSet({ language });
  checkFonts(fonts, language === 'en');
  const document = buildDocument(source);
  const progress = options.onProgress;
  const layout = layoutDocument(document, report.style, fonts, (done, total) => {
    if (progress && (done === total || done % 50 === 0)) progress({ phase: 'layout', done, total });
  });
  const pages: LaidPage[] = layout.pages.length ? layout.pages : [{ lines: [] }];
  const draft = printsAsDraft(report, options.draft);
  const unit = report.meta.signatureUnit?.trim() || report.meta.organisation;
  const doc = openPdfDocument({
    size: 'A4',
    margins: { top: 0, left: 0, right: 0, bottom: 0 },
    autoFirstPage: false,
    bufferPages: false,
    compress: true,
    lang: language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: document.title,
      Author: unit,
      Creator: PDF_PRODUCER,
      Producer: PDF_PRODUCER,
      CreationDate: printDate(report),
      ...options.stamp?.info,
    },
  });
  const bytes = collect(doc);
  const writer = new GlyphWriter(doc);
  const watermark = draft ? translator(language, 'document')('draftWatermark') : null;
  pages.forEach((page, index) => {
    doc.addPage();
    if (watermark) writeWatermark(writer, fonts, watermark);
    page.lines.forEach((line, slot) => writeLine(writer, line, slot));
    if (pageHasBody(page)) writePageNumber(writer, fonts, index + 1);
    if (options.stamp && index === pages.length - 1)
      writeSmallLine(writer, fonts, options.stamp.lastPageLine, LEFT, PAGE_NUMBER_BASELINE + 9 * MM, 8);
    writer.flushPage();
    if (progress && ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === pages.length)) {
      progress({ phase: 'write', done: index + 1, total: pages.length });
    }
  });
  doc.end();
  const result = { bytes: await bytes, pages: pages.length, fonts: fonts.used(), missingCharacters: layout.missing };
  progress?.({ phase: 'done', done: pages.length, total: pages.length });
  return result;
}
