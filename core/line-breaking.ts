// Line breaking for text set on a grid: Chinese rules (GB/T 15834 §5.1, W3C clreq) and ordinary word wrapping.
// Pure: the caller measures each character (a grid cell for full-width characters, the face's advance otherwise);
// this module decides where lines break and where every character sits so that each full line ends exactly
// on the right edge — "push in" (compress punctuation) before "push out" (carry a character down), then spread.
// The PDF export uses it; the PDF tests check its output against the rules. Which characters are CJK (a cell
// each, a break allowed between any two) is core/char-width.ts's to say.
import { isCjk } from './char-width';

/**
 * Lines that were wrapped (a title set over two lines, a paste from a word processor), joined again where the
 * line breaker would break them: nothing between Chinese characters, a space between words.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  return lines.reduce((out, line) => {
    if (!out) return line;
    const joinWithSpace = !isCjk(out.at(-1)!) && !isCjk(line[0]!);
    return out + (joinWithSpace ? ' ' : '') + line;
  }, '');
}

/** Never at the start of a line: stops, commas, closing marks, the interpunct, connectors ～, the separator /,
 * postfix signs. */
const NO_START = new Set([...'。，、；：？！）」』】》〉”’·・．〕］｝〗〙〞〟﹂﹄）％‰℃～〜／', ...',.;:?!)]}%/']);
/** Never at the end of a line: opening marks. */
const NO_END = new Set([...'（「『【《〈“‘〔［｛〖〘〝﹁﹃([{']);
/** Marks that join two numbers into one (12·8, 98.6, 3:2). */
const NUMBER_JOINERS = new Set([...'·・.．:：/-']);
/** Two-cell marks (—— ……) whose halves never part. */
const PAIRED = new Set([...'—…⋯']);
/** Full-width marks whose glyph fills the left half of the cell: compressible on the right. */
const TRIM_RIGHT = new Set([...'。，、；：）」』】》〉”’〕］｝〗．']);
/** Full-width marks whose glyph fills the right half: compressible on the left. */
const TRIM_LEFT = new Set([...'（「『【《〈“‘〔［｛〖']);
/** Centred marks: compressible on both sides. */
const TRIM_BOTH = new Set([...'·・']);

