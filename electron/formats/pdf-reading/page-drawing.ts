// What one page of a PDF draws, as pdf.js reads it for drawing (its operator list): every operation with its
// arguments, the glyphs each text operation shows (the codes drawn and the text the font's ToUnicode map claims
// for them), and for each font the SHA-256 of its program, in place of the name pdf.js gives it per document.
// Two PDFs whose pages give the same drawing draw the same; the first operation that differs says what.
import { createHash } from 'node:crypto';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { DrawnDifference } from '../../../core/verify-answer';

export interface PageDrawing {
  /** One line per operation: its name and its arguments, fonts by their program's hash. */
  operations: string[];
  /** The text the page's text operations claim (their fonts' ToUnicode maps), in drawing order. */
  claimed: string;
  /** The character codes drawn, in drawing order: which glyphs of each font are painted. */
  codes: string;
}

interface Glyph {
  originalCharCode?: number;
  unicode?: string;
  width?: number;
}

/** pdf.js's text render modes that paint nothing: 3 (invisible) and 7 (clip only). */
const INVISIBLE_MODES = new Set([3, 7]);

function fontKey(page: PDFPageProxy, name: string): string {
  const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { data?: Uint8Array } | null) : null;
  return font?.data ? createHash('sha256').update(font.data).digest('hex') : 'no-program';
}

const glyphsOf = (args: unknown[]): Glyph[] =>
  (args[0] as unknown[]).filter((g): g is Glyph => typeof g === 'object' && g !== null);

export async function pageDrawing(page: PDFPageProxy, ops: Record<string, number>): Promise<PageDrawing> {
  const list = await page.getOperatorList();
  const names = new Map(Object.entries(ops).map(([name, code]) => [code, name]));
  const operations: string[] = [];
  const claimed: string[] = [];
  const codes: string[] = [];
  list.fnArray.forEach((fn, i) => {
    const name = names.get(fn) ?? String(fn);
    const args = (list.argsArray[i] ?? []) as unknown[];
    // The font's name is pdf.js's per document; its program's hash is what it draws.
    if (fn === ops.dependency) return;
    if (fn === ops.setFont) operations.push(`${name} ${fontKey(page, String(args[0]))} ${String(args[1])}`);
    else if (fn === ops.showText) {
      const glyphs = glyphsOf(args);
      claimed.push(glyphs.map((g) => g.unicode ?? '').join(''));
      codes.push(glyphs.map((g) => g.originalCharCode ?? '').join(','));
      operations.push(`${name} ${JSON.stringify(args)}`);
    } else operations.push(`${name} ${JSON.stringify(args)}`);
  });
  return { operations, claimed: claimed.join('\n'), codes: codes.join('\n') };
}

const invisibleModes = (operations: string[]) =>
  operations.filter((op) => {
    const mode = /^setTextRenderingMode \[(\d+)\]$/.exec(op);
    return mode !== null && INVISIBLE_MODES.has(Number(mode[1]));
  }).length;

const fonts = (operations: string[]) => operations.filter((op) => op.startsWith('setFont ')).join('\n');

/** What differs between a page as found and as expected: null when it draws the same. */
export function drawnDifference(found: PageDrawing, expected: PageDrawing): DrawnDifference | null {
  if (invisibleModes(found.operations) > invisibleModes(expected.operations)) return 'invisible-text';
  const same =
    found.operations.length === expected.operations.length &&
    found.operations.every((op, i) => op === expected.operations[i]);
  if (same) return null;
  if (found.claimed !== expected.claimed) return 'text';
  // The same text claimed, other glyphs or other glyph shapes drawn: a font whose ToUnicode map hides what the
  // page shows (the codes drawn differ, or a subset's glyph at the same code is another character).
  return found.codes !== expected.codes || fonts(found.operations) !== fonts(expected.operations)
    ? 'remapped-font'
    : 'drawing';
}
