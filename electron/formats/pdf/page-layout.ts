// Lays the document's blocks out on the GB/T 9704 grid: every character gets a face (with per-character
// fallback), a size and an x; every line a slot on a page. Pure apart from the font metrics it asks for, so
// the pages can be checked without writing a PDF.
import type { Block, DocumentModel, Run, RunRole } from '../../../core/document';
import type { DocumentStyle } from '../../../core/model';
import { isCjk } from '../../../core/char-width';
import { balancedLines, breakLines, isSpace, type BreakResult } from '../../../core/line-breaking';
import { boldRuns } from '../../../core/print-emphasis';
import { pathKey } from '../../../core/doc-path';
import { placeSignature } from '../../../core/signature-placement';
import type { FaceRole, FontFace, FontSet } from './fonts';
import { BODY_SIZE, CELL, LINES_PER_PAGE, TITLE_SIZE, TYPE_WIDTH } from '../../../core/page-geometry';

export interface PlacedGlyph {
  codePoint: number;
  face: FontFace;
  size: number;
  /** From the left edge of the type area. */
  x: number;
  bold: boolean;
}

export type LineKind = 'title' | 'blank' | 'recipient' | 'heading' | 'body' | 'signature';

export interface LaidLine {
  kind: LineKind;
  glyphs: PlacedGlyph[];
  /** A heading or title line (and the blank below the title): never the last line of a page. */
  keepWithNext: boolean;
  /** The paragraph (block) this line belongs to, and whether it is that paragraph's last line. */
  block: number;
  last: boolean;
}

export interface LaidPage {
  lines: LaidLine[];
}

export interface MissingCharacter {
  char: string;
  codePoint: number;
  path: string;
}

export interface LayoutResult {
  pages: LaidPage[];
  missing: MissingCharacter[];
}

interface StyledRun {
  text: string;
  role: FaceRole;
  bold: boolean;
}

/** Characters of a block with what the breaker and the writer need about each. */
interface Shaped {
  chars: string[];
  codePoints: number[];
  widths: Float64Array;
  faces: (FontFace | null)[];
  bold: boolean[];
}