const WORD = /[\p{L}\p{N}\p{M}._%+\-/'&@#°]/u;
const DIGIT = /[\p{Nd}%％]/u;
const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;

// Character classes as bits, computed once per distinct character: the breaker asks about every character of
// a 268-page report several times, and regular expressions per character would dominate its cost.
const SPACE_BIT = 1;
const NO_START_BIT = 2;
const NO_END_BIT = 4;
const PAIRED_BIT = 8;
const WORD_BIT = 16;
const DIGIT_BIT = 32;
const HAN_BIT = 64;
const CJK_BIT = 128;
const TRIM_LEFT_BIT = 256;
const TRIM_RIGHT_BIT = 512;
const TRIM_BOTH_BIT = 1024;
const TRIM_BITS = TRIM_LEFT_BIT | TRIM_RIGHT_BIT | TRIM_BOTH_BIT;

const classes = new Map<string, number>();
function classOf(ch: string): number {
  let c = classes.get(ch);
  if (c === undefined) {
    const cjk = isCjk(ch);
    c =
      (SPACE.test(ch) ? SPACE_BIT : 0) |
      (NO_START.has(ch) ? NO_START_BIT : 0) |
      (NO_END.has(ch) ? NO_END_BIT : 0) |
      (PAIRED.has(ch) ? PAIRED_BIT : 0) |
      (!cjk && WORD.test(ch) ? WORD_BIT : 0) |
      (DIGIT.test(ch) ? DIGIT_BIT : 0) |
      (HAN.test(ch) ? HAN_BIT : 0) |
      (cjk ? CJK_BIT : 0) |
      (TRIM_LEFT.has(ch) ? TRIM_LEFT_BIT : 0) |
      (TRIM_RIGHT.has(ch) ? TRIM_RIGHT_BIT : 0) |
      (TRIM_BOTH.has(ch) ? TRIM_BOTH_BIT : 0);
    classes.set(ch, c);
  }
  return c;
}

export const isNoStart = (ch: string): boolean => (classOf(ch) & NO_START_BIT) !== 0;
export const isNoEnd = (ch: string): boolean => (classOf(ch) & NO_END_BIT) !== 0;
export const isSpace = (ch: string): boolean => (classOf(ch) & SPACE_BIT) !== 0;

/** How a full-width mark may give up the blank half of its cell. */
export type Trim = 'none' | 'left' | 'right' | 'both';
export function trimOf(ch: string): Trim {
  const c = classOf(ch);
  if (c & TRIM_RIGHT_BIT) return 'right';
  if (c & TRIM_LEFT_BIT) return 'left';
  if (c & TRIM_BOTH_BIT) return 'both';
  return 'none';
}

export interface BreakOptions {
  /** Width available to every line, in the caller's unit (points). */
  lineWidth: number;
  /** Indent of the first line (two cells for a paragraph); the first line is that much narrower. */
  firstIndent?: number;
  /** The width of one grid cell: the most a full-width mark can be compressed is half of it. */
  cell: number;
  /** 'cjk': Chinese rules; 'latin': break only at spaces (English), with the same no-split rules. */
  mode?: 'cjk' | 'latin';
  /** Justify full lines to the edge (a title is set ragged and centred instead). */
  justify?: boolean;
  /** Avoid a paragraph whose last line holds a single character (孤字). */
  avoidOrphan?: boolean;
}

export interface BrokenLine {
  /** Characters [start, end) of the input on this line; trailing spaces are included but not drawn. */
  start: number;
  end: number;
  /** Where the line starts (the first line's indent). */
  origin: number;
  /** Width the line occupies after adjustment (= the available width for a justified line). */
  width: number;
  /** How the line was fitted: compressed punctuation, spread slack, or set as is. */
  fit: 'natural' | 'compressed' | 'spread';
}

export interface BreakResult {
  lines: BrokenLine[];
  /** x of each character's glyph origin, relative to the line's left edge (including `origin`). */
  x: Float64Array;
  /** Width each character occupies after adjustment (0 for spaces at a line end). */
  advance: Float64Array;
}

const EPS = 1e-6;

/** Whether a line may start at character i (i > 0). */
function breakAllowed(chars: string[], i: number, latin: boolean): boolean {
  const prevCh = chars[i - 1]!;
  const ch = chars[i]!;
  const prev = classOf(prevCh);
  const cur = classOf(ch);
  if (cur & SPACE_BIT) return false;
  if (prev & SPACE_BIT) return !(cur & NO_START_BIT);
  if (cur & NO_START_BIT || prev & NO_END_BIT) return false;
  if (prevCh === ch && cur & PAIRED_BIT) return false;
  // 12·8, 9.5, 3:2, 2023-2024: the halves of a number joined by a mark stay together.
  if (cur & DIGIT_BIT && NUMBER_JOINERS.has(prevCh) && i >= 2 && classOf(chars[i - 2]!) & DIGIT_BIT) return false;
  const numberWithUnit = (prev & DIGIT_BIT) !== 0 && (cur & HAN_BIT) !== 0;
  if (latin) return (prev & CJK_BIT || cur & CJK_BIT) !== 0 && !numberWithUnit;
  if (prev & WORD_BIT && cur & WORD_BIT) return false;
  return !numberWithUnit;
}

/** Half a cell for a full-width compressible mark, nothing for anything else. */
function compressibleOf(ch: string, width: number, cell: number): number {
  return classOf(ch) & TRIM_BITS && width >= cell * 0.9 ? cell / 2 : 0;
}

interface Cluster {
  start: number;
  end: number;
  /** Width without trailing spaces, and with them. */
  width: number;
  full: number;
  compress: number;
  /** Width up to and including the last character that may not hang past the edge (not a no-start mark). */
  core: number;
}

function clustersOf(chars: string[], widths: ArrayLike<number>, cell: number, latin: boolean): Cluster[] {
  const out: Cluster[] = [];
  let current: Cluster | null = null;
  for (let i = 0; i < chars.length; i++) {
    if (!current || breakAllowed(chars, i, latin)) {
      current = { start: i, end: i, width: 0, full: 0, compress: 0, core: 0 };
      out.push(current);
    }
    const ch = chars[i]!;
    const w = widths[i]!;
    current.end = i + 1;
    current.full += w;
    const c = classOf(ch);
    if (!(c & SPACE_BIT)) {
      current.width = current.full;
      current.compress += compressibleOf(ch, w, cell);
      if (!(c & NO_START_BIT)) current.core = current.width;
    }
  }
  return out;
}

/**
 * Breaks one paragraph into lines. Never loops without progress: a cluster wider than a line (a 100 000-letter
 * "word") is split by character, and every line holds at least one character.
 */
export function breakLines(chars: string[], widths: ArrayLike<number>, options: BreakOptions): BreakResult {
  const latin = options.mode === 'latin';
  const cell = options.cell;
  const indent = options.firstIndent ?? 0;
  const widthOf = (lineIndex: number) => Math.max(cell, options.lineWidth - (lineIndex === 0 ? indent : 0));
  const clusters = clustersOf(chars, widths, cell, latin);
  const lines: BrokenLine[] = [];
  const newLine = (start: number): BrokenLine => ({
    start,
    end: start,
    origin: lines.length === 0 ? indent : 0,
    width: 0,
    fit: 'natural',
  });

  let line = newLine(0);
  let usedFull = 0; // width of the line, trailing spaces included
  let compress = 0;
  const close = () => {
    lines.push(line);
    line = newLine(line.end);
    usedFull = compress = 0;
  };

  for (let k = 0; k < clusters.length; k++) {
    const c = clusters[k]!;
    const available = widthOf(lines.length);
    const empty = line.end === line.start;
    if (usedFull + c.width <= available + EPS) {
      line.end = c.end;
      usedFull += c.full;
      // A mark opening a line keeps its full cell: compressed, its box would cross the left edge.
      compress += c.compress - (empty ? compressibleOf(chars[c.start]!, widths[c.start]!, cell) : 0);
      continue;
    }
    // Push in: the part that must not start a line fits once the line's marks give up their blank halves. Only
    // marks (or a fraction of a cell, as when half-width digits come out a little wider) are pulled in this
    // way, never a whole extra character.
    const pushIn =
      !empty &&
      usedFull + c.core <= available + cell / 2 &&
      usedFull + c.core - compress <= available + EPS &&
      usedFull + c.width - compress - c.compress <= available + EPS;
    if (pushIn) {
      line.end = c.end;
      close();
      continue;
    }
    if (!empty) {
      close();
      k--; // set the cluster again on the fresh line (push out)
      continue;
    }
    // A cluster wider than a whole line: split it by character.
    let i = c.start;
    while (i < c.end) {
      const lineWidth = widthOf(lines.length);
      let w = 0;
      const from = i;
      while (i < c.end && (i === from || w + widths[i]! <= lineWidth + EPS)) w += widths[i++]!;
      line.end = i;
      if (i < c.end) close();
      else usedFull = w;
    }
  }
  if (line.end > line.start || lines.length === 0) lines.push(line);
  if (options.avoidOrphan && !latin) avoidOrphan(lines, chars, widths, cell, widthOf);
  return place(lines, chars, widths, cell, widthOf, latin, options.justify ?? true);
}

const visibleCount = (chars: string[], from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) if (!(classOf(chars[i]!) & (SPACE_BIT | NO_START_BIT))) n++;
  return n;
};

