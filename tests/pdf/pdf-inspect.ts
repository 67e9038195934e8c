// Reads an exported PDF back the way anyone can check it: poppler's pdfinfo, pdffonts, pdftotext -bbox-layout
// and pdftoppm. Lines are measured in points from the top-left of the page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { CELL, LEFT, LINE_PITCH, LINES_PER_PAGE, MM, TOP, TYPE_HEIGHT, TYPE_WIDTH } from '../../core/page-geometry';

export interface TextLine {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** Every text line of the PDF, page by page, top to bottom (pdftotext's own line grouping). */
export function textLines(pdf: string): TextLine[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const out: TextLine[] = [];
  let page = 0;
  const re = /<page [^>]*>|<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
  for (const m of xml.matchAll(re)) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    const words = [...m[5]!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) => decode(w[1]!));
    out.push({ page, text: words.join(' '), xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
  }
  out.sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin);
  // pdftotext splits a line where a compressed mark's glyph box overlaps the next character: join it again.
  const merged: TextLine[] = [];
  for (const line of out) {
    const last = merged[merged.length - 1];
    if (last && last.page === line.page && Math.abs(last.yMax - line.yMax) < 1) {
      last.text += (line.xMin - last.xMax > 2 ? ' ' : '') + line.text;
      last.xMax = Math.max(last.xMax, line.xMax);
      last.yMin = Math.min(last.yMin, line.yMin);
    } else merged.push({ ...line });
  }
  return merged;
}

export const PAGE_NUMBER_TOP = TOP + TYPE_HEIGHT;
export const isPageNumber = (l: TextLine): boolean => l.yMin > PAGE_NUMBER_TOP;
export const RIGHT = LEFT + TYPE_WIDTH;

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

export function pageSize(pdf: string): string {
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]!.trim();
}

export interface FontRow {
  name: string;
  embedded: boolean;
  subset: boolean;
}

export function fonts(pdf: string): FontRow[] {
  const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return rows.map((row) => {
    const cells = row.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID
    const [emb, sub] = cells.slice(-5, -3);
    return { name: cells[0]!, embedded: emb === 'yes', subset: sub === 'yes' };
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The body text in reading order without page numbers, whitespace removed. */
export const bodyText = (lines: TextLine[]): string =>
  squash(
    lines
      .filter((l) => !isPageNumber(l))
      .map((l) => l.text)
      .join(''),
  );
export { squash };

/**
 * The top of a line's em box. pdftotext's boxes reach from each face's ascent to its descent, which differ
 * between 仿宋, 黑体 and 楷体; their middle sits 8 pt below the em box top for a 16 pt CJK face in all of them.
 */
export const emTop = (line: TextLine): number => (line.yMin + line.yMax) / 2 - 8;

/** Where a line sits on the grid: its slot (0 … 21), or null when it is off the grid. */
export function slotOf(line: TextLine): number | null {
  const slot = Math.round((emTop(line) - TOP) / LINE_PITCH);
  return Math.abs(emTop(line) - TOP - slot * LINE_PITCH) < 2.5 && slot >= 0 && slot < LINES_PER_PAGE ? slot : null;
}

export interface LayoutReport {
  pages: number;
  linesPerPage: number[];
  /** Body-size lines whose middle is off the 22-line grid (the 22 pt title's box depends on its face). */
  offGrid: TextLine[];
  /** Lines that continue onto the next line (not a paragraph's end): they must end on the right edge. */
  fullLines: TextLine[];
  bodyLines: TextLine[];
  firstLineTop: number[];
  leftEdge: number;
  rightEdge: number;
}

/** Measures the type area from the text boxes. */
export function measure(lines: TextLine[]): LayoutReport {
  const body = lines.filter((l) => !isPageNumber(l));
  const pages = Math.max(0, ...lines.map((l) => l.page));
  // Slots used: the last line's slot + 1 (a blank line after the title fills a slot without text).
  const linesPerPage = Array.from({ length: pages }, (_, p) => {
    const onPage = body.filter((l) => l.page === p + 1);
    return onPage.length ? (slotOf(onPage[onPage.length - 1]!) ?? NaN) + 1 : 0;
  });
  const firstLineTop = Array.from({ length: pages }, (_, p) => {
    const first = body.find((l) => l.page === p + 1);
    return first ? emTop(first) : NaN;
  });
  // A line is full when the next body line continues the paragraph: it starts at the left edge, not indented.
  const fullLines = body.filter((l, i) => {
    const next = body[i + 1];
    return (
      next !== undefined &&
      Math.abs(next.xMin - LEFT) < 1 &&
      l.yMax - l.yMin < 18 &&
      Math.abs(l.xMin - LEFT) < 2 * CELL + 1
    );
  });
  return {
    pages,
    linesPerPage,
    fullLines,
    bodyLines: body,
    offGrid: body.filter((l) => l.yMax - l.yMin < 20 && slotOf(l) === null),
    firstLineTop,
    leftEdge: Math.min(...body.map((l) => l.xMin)),
    rightEdge: Math.max(...body.map((l) => l.xMax)),
  };
}

export const mm = (pt: number): number => pt / MM;

// ---- pictures -------------------------------------------------------------------------------------------------

export interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Renders one page at 60 dpi in greyscale (pdftoppm's PGM: a text header, then one byte per pixel). */
export function renderPage(pdf: string, page: number): Grey {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '60', '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 1 << 28,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))!;
  return { width: +header[1]!, height: +header[2]!, pixels: new Uint8Array(pgm.subarray(header[0].length)) };
}

/** Decodes an 8-bit greyscale or RGB(A) non-interlaced PNG (what pdftoppm -png writes) to grey. */
export function readPng(file: string): Grey {
  const png = readFileSync(file);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error(`${file}: only 8-bit non-interlaced PNGs`);
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[data[9]!]!;
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    pixels[i] =
      channels >= 3
        ? Math.round((out[i * channels]! + out[i * channels + 1]! + out[i * channels + 2]!) / 3)
        : out[i * channels]!;
  }
  return { width, height, pixels };
}

/** Share of pixels whose grey differs by more than 64, and the mean absolute difference. */
export function compare(a: Grey, b: Grey): { differing: number; mean: number } {
  if (a.width !== b.width || a.height !== b.height) return { differing: 1, mean: 255 };
  let differing = 0;
  let total = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const d = Math.abs(a.pixels[i]! - b.pixels[i]!);
    total += d;
    if (d > 64) differing++;
  }
  return { differing: differing / a.pixels.length, mean: total / a.pixels.length };
}
