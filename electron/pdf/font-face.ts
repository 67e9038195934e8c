// One font face as the PDF layout sees it: glyph coverage and advance widths read straight from the cmap and
// hmtx tables through fontkit, cached per code point, the file opened only when first asked and only once
// per process however many font sets use it.
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import type { FontFace } from './fonts';

interface OpenedFile {
  bytes: Buffer;
  faces: fontkit.Font[];
}

const files = new Map<string, OpenedFile>();

/** The bytes and the faces of a font file (all faces of a .ttc), read and parsed once per process. */
export function openFontFile(file: string): OpenedFile {
  let opened = files.get(file);
  if (!opened) {
    const bytes = readFileSync(file);
    const font = fontkit.create(bytes);
    opened = { bytes, faces: 'fonts' in font ? font.fonts : [font] };
    files.set(file, opened);
  }
  return opened;
}

/** The font files this process has opened so far (to check that unused faces stay unread). */
export function openedFontFiles(): string[] {
  return [...files.keys()];
}

// fontkit decodes hmtx lazily; its typings do not expose it.
interface HmtxTable {
  metrics: { length: number; get(index: number): { advance: number } | undefined };
}

/** Which face of a collection to take, judged by its PostScript name. */
export type FaceSelector = (postscriptName: string) => boolean;

export interface FaceSpec {
  id: string;
  family: string;
  file: string;
  source: 'system' | 'bundled';
  /** For collections: which face to take. A single-face file needs none. */
  select?: FaceSelector;
}

export class LazyFace implements FontFace {
  readonly id: string;
  readonly family: string;
  readonly file: string;
  readonly source: 'system' | 'bundled';
  private readonly select: FaceSelector | undefined;
  private font: fontkit.Font | null | undefined;
  private readonly hasCache = new Map<number, boolean>();
  private readonly advanceCache = new Map<number, number>();

  constructor(spec: FaceSpec) {
    this.id = spec.id;
    this.family = spec.family;
    this.file = spec.file;
    this.source = spec.source;
    this.select = spec.select;
  }

  /** The parsed face, or null when the file cannot be read or holds no matching face (then it has no glyphs). */
  private load(): fontkit.Font | null {
    if (this.font === undefined) {
      try {
        const { faces } = openFontFile(this.file);
        const select = this.select;
        this.font = (select ? faces.find((f) => select(f.postscriptName)) : faces[0]) ?? null;
      } catch {
        this.font = null;
      }
    }
    return this.font;
  }

  /** For a collection the PostScript name pdfkit needs to take the right face; undefined for a plain file. */
  get postscriptName(): string | undefined {
    return this.select ? this.load()?.postscriptName : undefined;
  }

  /** The file's bytes (shared with this process's cache), so pdfkit need not read the file again. */
  bytes(): Buffer {
    return openFontFile(this.file).bytes;
  }

  get ascent(): number {
    const font = this.load();
    return font ? font.ascent / font.unitsPerEm : 0;
  }

  /** Negative: the distance below the baseline, as fontkit and pdfkit give it. */
  get descent(): number {
    const font = this.load();
    return font ? font.descent / font.unitsPerEm : 0;
  }

  has(codePoint: number): boolean {
    let has = this.hasCache.get(codePoint);
    if (has === undefined) {
      has = this.load()?.hasGlyphForCodePoint(codePoint) ?? false;
      this.hasCache.set(codePoint, has);
    }
    return has;
  }

  advance(codePoint: number, size: number): number {
    let perPoint = this.advanceCache.get(codePoint);
    if (perPoint === undefined) {
      perPoint = this.unitsAdvance(codePoint);
      this.advanceCache.set(codePoint, perPoint);
    }
    return perPoint * size;
  }

  /** Advance per 1 pt from hmtx, without decoding the outline (fontkit's Glyph.advanceWidth may parse it). */
  private unitsAdvance(codePoint: number): number {
    const font = this.load();
    if (!font) return 0;
    const id = font.glyphForCodePoint(codePoint).id;
    const { metrics } = (font as unknown as { hmtx: HmtxTable }).hmtx;
    const metric = metrics.get(Math.min(id, metrics.length - 1));
    return (metric?.advance ?? 0) / font.unitsPerEm;
  }
}