/** 孤字: pull the lone character up by compressing the line above, or carry that line's last cluster down. */
function avoidOrphan(
  lines: BrokenLine[],
  chars: string[],
  widths: ArrayLike<number>,
  cell: number,
  widthOf: (i: number) => number,
): void {
  if (lines.length < 2) return;
  const last = lines[lines.length - 1]!;
  if (visibleCount(chars, last.start, last.end) > 1) return;
  const prev = lines[lines.length - 2]!;
  let natural = 0;
  let compress = 0;
  for (let i = prev.start; i < last.end; i++) {
    natural += widths[i]!;
    if (i > prev.start) compress += compressibleOf(chars[i]!, widths[i]!, cell);
  }
  if (natural - compress <= widthOf(lines.length - 2) + EPS) {
    prev.end = last.end;
    lines.pop();
    return;
  }
  // Carry down the last cluster of the line above, if that leaves it more than one cluster.
  let cut = prev.end - 1;
  while (cut > prev.start && !breakAllowed(chars, cut, false)) cut--;
  if (cut > prev.start) {
    prev.end = cut;
    last.start = cut;
  }
}

function place(
  lines: BrokenLine[],
  chars: string[],
  widths: ArrayLike<number>,
  cell: number,
  widthOf: (i: number) => number,
  latin: boolean,
  justify: boolean,
): BreakResult {
  const x = new Float64Array(chars.length);
  const advance = new Float64Array(chars.length);
  lines.forEach((line, li) => {
    let end = line.end;
    while (end > line.start && isSpace(chars[end - 1]!)) end--;
    const available = widthOf(li);
    let natural = 0;
    let compressible = 0;
    for (let i = line.start; i < end; i++) {
      advance[i] = widths[i]!;
      natural += widths[i]!;
      if (i > line.start) compressible += compressibleOf(chars[i]!, widths[i]!, cell);
    }
    const isLast = li === lines.length - 1;
    // Per character: how much is taken off (compression) and where the glyph sits within what is left.
    const shift = new Float64Array(end - line.start);
    if (natural > available + EPS && compressible > 0) {
      const ratio = Math.min(1, (natural - available) / compressible);
      for (let i = line.start + 1; i < end; i++) {
        const cut = compressibleOf(chars[i]!, widths[i]!, cell) * ratio;
        if (!cut) continue;
        advance[i] = widths[i]! - cut;
        const trim = trimOf(chars[i]!);
        shift[i - line.start] = trim === 'left' ? -cut : trim === 'both' ? -cut / 2 : 0;
      }
      line.fit = 'compressed';
    } else if (justify && !isLast && natural < available - EPS && end - line.start > 1) {
      spread(line.start, end, chars, advance, available - natural, latin);
      line.fit = 'spread';
    }
    let pos = line.origin;
    for (let i = line.start; i < line.end; i++) {
      x[i] = pos + (i < end ? shift[i - line.start]! : 0);
      if (i >= end) advance[i] = 0;
      pos += advance[i]!;
    }
    line.width = pos - line.origin;
  });
  return { lines, x, advance };
}

