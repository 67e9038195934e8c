import { describe, expect, it } from 'vitest';
import { isCjk, isFullWidth } from '../../core/char-width';
import {
  balancedLines,
  breakLines,
  isNoEnd,
  isNoStart,
  type BreakOptions,
  type BreakResult,
} from '../../core/line-breaking';
import { findBreakViolations, NOT_AT_LINE_END, NOT_AT_LINE_START, UNDIVIDED_PAIRS } from './break-rules';

// One grid cell = 1; Latin letters and digits half a cell, as in the PDF's body face.
const CELL = 1;
const widthsOf = (chars: string[]) => chars.map((c) => (isFullWidth(c) ? CELL : 0.5));

function run(text: string, options: Partial<BreakOptions> = {}) {
  const chars = [...text];
  const result = breakLines(chars, widthsOf(chars), { lineWidth: 28, cell: CELL, avoidOrphan: true, ...options });
  return { chars, result, texts: lineTexts(chars, result) };
}
const lineTexts = (chars: string[], r: BreakResult) => r.lines.map((l) => chars.slice(l.start, l.end).join(''));

/** Right edge of a line: where its last visible character ends. */
function rightEdge(chars: string[], r: BreakResult, li: number): number {
  const line = r.lines[li]!;
  let i = line.end - 1;
  while (i > line.start && chars[i] === ' ') i--;
  return r.x[i]! + r.advance[i]!;
}

const HAN = '法治政府建设统计执法检查工作推进依法行政制度体系决策程序学习宣传教育全面落实';
/** Deterministic pseudo-random Chinese text dense in punctuation, numbers and marks. */
function hostileText(seed: number, length: number): string {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pieces = [
    '，',
    '。',
    '、',
    '；',
    '：',
    '？',
    '！',
    '（',
    '）',
    '《',
    '》',
    '“',
    '”',
    '——',
    '……',
    '2023年',
    '285家',
    '98.6%',
    'GB/T',
    '·',
  ];
  let out = '统';
  while (out.length < length)
    out += rnd() < 0.3 ? pieces[Math.floor(rnd() * pieces.length)] : HAN[Math.floor(rnd() * HAN.length)];
  return out + '法。';
}

describe('breakLines on the 28-cell grid', () => {
  it('sets plain Chinese on the grid, 28 characters a line, one cell apart', () => {
    const { result, texts } = run(HAN.repeat(3).slice(0, 70));
    expect(texts.map((t) => [...t].length)).toEqual([28, 28, 14]);
    expect([...result.x.slice(0, 28)]).toEqual(Array.from({ length: 28 }, (_, i) => i));
    expect(result.lines.map((l) => l.fit)).toEqual(['natural', 'natural', 'natural']);
  });

  it('indents the first line two cells', () => {
    const { result, texts } = run(HAN.repeat(2), { firstIndent: 2 });
    expect([...texts[0]!].length).toBe(26);
    expect(result.x[0]).toBe(2);
  });

  it('pushes a comma in by compressing the line’s marks, and the line still ends on the edge', () => {
    // 27 ideographs, a comma in cell 14, then an ideograph and a full stop: the 。 would start line 2.
    const text = HAN.slice(0, 13) + '，' + HAN.slice(13, 27) + '。' + HAN.slice(0, 5);
    const { chars, result, texts } = run(text);
    expect(texts[0]!.endsWith('。')).toBe(true);
    expect(result.lines[0]!.fit).toBe('compressed');
    expect(rightEdge(chars, result, 0)).toBeCloseTo(28, 6);
  });

  it('pushes out when compression cannot make room, and spreads the slack to the edge', () => {
    const text = HAN.slice(0, 28) + '。' + HAN.slice(0, 10);
    const { chars, result, texts } = run(text);
    expect([...texts[0]!].length).toBe(27);
    expect(texts[1]!.startsWith(HAN[27]! + '。')).toBe(true);
    expect(result.lines[0]!.fit).toBe('spread');
    expect(rightEdge(chars, result, 0)).toBeCloseTo(28, 6);
  });

  it('never ends a line on an opening mark', () => {
    const text = HAN.slice(0, 27) + '《统计法》' + HAN.slice(0, 10);
    const { texts } = run(text);
    expect(texts[0]!.endsWith('《')).toBe(false);
    expect(texts[1]!.startsWith('《统')).toBe(true);
  });

  it('keeps —— and …… whole, numbers with their unit and Latin words unsplit', () => {
    for (const piece of ['——', '……', '2023年', '285家', '98.6%', 'Statistics', '12·8']) {
      for (let at = 22; at <= 28; at++) {
        const text = HAN.slice(0, at) + piece + HAN.slice(0, 20);
        const { texts } = run(text);
        expect(
          texts.some((t) => t.includes(piece)),
          `${piece} at ${at}: ${texts.join(' | ')}`,
        ).toBe(true);
      }
    }
  });

  it('avoids a single character alone on the last line (孤字)', () => {
    const { texts } = run(HAN.slice(0, 28) + '法');
    expect(texts.length).toBe(2);
    expect([...texts[1]!].length).toBeGreaterThanOrEqual(2);
    // Pulled up instead when the line above has marks to give.
    const pulled = run('统计，法治，建设，推进，依法，行政，制度，体系，落实，' + '法。');
    expect(pulled.texts.every((t) => [...t].filter((c) => isCjk(c) && !'，。'.includes(c)).length !== 1)).toBe(true);
  });

  it('breaks hostile text with zero violations and every full line flush with the edge', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { chars, result, texts } = run(hostileText(seed, 400), { firstIndent: 2 });
      expect(findBreakViolations(texts), texts.join('\n')).toEqual([]);
      for (let li = 0; li < result.lines.length - 1; li++) expect(rightEdge(chars, result, li)).toBeCloseTo(28, 5);
      expect(texts.join('')).toBe(chars.join(''));
    }
  });

  it('never hangs: a 100 000-character paragraph and a 100 000-letter word break in well under a second', () => {
    const started = performance.now();
    const long = run(hostileText(7, 100_000));
    const word = run('x'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(long.result.lines.length).toBeGreaterThan(3000);
    expect(word.result.lines.length).toBe(Math.ceil(100_000 / 56));
    expect(word.texts.join('')).toHaveLength(100_000);
  });

  it('wraps English at spaces and justifies by widening the spaces', () => {
    const text =
      'The bureau organised legal training sessions for all statistical law enforcement staff in the district.';
    const chars = [...text];
    const widths = chars.map(() => 0.5);
    const result = breakLines(chars, widths, { lineWidth: 20, cell: 1, mode: 'latin' });
    const texts = lineTexts(chars, result);
    for (const t of texts.slice(0, -1)) expect(t.endsWith(' ')).toBe(true);
    expect(rightEdge(chars, result, 0)).toBeCloseTo(20, 6);
    // Letters keep their own width: only spaces grew.
    const line = result.lines[0]!;
    for (let i = line.start; i < line.end; i++) if (chars[i] !== ' ') expect(result.advance[i]).toBe(0.5);
  });
});

