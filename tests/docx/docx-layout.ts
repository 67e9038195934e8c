// The template geometry of a Word export as an independent engine sets it: the .docx converted by LibreOffice
// to PDF and measured with poppler (tests/pdf/pdf-inspect.ts). LibreOffice places each line's glyphs inside its
// grid cell (not on the PDF export's baseline), so lines are located by the 28.95 pt cell they fall in.
import { expect } from 'vitest';
import { isCjk } from '../../core/char-width';
import { isNoStart, trimOf } from '../../core/line-breaking';
import { CELL, LEFT, LINE_PITCH, LINES_PER_PAGE, MM, TOP, TYPE_HEIGHT } from '../../core/page-geometry';
import { isStampLine } from '../../core/export-stamp';
import { RIGHT, pageSize, squash, textLines, type TextLine } from '../pdf/pdf-inspect';

export interface DocxPdf {
  lines: TextLine[];
  body: TextLine[];
  pageNumbers: TextLine[];
  /** The sign-off stamp under the page number (core/export-stamp.ts). */
  stamps: TextLine[];
  headers: TextLine[];
  pages: number;
}

const BOTTOM = TOP + TYPE_HEIGHT;

export function readConverted(pdf: string): DocxPdf {
  expect(pageSize(pdf)).toMatch(/^595\.\d+ x 841\.8\d? pts \(A4\)/);
  const lines = textLines(pdf);
  return {
    lines,
    body: lines.filter((l) => l.yMin >= TOP - 0.5 && l.yMax <= BOTTOM + 0.5),
    pageNumbers: lines.filter((l) => l.yMin > BOTTOM && !isStampLine(l.text)),
    stamps: lines.filter((l) => l.yMin > BOTTOM && isStampLine(l.text)),
    headers: lines.filter((l) => l.yMax < TOP),
    pages: Math.max(...lines.map((l) => l.page)),
  };
}

/** The grid cell (0 … 21) a line's box lies in, or null when it straddles two. */
export function cellOf(line: TextLine): number | null {
  const cell = Math.floor((line.yMax - TOP - 0.5) / LINE_PITCH);
  const inside = line.yMin >= TOP + cell * LINE_PITCH - 0.5 && line.yMax <= TOP + (cell + 1) * LINE_PITCH + 0.5;
  return inside && cell >= 0 && cell < LINES_PER_PAGE ? cell : null;
}

/**
 * Reads the expected text along the lines: each line must continue it exactly, except that a mark that may not
 * start a line and is missing at a line's end is counted as dropped. Returns what no line matched.
 */
function followText(lines: TextLine[], expected: string): { rest: string; dropped: string[] } {
  let at = 0;
  const dropped: string[] = [];
  for (const [i, line] of lines.entries()) {
    const text = squash(line.text);
    if (!expected.startsWith(text, at)) break;
    at += text.length;
    const next = lines[i + 1] ? squash(lines[i + 1]!.text) : '';
    const mark = expected[at];
    if (mark !== undefined && isNoStart(mark) && !next.startsWith(mark) && !expected.startsWith(next, at)) {
      dropped.push(mark);
      at++;
    }
  }
  return { rest: expected.slice(at), dropped };
}

/** A line of the 22 pt title (its box is taller than a 16 pt line's in every face). */
export const isTitleLine = (line: TextLine): boolean => line.page === 1 && line.yMax - line.yMin > 24;

/**
 * The text lines inside the type area, page by page, of a converted .docx or of the app's own PDF (whose title
 * glyphs rise above the area's top): no header, page number or stamp.
 */
export const pageLines = (pdf: string): TextLine[] =>
  textLines(pdf).filter((l) => l.yMax > TOP && l.yMin < BOTTOM && !isStampLine(l.text));

/** A line that ends in a closing mark LibreOffice may hang in the margin (it ignores w:overflowPunct). */
const endsInMark = (line: TextLine) => ['right', 'both'].includes(trimOf([...line.text].pop() ?? ''));