/** Spreads slack over the gaps where type may open up: spaces in English, between clusters of Chinese text. */
function spread(
  start: number,
  end: number,
  chars: string[],
  advance: Float64Array,
  slack: number,
  latin: boolean,
): void {
  const gaps: number[] = [];
  for (let i = start; i < end - 1; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (latin ? isSpace(a) : !(classOf(a) & classOf(b) & WORD_BIT)) gaps.push(i);
  }
  if (gaps.length === 0) for (let i = start; i < end - 1; i++) gaps.push(i);
  const each = slack / gaps.length;
  for (const i of gaps) advance[i] = advance[i]! + each;
}

/**
 * Balanced lines for a centred title: as many lines as a greedy break needs, but each as even as possible,
 * longer lines first (a trapezoid), never breaking where the Chinese rules forbid.
 */
export function balancedLines(
  chars: string[],
  widths: ArrayLike<number>,
  lineWidth: number,
  cell: number,
  mode: 'cjk' | 'latin' = 'cjk',
): BreakResult {
  const options = (w: number): BreakOptions => ({ lineWidth: w, cell, mode, justify: false });
  const greedy = breakLines(chars, widths, options(lineWidth));
  const count = greedy.lines.length;
  if (count < 2) return greedy;
  let lo = cell;
  let hi = lineWidth;
  for (let step = 0; step < 30 && hi - lo > 0.01; step++) {
    const mid = (lo + hi) / 2;
    if (breakLines(chars, widths, options(mid)).lines.length <= count) hi = mid;
    else lo = mid;
  }
  const balanced = breakLines(chars, widths, options(hi));
  return balanced.lines.length <= count ? balanced : greedy;
}
