// Writes placed glyphs straight into pdfkit's page content: one text object per page, glyph ids looked up
// once per character and face, positions as TJ adjustments. pdfkit's doc.text() would run fontkit's OpenType
// shaping over every string — most of a naive export's time — while text on a grid needs only advances.
// pdfkit still owns the font objects, so its subsetting, widths and ToUnicode maps stay correct.
import type * as fontkit from 'fontkit';
import { openFontFile } from './font-face';
import type { FontFace } from './font-face';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../../../core/page-geometry';

/** The parts of pdfkit's EmbeddedFont this writer feeds (not in pdfkit's typings). */
interface EmbeddedFont {
  id: string;
  font: fontkit.Font;
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

interface DocInternals {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown>; xobjects: Record<string, unknown> };
}

interface Glyph {
  hex: string;
  /** Advance in text space units (1/1000 of the size). */
  advance: number;
}

export interface GlyphRun {
  face: FontFace;
  size: number;
  bold: boolean;
  /** Baseline, from the top of the page. */
  y: number;
  /** Glyph origins from the left of the page, with their code points. */
  xs: number[];
  codePoints: number[];
}

const num = (n: number): string => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

/** A fontkit face for a FontFace: the process-wide parsed file, so warm exports parse nothing. */
function fontkitFace(face: FontFace): fontkit.Font {
  const { faces } = openFontFile(face.file);
  const found = face.postscriptName ? faces.find((f) => f.postscriptName === face.postscriptName) : faces[0];
  if (!found) throw new Error(`no face ${face.postscriptName ?? ''} in ${face.file}`);
  return found;
}

export class GlyphWriter {
  private readonly embedded = new Map<FontFace, EmbeddedFont>();
  private readonly glyphs = new Map<EmbeddedFont, Map<number, Glyph>>();
  private readonly text: string[] = [];
  private readonly graphics: string[] = [];
  private readonly forms = new Map<string, { name: string; ref: PDFKit.PDFKitReference }>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private fontOf(face: FontFace): EmbeddedFont {
    let font = this.embedded.get(face);
    if (!font) {
      // pdfkit takes a parsed fontkit font as the source (anything with layout()).
      this.doc.registerFont(face.id, fontkitFace(face) as unknown as PDFKit.Mixins.PDFFontSource);
      this.doc.font(face.id);
      font = (this.doc as unknown as DocInternals)._font;
      this.embedded.set(face, font);
      this.glyphs.set(font, new Map());
    }
    const page = (this.doc as unknown as DocInternals).page;
    if (!page.fonts[font.id]) page.fonts[font.id] = font.ref();
    return font;
  }

  private glyph(font: EmbeddedFont, face: FontFace, codePoint: number): Glyph {
    const cache = this.glyphs.get(font)!;
    let glyph = cache.get(codePoint);
    if (!glyph) {
      const gid = font.subset.includeGlyph(face.glyphId?.(codePoint) ?? font.font.glyphForCodePoint(codePoint).id);
      const advance = face.advance(codePoint, 1000);
      font.widths[gid] ??= advance;
      font.unicode[gid] ??= [codePoint];
      glyph = { hex: gid.toString(16).padStart(4, '0'), advance };
      cache.set(codePoint, glyph);
    }
    return glyph;
  }

  /** Queues a run of glyphs on one baseline in one face; written by flushPage(). */
  run(run: GlyphRun): void {
    if (!run.codePoints.length) return;
    const font = this.fontOf(run.face);
    const parts: string[] = [];
    let cursor = run.xs[0]!;
    run.codePoints.forEach((cp, i) => {
      const g = this.glyph(font, run.face, cp);
      const x = run.xs[i]!;
      const gap = ((x - cursor) * 1000) / run.size;
      if (i > 0 && Math.abs(gap) > 0.01) parts.push(num(-gap));
      parts.push(`<${g.hex}>`);
      cursor = x + (g.advance * run.size) / 1000;
    });
    const bold = run.bold ? `2 Tr ${num(run.size * 0.03)} w ` : '';
    const unbold = run.bold ? ' 0 Tr' : '';
    this.text.push(
      `/${font.id} ${num(run.size)} Tf ${bold}1 0 0 1 ${num(run.xs[0]!)} ${num(PAGE_HEIGHT - run.y)} Tm [${parts.join(' ')}] TJ${unbold}`,
    );
  }