// Controls, format characters and variation selectors print nothing; a stray one must not become a blank cell.
const INVISIBLE = /[\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;
const LATIN_ALNUM = /[A-Za-z0-9]/;
const invisible = new Map<string, boolean>();
const isInvisible = (ch: string): boolean => {
  let v = invisible.get(ch);
  if (v === undefined) invisible.set(ch, (v = INVISIBLE.test(ch)));
  return v;
};

interface LayoutContext {
  fonts: FontSet;
  style: DocumentStyle;
  latin: boolean;
  missing: Map<string, MissingCharacter>;
}

/** 'chapters.0.sections.1.paragraphs.0': where a missing character sits, for the caller to link to. */

/**
 * Faces, widths and bold flags per character; a character no face has keeps a blank cell and is reported.
 * Spaces at the ends are trimmed, but for those that open a line after a line break (the typist's indent).
 */
function shape(
  runs: StyledRun[],
  size: number,
  grid: boolean,
  path: string,
  ctx: LayoutContext,
  keepStart = false,
): Shaped {
  const chars: string[] = [];
  const codePoints: number[] = [];
  const widths: number[] = [];
  const faces: (FontFace | null)[] = [];
  const bold: boolean[] = [];
  const cell = (CELL * size) / BODY_SIZE;
  const latinSerif = ctx.style.latinFont === 'serif';
  for (const run of runs) {
    for (const ch of run.text) {
      if (isInvisible(ch)) continue;
      const cp = ch.codePointAt(0)!;
      const role = latinSerif && cp < 128 && LATIN_ALNUM.test(ch) ? 'latin' : run.role;
      const face = ctx.fonts.pick(role, cp);
      let width: number;
      if (!face) {
        const key = `${cp}@${path}`;
        if (!ctx.missing.has(key)) ctx.missing.set(key, { char: ch, codePoint: cp, path });
        width = isSpace(ch) ? size / 4 : cell;
      } else {
        const advance = face.advance(cp, size);
        width = grid && (isCjk(ch) || advance >= 0.9 * size) ? cell : advance;
      }
      chars.push(ch);
      codePoints.push(cp);
      widths.push(width);
      faces.push(face);
      bold.push(run.bold);
    }
  }
  trimEnds(chars, [codePoints, widths, faces, bold], keepStart);
  return { chars, codePoints, widths: Float64Array.from(widths), faces, bold };
}

/** Leading and trailing spaces of a block print nothing and must not shift its first line. */
function trimEnds(chars: string[], parallel: unknown[][], keepStart: boolean): void {
  let start = 0;
  while (!keepStart && start < chars.length && isSpace(chars[start]!)) start++;
  let end = chars.length;
  while (end > start && isSpace(chars[end - 1]!)) end--;
  if (start === 0 && end === chars.length) return;
  for (const list of [chars, ...parallel]) {
    list.splice(end);
    list.splice(0, start);
  }
}

/**
 * The face and weight of a run. Item titles are bold (a style setting) only under the Arabic scheme 1. 2.
 * (level 3): a 一是 marker in the same report stays in the body weight.
 */
/** The typeface of each role; which runs are bold is the core's rule, shared with the live preview. */
function faceOf(role: RunRole): FaceRole {
  switch (role) {
    case 'chapter-marker':
    case 'chapter-title':
      return 'heading';
    case 'section-marker':
    case 'section-heading':
      return 'kai';
    default:
      return 'body';
  }
}

function styledRuns(runs: Run[], style: DocumentStyle): StyledRun[] {
  const bold = boldRuns(runs, style);
  return runs.map((r, i) => ({ text: r.text, role: faceOf(r.role), bold: bold[i]! }));
}

function toLines(
  shaped: Shaped,
  broken: BreakResult,
  size: number,
  kind: LineKind,
  block: number,
  offsetOf: (lineIndex: number, width: number) => number,
): LaidLine[] {
  const { lines, x } = broken;
  return lines.map((line, li) => {
    const offset = offsetOf(li, line.width);
    const glyphs: PlacedGlyph[] = [];
    for (let i = line.start; i < line.end; i++) {
      const face = shaped.faces[i];
      if (!face || isSpace(shaped.chars[i]!)) continue;
      glyphs.push({ codePoint: shaped.codePoints[i]!, face, size, x: offset + x[i]!, bold: shaped.bold[i]! });
    }
    return { kind, glyphs, keepWithNext: kind === 'heading' || kind === 'title', block, last: li === lines.length - 1 };
  });
}

const blank = (block: number, kind: LineKind = 'blank'): LaidLine => ({
  kind,
  glyphs: [],
  keepWithNext: false,
  block,
  last: true,
});

/** A block's runs cut at its line breaks ("\n" in the model): each piece starts a line of its own. */
function piecesAtBreaks(runs: StyledRun[]): StyledRun[][] {
  const pieces: StyledRun[][] = [[]];
  for (const run of runs)
    run.text.split('\n').forEach((text, i) => {
      if (i > 0) pieces.push([]);
      if (text) pieces.at(-1)!.push({ ...run, text });
    });
  const blank = (piece: StyledRun[]) => !piece.some((run) => run.text.trim());
  // A break at the block's start or end prints nothing, as its spaces do not.
  while (pieces.length > 1 && blank(pieces[0]!)) pieces.shift();
  while (pieces.length > 1 && blank(pieces.at(-1)!)) pieces.pop();
  return pieces;
}

/**
 * A paragraph-like block: indented two cells (not the recipient), Chinese rules or word wrapping. A line break
 * inside it (Shift+Enter in Word) starts the next line at the left edge, as Word does.
 */
function flowLines(runs: StyledRun[], kind: LineKind, path: string, block: number, ctx: LayoutContext): LaidLine[] {
  const lines = piecesAtBreaks(runs).flatMap((piece, i): LaidLine[] => {
    const shaped = shape(piece, BODY_SIZE, true, path, ctx, i > 0);
    if (!shaped.chars.length)
      return i > 0 ? [{ kind, glyphs: [], keepWithNext: kind === 'heading', block, last: false }] : [];
    const broken = breakLines(shaped.chars, shaped.widths, {
      lineWidth: TYPE_WIDTH,
      firstIndent: kind === 'recipient' || i > 0 ? 0 : 2 * CELL,
      cell: CELL,
      mode: ctx.latin ? 'latin' : 'cjk',
      avoidOrphan: true,
    });
    return toLines(shaped, broken, BODY_SIZE, kind, block, () => 0);
  });
  lines.forEach((line, i) => (line.last = i === lines.length - 1));
  return lines;
}

/** The title in its face and size, broken into balanced lines (longer lines first). */
function breakTitle(text: string, ctx: LayoutContext): { shaped: Shaped; broken: BreakResult } {
  const shaped = shape([{ text, role: 'title', bold: false }], TITLE_SIZE, false, 'meta.title', ctx);
  const cell = (CELL * TITLE_SIZE) / BODY_SIZE;
  return { shaped, broken: balancedLines(shaped.chars, shaped.widths, TYPE_WIDTH, cell, ctx.latin ? 'latin' : 'cjk') };
}

/** The title's lines as the PDF sets them, for the Word export to break its title in the same places. */
export function titleLineTexts(text: string, style: DocumentStyle, fonts: FontSet, latin: boolean): string[] {
  const { shaped, broken } = breakTitle(text, { fonts, style, latin, missing: new Map() });
  if (!shaped.chars.length) return [];
  return broken.lines.map((line) => shaped.chars.slice(line.start, line.end).join('').trim()).filter((line) => line);
}

function titleLines(text: string, block: number, ctx: LayoutContext): LaidLine[] {
  const { shaped, broken } = breakTitle(text, ctx);
  if (!shaped.chars.length) return [];
  // The blank line below the title keeps with the text after it, as the title does.
  return [
    ...toLines(shaped, broken, TITLE_SIZE, 'title', block, (_, width) => (TYPE_WIDTH - width) / 2),
    { ...blank(block), keepWithNext: true },
  ];
}

/** One line of text set as is from x (the signature's unit or date). */
function fixedLine(text: string, path: string, block: number, ctx: LayoutContext): { line: LaidLine; width: number } {
  const shaped = shape([{ text, role: 'body', bold: false }], BODY_SIZE, true, path, ctx);
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  shaped.chars.forEach((ch, i) => {
    const face = shaped.faces[i];
    if (face && !isSpace(ch)) glyphs.push({ codePoint: shaped.codePoints[i]!, face, size: BODY_SIZE, x, bold: false });
    x += shaped.widths[i]!;
  });
  return { line: { kind: 'signature', glyphs, keepWithNext: false, block, last: true }, width: x };
}

const shiftLine = (line: LaidLine, dx: number): LaidLine => {
  for (const g of line.glyphs) g.x += dx;
  return line;
};

/** GB/T 9704 §7.3.5, placed by the core's rule (shared with the Word export); the blank lines belong to the block. */
function signatureLines(
  unit: string,
  date: string | null,
  seal: boolean,
  block: number,
  ctx: LayoutContext,
): LaidLine[] {
  const u = unit ? fixedLine(unit, 'meta.signatureUnit', block, ctx) : null;
  const d = date ? fixedLine(date, 'meta.date', block, ctx) : null;
  const place = placeSignature(u?.width ?? null, d?.width ?? null, seal, TYPE_WIDTH, CELL);
  const lines: LaidLine[] = Array.from({ length: place.blankLines }, () => blank(block, 'signature'));
  if (u) lines.push(shiftLine(u.line, place.unitStart!));
  if (d) lines.push(shiftLine(d.line, place.dateStart!));
  return lines;
}

function blockLines(block: Block, index: number, ctx: LayoutContext): LaidLine[] {
  switch (block.type) {
    case 'title':
      return titleLines(block.text, index, ctx);
    case 'recipient':
      return flowLines([{ text: block.text, role: 'body', bold: false }], 'recipient', 'meta.recipient', index, ctx);
    case 'heading':
      return flowLines(styledRuns(block.runs, ctx.style), 'heading', pathKey(block.path), index, ctx);
    case 'paragraph':
      return flowLines(styledRuns(block.runs, ctx.style), 'body', pathKey(block.path), index, ctx);
    case 'signature':
      return signatureLines(block.unit, block.date, ctx.style.seal, index, ctx);
  }
}

/**
 * Whether a page may end after lines[i]. On every page but the last: a heading (or the title) never ends a page;
 * a paragraph's first line never stands alone at the bottom, nor its last line alone at the top; the signature
 * is never split and never opens a page without the last two lines of text before it.
 */
function mayBreakAfter(lines: LaidLine[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (!next) return true;
  if (line.keepWithNext) return false;
  if (next.kind === 'signature' || (lines[i + 2]?.kind === 'signature' && line.kind !== 'signature')) return false;
  if (next.block !== line.block) return true;
  const first = lines[i - 1]?.block !== line.block;
  return !first && !next.last;
}

/** A line that prints nothing (the blank after the title, the blank above the signature): never opens a page. */
const isBlank = (line: LaidLine) => line.glyphs.length === 0 && (line.kind === 'blank' || line.kind === 'signature');

/**
 * Fills each page with as many lines as the rules of mayBreakAfter() allow, so a page ends short of 22 lines only
 * where they force it; a block longer than a page that allows no break is cut where the page is full.
 */
export function paginate(lines: LaidLine[]): LaidPage[] {
  const pages: LaidPage[] = [];
  let start = 0;
  while (start < lines.length) {
    while (start < lines.length && isBlank(lines[start]!)) start++;
    if (start === lines.length) break;
    let end = Math.min(start + LINES_PER_PAGE, lines.length) - 1;
    if (end < lines.length - 1) {
      let allowed = end;
      while (allowed >= start && !mayBreakAfter(lines, allowed)) allowed--;
      if (allowed >= start) end = allowed;
    }
    pages.push({ lines: lines.slice(start, end + 1) });
    start = end + 1;
  }
  return pages;
}

export function layoutDocument(
  document: DocumentModel,
  style: DocumentStyle,
  fonts: FontSet,
  onBlock?: (done: number, total: number) => void,
): LayoutResult {
  const ctx: LayoutContext = { fonts, style, latin: document.language === 'en', missing: new Map() };
  const lines: LaidLine[] = [];
  document.blocks.forEach((block, index) => {
    for (const line of blockLines(block, index, ctx)) lines.push(line);
    onBlock?.(index + 1, document.blocks.length);
  });
  return { pages: paginate(lines), missing: [...ctx.missing.values()] };
}

/** A page shows body text (and so gets a page number) when it holds more than the title, blanks and the signature. */
export const pageHasBody = (page: LaidPage): boolean =>
  page.lines.some((l) => l.kind === 'body' || l.kind === 'heading' || l.kind === 'recipient');