/** Checks the type area, the grid, full lines and page numbers; returns the share of exact 28-character lines. */
export function checkTemplateLayout(doc: DocxPdf, options: { text: string; latin?: boolean }): { exactShare: number } {
  const { body, pageNumbers, pages } = doc;
  const { rest, dropped } = followText(body, squash(options.text));
  expect(rest, 'text not matched').toBe('');
  // LibreOffice 7.4 ignores w:overflowPunct and hangs a closing mark past a full line; when the line is full to
  // the last point it does not draw the mark at all. Word and WPS keep it inside; allow only that loss here.
  expect(dropped.length, `closing marks LibreOffice did not draw: ${dropped.join(' ')}`).toBeLessThanOrEqual(
    Math.ceil(pages / 2),
  );

  // Every body line in one cell of the 22-line grid that starts at 37 mm; the 22 pt title's taller box may
  // reach over its cell's edges.
  const cells = body.map((l) => cellOf(l));
  expect(body.filter((l, i) => cells[i] === null && !isTitleLine(l)).map((l) => l.text)).toEqual([]);
  // Left margin 28 mm; page 2 onwards opens in the first cell, at 37 mm.
  expect(Math.abs(Math.min(...body.map((l) => l.xMin)) - LEFT)).toBeLessThan(MM);
  for (let page = 2; page <= pages; page++) {
    const first = body.findIndex((l) => l.page === page);
    if (first >= 0) expect(cells[first], `page ${page} first line`).toBe(0);
  }

  // 22 lines on every page but the last, unless the next page opens a paragraph or heading (kept together) or
  // holds the last two lines of a paragraph (widow control, as the PDF paginates).
  const opens = (line: TextLine | undefined) => line === undefined || line.xMin > LEFT + 1;
  for (let page = 1; page < pages; page++) {
    const onPage = body.map((l, i) => ({ l, cell: cells[i]! })).filter((x) => x.l.page === page);
    const used = onPage.length ? onPage[onPage.length - 1]!.cell + 1 : 0;
    if (used === LINES_PER_PAGE) continue;
    const next = body.findIndex((l) => l.page === page + 1);
    const kept = opens(body[next]) || (used === LINES_PER_PAGE - 1 && opens(body[next + 2]));
    expect(kept, `page ${page} ends after ${used} lines`).toBe(true);
    expect(used, `lines on page ${page}`).toBeGreaterThanOrEqual(LINES_PER_PAGE - 4);
  }

  // A full line (its paragraph goes on at the left edge of the next line) ends on the right margin, 26 mm.
  const full = body.filter((l, i) => {
    const next = body[i + 1];
    return next !== undefined && Math.abs(next.xMin - LEFT) < 1 && l.yMax - l.yMin < 24 && l.xMin < LEFT + 2 * CELL + 1;
  });
  for (const line of full) {
    const overhang = line.xMax - RIGHT;
    if (endsInMark(line)) expect(overhang, `「${line.text}」`).toBeLessThan(CELL + 0.5);
    else expect(Math.abs(overhang), `「${line.text}」`).toBeLessThan(MM);
  }
  let exact = 0;
  const chinese = options.latin ? [] : full.filter((l) => [...l.text.replace(/\s/g, '')].every((c) => isCjk(c)));
  for (const line of chinese) {
    const cellsAvailable = line.xMin > LEFT + 1 ? 26 : 28;
    const n = [...line.text.replace(/\s/g, '')].length;
    // One more where a closing mark hangs, one fewer where a character was carried to avoid a mark at a line start.
    expect(Math.abs(n - cellsAvailable), `characters in 「${line.text}」`).toBeLessThanOrEqual(1);
    if (n === cellsAvailable) exact++;
  }

  // 「— n —」 on every page, 7 mm below the type area; odd pages right, even pages left, one character in.
  expect(pageNumbers.map((l) => squash(l.text))).toEqual(Array.from({ length: pages }, (_, i) => `—${i + 1}—`));
  for (const number of pageNumbers) {
    expect(Math.abs(number.yMin - (BOTTOM + 7 * MM)), `page number ${number.page}`).toBeLessThan(1.5 * MM);
    if (number.page % 2 === 1) expect(Math.abs(number.xMax - (RIGHT - CELL))).toBeLessThan(MM);
    else expect(Math.abs(number.xMin - (LEFT + CELL))).toBeLessThan(MM);
  }
  return { exactShare: chinese.length ? exact / chinese.length : 1 };
}