  /**
   * Filled outlines (not text, so they stay out of copy-paste and extraction): the draft watermark. Drawn once
   * into a form XObject per document and placed on each page by reference.
   */
  outline(
    face: FontFace,
    text: string,
    size: number,
    centreX: number,
    centreY: number,
    angle: number,
    grey: number,
  ): void {
    const key = `${face.id}|${text}|${size}|${centreX}|${centreY}|${angle}|${grey}`;
    let form = this.forms.get(key);
    if (!form) {
      const font = fontkitFace(face);
      const scale = size / font.unitsPerEm;
      const glyphs = [...text].map((ch) => {
        const cp = ch.codePointAt(0)!;
        return face.glyphId ? font.getGlyph(face.glyphId(cp)) : font.glyphForCodePoint(cp);
      });
      const width = glyphs.reduce((w, g) => w + g.advanceWidth * scale, 0);
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const ops: string[] = [`${num(grey)} g 1 0 0 1 ${num(centreX)} ${num(PAGE_HEIGHT - centreY)} cm`];
      ops.push(
        `${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} 0 0 cm 1 0 0 1 ${num(-width / 2)} ${num(-size * 0.35)} cm`,
      );
      let x = 0;
      for (const g of glyphs) {
        ops.push(`q ${scale.toFixed(6)} 0 0 ${scale.toFixed(6)} ${num(x)} 0 cm ${pathOps(g.path)} f Q`);
        x += g.advanceWidth * scale;
      }
      const ref = this.doc.ref({
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, PAGE_WIDTH, PAGE_HEIGHT],
        Resources: {},
      });
      ref.end(ops.join('\n'));
      form = { name: `Wm${this.forms.size + 1}`, ref };
      this.forms.set(key, form);
    }
    (this.doc as unknown as DocInternals).page.xobjects[form.name] = form.ref;
    this.graphics.push(`q /${form.name} Do Q`);
  }

  /** Writes the page's text in one text object, in the page's own y-up space. */
  flushPage(): void {
    if (!this.text.length && !this.graphics.length) return;
    // Graphics (the watermark) first, so the text is drawn over them.
    const out = [`q 1 0 0 -1 0 ${num(PAGE_HEIGHT)} cm`, ...this.graphics];
    if (this.text.length) out.push('BT', ...this.text, 'ET');
    out.push('Q');
    this.doc.addContent(out.join('\n'));
    this.text.length = 0;
    this.graphics.length = 0;
  }
}

/** A fontkit path as PDF path operators (quadratic segments raised to cubic). */
function pathOps(path: fontkit.Glyph['path']): string {
  const out: string[] = [];
  let cx = 0;
  let cy = 0;
  for (const { command, args } of path.commands as { command: string; args: number[] }[]) {
    if (command === 'moveTo') {
      [cx, cy] = args as [number, number];
      out.push(`${num(cx)} ${num(cy)} m`);
    } else if (command === 'lineTo') {
      [cx, cy] = args as [number, number];
      out.push(`${num(cx)} ${num(cy)} l`);
    } else if (command === 'quadraticCurveTo') {
      const [qx, qy, x, y] = args as [number, number, number, number];
      out.push(
        `${num(cx + (2 / 3) * (qx - cx))} ${num(cy + (2 / 3) * (qy - cy))} ${num(x + (2 / 3) * (qx - x))} ${num(y + (2 / 3) * (qy - y))} ${num(x)} ${num(y)} c`,
      );
      [cx, cy] = [x, y];
    } else if (command === 'bezierCurveTo') {
      const [x1, y1, x2, y2, x, y] = args as [number, number, number, number, number, number];
      out.push(`${num(x1)} ${num(y1)} ${num(x2)} ${num(y2)} ${num(x)} ${num(y)} c`);
      [cx, cy] = [x, y];
    } else if (command === 'closePath') out.push('h');
  }
  return out.join(' ');
}
