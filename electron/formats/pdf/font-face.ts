// One font face as the PDF layout sees it: glyph coverage, glyph ids and advance widths from the face's
// precomputed metrics (<file>.metrics.json, written for the bundled faces by build/scripts/font-metrics.mjs)
// or else read straight from the cmap and hmtx tables through fontkit, cached per code point; the font file
// opened only when first needed and only once per process however many font sets use it.
import * as fontkit from 'fontkit';
import { readFileSync, statSync } from 'node:fs';

export interface FontFace {
  /** Unique; the name to register the face under in pdfkit. */
  id: string;
  /** Human name for the export result, e.g. '仿宋 FangSong (Windows)', 'FandolFang (bundled)'. */
  family: string;
  /** Absolute path. */
  file: string;
  /** For .ttc collections: pdfkit registerFont's third argument. */
  postscriptName?: string;
  source: 'system' | 'bundled';
  has(codePoint: number): boolean;
  /** Advance width in pt at this size, without shaping. */
  advance(codePoint: number, size: number): number;
  /** The glyph id for a code point, 0 when none (optional for doubles: then the embedded font's cmap is asked). */
  glyphId?(codePoint: number): number;
  /** Per 1 pt of size, from hhea as pdfkit's font.ascender / 1000 (so baseline = y + ascent × size in
   * doc.text); descent is negative (below the baseline). */
  ascent: number;
  descent: number;
  /** The file's bytes, read once per process: give them to pdfkit instead of the path (optional for doubles). */
  bytes?(): Buffer;
}

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

/** A face's metrics as font-metrics.mjs writes them (code points and glyph ids delta-encoded). */
interface MetricsFile {
  bytes: number;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  codePoints: number[];
  glyphs: number[];
  advances: number[];
}

interface Metrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  /** Ascending, for binary search. */
  codePoints: Int32Array;
  glyphs: Int32Array;
  advances: number[];
}

const undelta = (values: number[]): Int32Array => {
  const out = new Int32Array(values.length);
  let last = 0;
  values.forEach((v, i) => (out[i] = last += v));
  return out;
};

/** The face's precomputed metrics, or null when there are none or they belong to another version of the file. */
function readMetrics(file: string): Metrics | null {
  try {
    const data = JSON.parse(readFileSync(`${file}.metrics.json`, 'utf8')) as MetricsFile;
    if (data.bytes !== statSync(file).size) return null;
    const { unitsPerEm, ascent, descent, advances } = data;
    return {
      unitsPerEm,
      ascent,
      descent,
      codePoints: undelta(data.codePoints),
      glyphs: undelta(data.glyphs),
      advances,
    };
  } catch {
    return null;
  }
}

function indexOf(codePoints: Int32Array, codePoint: number): number {
  let low = 0;
  let high = codePoints.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = codePoints[mid]!;
    if (value === codePoint) return mid;
    if (value < codePoint) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

export class LazyFace implements FontFace {
  readonly id: string;
  readonly family: string;
  readonly file: string;
  readonly source: 'system' | 'bundled';
  private readonly select: FaceSelector | undefined;
  private font: fontkit.Font | null | undefined;
  private metricsOf: Metrics | null | undefined;
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

  /** Precomputed metrics, for a single-face file that has them. */
  private metrics(): Metrics | null {
    if (this.metricsOf === undefined) this.metricsOf = this.select ? null : readMetrics(this.file);
    return this.metricsOf;
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
    const font = this.metrics() ?? this.load();
    return font ? font.ascent / font.unitsPerEm : 0;
  }

  /** Negative: the distance below the baseline, as fontkit and pdfkit give it. */
  get descent(): number {
    const font = this.metrics() ?? this.load();
    return font ? font.descent / font.unitsPerEm : 0;
  }

  has(codePoint: number): boolean {
    let has = this.hasCache.get(codePoint);
    if (has === undefined) {
      const metrics = this.metrics();
      has = metrics
        ? indexOf(metrics.codePoints, codePoint) >= 0
        : (this.load()?.hasGlyphForCodePoint(codePoint) ?? false);
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
    const precomputed = this.metrics();
    if (precomputed) {
      const index = indexOf(precomputed.codePoints, codePoint);
      return index < 0 ? 0 : precomputed.advances[index]! / precomputed.unitsPerEm;
    }
    const font = this.load();
    if (!font) return 0;
    const id = font.glyphForCodePoint(codePoint).id;
    const { metrics } = (font as unknown as { hmtx: HmtxTable }).hmtx;
    const metric = metrics.get(Math.min(id, metrics.length - 1));
    return (metric?.advance ?? 0) / font.unitsPerEm;
  }

  /** The glyph id for a code point (0 when the face has none). */
  glyphId(codePoint: number): number {
    const metrics = this.metrics();
    if (metrics) {
      const index = indexOf(metrics.codePoints, codePoint);
      return index < 0 ? 0 : metrics.glyphs[index]!;
    }
    return this.load()?.glyphForCodePoint(codePoint).id ?? 0;
  }
}
