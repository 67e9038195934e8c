// The checks every exported report must pass, measured from the PDF itself (see pdf-inspect.ts).
import { expect } from 'vitest';
import { isCjk } from '../../core/char-width';
import { trimOf } from '../../core/line-breaking';
import { findBreakViolations } from './break-rules';
import { CELL, LEFT, LINES_PER_PAGE, MM, TOP } from '../../core/page-geometry';
import { RIGHT, bodyText, fonts, measure, pageSize, squash, textLines, type TextLine } from './pdf-inspect';

export interface CheckOptions {
  /** English: word wrapping, so no character counts. */
  latin?: boolean;
  /** Text expected in order (whitespace ignored). */
  text?: string;
}

/** A line ending in a mark whose blank half (right, or both sides for ·) may have been given up. */
const endsCompressible = (line: TextLine) => ['right', 'both'].includes(trimOf([...line.text].pop() ?? ''));

/** The right edge of the text: where glyph boxes end, less the blank half of a compressed mark at a line end. */
const rightInk = (lines: TextLine[]) => Math.max(...lines.map((l) => l.xMax - (endsCompressible(l) ? CELL / 2 : 0)));

/**
 * Chinese characters of a full line: 28 cells (26 after the indent); more where marks were compressed, fewer
 * where a character, or an unbreakable group such as “9·20统, was carried down and the slack spread.
 */
const cjkCount = (text: string) => [...text.replace(/\s/g, '')].length;

export function checkOfficialLayout(pdf: string, options: CheckOptions = {}): { lines: TextLine[]; pages: number } {
  expect(pageSize(pdf)).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
  for (const f of fonts(pdf)) {
    expect(f.embedded, `${f.name} embedded`).toBe(true);
    expect(f.subset, `${f.name} subset`).toBe(true);
    expect(f.name).toMatch(/^[A-Z]{6}\+/);
  }
  const lines = textLines(pdf);
  const m = measure(lines);
  if (options.text !== undefined) expect(bodyText(lines)).toBe(squash(options.text));
  if (!m.bodyLines.length) return { lines, pages: m.pages };

  expect(Math.abs(m.leftEdge - LEFT)).toBeLessThan(MM);
  expect(Math.abs(rightInk(m.bodyLines) - RIGHT)).toBeLessThan(MM);
  // The first line of every page at 37 mm (the title's larger face sits in the same slot on page 1).
  m.firstLineTop.forEach((top, p) => {
    if (p > 0 || Number.isNaN(top)) expect(Math.abs(top - TOP), `page ${p + 1} first line`).toBeLessThan(MM);
  });
  expect(m.offGrid.map((l) => l.text)).toEqual([]);
  // 22 lines on every page but the last. A page may end early only to keep a heading or the signature with
  // the text after / before it (the next page then opens a block) or to keep a paragraph's last line off the
  // next page's top (the next page then opens with that paragraph's last two lines).
  m.linesPerPage.forEach((n, p) => {
    expect(n, `lines on page ${p + 1}`).toBeLessThanOrEqual(LINES_PER_PAGE);
    if (p === m.pages - 1 || n === LINES_PER_PAGE) return;
    const next = m.bodyLines.filter((l) => l.page === p + 2);
    const opensBlock = next[0] !== undefined && next[0].xMin > LEFT + 1;
    const lastTwo =
      next.length >= 2 && (next[2] === undefined || next[2].xMin > LEFT + 1) && !m.fullLines.includes(next[1]!);
    expect(opensBlock || lastTwo, `page ${p + 1} ends after ${n} lines`).toBe(true);
    expect(n, `lines on page ${p + 1}`).toBeGreaterThanOrEqual(LINES_PER_PAGE - 5);
  });
  // Every full line ends on the right edge of the type area (the last glyph's box may overhang by its 0.2 pt
  // tracking, and a compressed mark's box by the blank half it gave up).
  for (const line of m.fullLines) {
    const overhang = line.xMax - RIGHT;
    if (endsCompressible(line)) expect(overhang, `right edge of 「${line.text}」`).toBeGreaterThan(-0.5);
    if (endsCompressible(line)) expect(overhang, `right edge of 「${line.text}」`).toBeLessThan(CELL / 2 + 0.5);
    else expect(Math.abs(overhang), `right edge of 「${line.text}」`).toBeLessThan(0.5);
    if (!options.latin && [...line.text].every((c) => isCjk(c))) {
      const indented = line.xMin > LEFT + 1;
      const n = cjkCount(line.text);
      expect(n, `characters in 「${line.text}」`).toBeGreaterThanOrEqual(indented ? 20 : 22);
      expect(n, `characters in 「${line.text}」`).toBeLessThanOrEqual(indented ? 28 : 30);
    }
  }
  expect(
    findBreakViolations(
      m.bodyLines.map((l) => l.text),
      { latin: options.latin },
    ),
  ).toEqual([]);
  return { lines, pages: m.pages };
}

/** Share of full Chinese lines holding exactly 28 characters (26 after the indent): most lines need no adjustment. */
export function exactGridShare(lines: TextLine[]): number {
  const full = measure(lines).fullLines.filter((l) => [...l.text].every((c) => isCjk(c)));
  const exact = full.filter((l) => cjkCount(l.text) === (l.xMin > LEFT + 1 ? 26 : 28));
  return full.length ? exact.length / full.length : 1;
}