describe('balancedLines', () => {
  it('splits a long title into even lines, longer first', () => {
    const title = '区统计局2023年法治政府建设情况报告关于统计执法检查工作';
    const chars = [...title];
    const r = balancedLines(chars, widthsOf(chars), 20, 1);
    const texts = lineTexts(chars, r);
    expect(texts.length).toBe(2);
    const widths = r.lines.map((l) => l.width);
    expect(widths[0]!).toBeGreaterThanOrEqual(widths[1]!);
    expect(widths[0]! - widths[1]!).toBeLessThanOrEqual(2);
  });
});

describe('the breaker’s tables against the standard’s lists (GB/T 15834 §5.1.7, clreq §3.1.7)', () => {
  it('keeps every mark the standard forbids at a line start off it, and every opening mark off a line end', () => {
    expect(NOT_AT_LINE_START.filter((ch) => !isNoStart(ch))).toEqual([]);
    expect(NOT_AT_LINE_END.filter((ch) => !isNoEnd(ch))).toEqual([]);
    // Ideographs, digits and letters may start and end lines.
    for (const ch of [...'法治2aA']) expect(isNoStart(ch) || isNoEnd(ch), ch).toBe(false);
  });

  it('never breaks before any of those marks or after any opening mark, wherever they fall', () => {
    for (const mark of [...NOT_AT_LINE_START.filter((ch) => !'.,:;'.includes(ch)), ...UNDIVIDED_PAIRS])
      for (let at = 24; at <= 29; at++) {
        const { texts } = run(HAN.slice(0, at) + mark + HAN.slice(0, 20));
        expect(findBreakViolations(texts), `${mark} at ${at}: ${texts.join(' | ')}`).toEqual([]);
      }
    for (const mark of NOT_AT_LINE_END)
      for (let at = 24; at <= 29; at++) {
        const { texts } = run(HAN.slice(0, at) + mark + HAN.slice(0, 20));
        expect(findBreakViolations(texts), `${mark} at ${at}: ${texts.join(' | ')}`).toEqual([]);
      }
  });
});

describe('findBreakViolations', () => {
  it('names each kind of violation', () => {
    const kinds = (lines: string[]) => findBreakViolations(lines).map((v) => v.kind);
    expect(kinds(['法治', '。建设'])).toEqual(['no-start']);
    expect(kinds(['法治《', '统计法》'])).toEqual(['no-end']);
    expect(kinds(['法治—', '—建设'])).toEqual(['split-pair']);
    expect(kinds(['截至2023', '年底'])).toEqual(['split-number']);
    expect(kinds(['GB/T 97', '04'])).toEqual(['split-word']);
    expect(kinds(['法治建设，', '统计执法。'])).toEqual([]);
  });
});

describe('compression at the line start', () => {
  it('never compresses a mark that opens a line, so no glyph box crosses the left edge', () => {
    // The full stop is pulled in by compressing the comma and the full stop; the opening bracket keeps its cell.
    const { result, texts } = run('（' + HAN.slice(0, 25) + '，法。' + HAN.slice(0, 5));
    expect(texts[0]!.endsWith('法。')).toBe(true);
    expect(result.lines[0]!.fit).toBe('compressed');
    expect(result.x[0]).toBe(0);
    expect(result.advance[0]).toBe(1);
  });
});
