// Numbers as report text writes them, read in one place: indicator extraction, the number fields, the stale
// years, the outline import's year and the roll-up all read numbers here. Digits in either width (３１０ is
// 310); thousands groups (1,310 and 1，310 — a group is exactly three digits, so 第1,2项 and 1、3 are two
// numbers each); decimals; a sign (not in a range such as 2021-2023); the multipliers 万 and 亿 before a
// unit (412.5万元 is 4,125,000 元, or 412.5 万元); percent and per mille as units; Chinese numerals
// (十二, 一百零五, 二〇二三) where a whole field or a year is read.
import { foldFullWidth, toFullWidth } from './char-width';
import { CHINESE_DIGIT, CHINESE_NUMERAL, chineseDigits, parseChineseNumeral } from './chinese-numerals';

export interface NumberInText {
  /** Where the number stands in the text: from its sign or first digit to just after its last digit. */
  start: number;
  end: number;
  /** The number as JavaScript writes it, separators dropped: "-1310.5". */
  numeral: string;
}

/** An Arabic number; not one glued to Latin letters (PM2.5, A4) or a second decimal point. */
const ARABIC = /(?<![0-9A-Za-z.])([-−+]?)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?/g;
const MULTIPLIERS = /^\s*((?:万|亿)*)\s*/;
const EXPONENT: Record<string, number> = { 万: 4, 亿: 8 };

/** The Arabic numbers in a text, where they stand. */
export function numbersIn(text: string): NumberInText[] {
  return [...foldFullWidth(text).matchAll(ARABIC)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    numeral: `${m[1] === '-' || m[1] === '−' ? '-' : ''}${m[2]!.replaceAll(',', '')}${m[3] ?? ''}`,
  }));
}

/** The powers of ten a run of multipliers makes: 万 4, 亿 8, 万亿 12. */
const exponentOf = (multipliers: string): number => [...multipliers].reduce((sum, ch) => sum + EXPONENT[ch]!, 0);

/** A unit as its multiplier and what it counts: 万元 → 4 and 元; % → 0 and %. */
function splitUnit(unit: string): { exponent: number; base: string } {
  const folded = foldFullWidth(unit).trim();
  const m = MULTIPLIERS.exec(folded)!;
  return { exponent: exponentOf(m[1]!), base: folded.slice(m[0].length) };
}

/** numeral × 10^exponent, shifted in decimal (412.5 and 4 → 4125000, with no binary rounding on the way). */
const scaled = (numeral: string, exponent: number): number => Number(`${numeral}e${exponent}`);

/**
 * The quantity a number in `text` states in `unit`, when the text goes on with that unit, directly or after
 * 万 or 亿 (spaces aside): 412.5万元 is 4125000 in 元 and 412.5 in 万元. `end` is where the unit ends in the
 * text. Null when the text goes on with anything else, or `unit` counts nothing.
 */
export function quantityIn(text: string, number: NumberInText, unit: string): { value: number; end: number } | null {
  const target = splitUnit(unit);
  const after = foldFullWidth(text.slice(number.end));
  const written = MULTIPLIERS.exec(after)!;
  if (!target.base || !after.startsWith(target.base, written[0].length)) return null;
  return {
    value: scaled(number.numeral, exponentOf(written[1]!) - target.exponent),
    end: number.end + written[0].length + target.base.length,
  };
}

/** The number a text starts with: Arabic, or a Chinese numeral; its length in the text. */
function leadingNumber(text: string): { numeral: string; length: number } | null {
  const arabic = numbersIn(text)[0];
  if (arabic?.start === 0) return { numeral: arabic.numeral, length: arabic.end };
  // A Chinese numeral's own 万 and 亿 are part of it: 三万 is 30000.
  const chinese = new RegExp(`^${CHINESE_NUMERAL}+`).exec(text);
  const value = chinese ? parseChineseNumeral(chinese[0]) : null;
  return value === null ? null : { numeral: String(value), length: chinese![0].length };
}

/**
 * A field's whole text as a number in the field's `unit` ('' for none): 1,310, １３１０, 12.5, -3, 十二,
 * 二〇二三. A number alone is in the field's unit; one followed by 万, 亿 or a unit says what it counts
 * (412.5万 or 4125000元 in a 万元 field are 412.5). Null for any other text.
 */
export function readNumber(text: string, unit = ''): number | null {
  const folded = foldFullWidth(text).trim();
  const number = leadingNumber(folded);
  if (!number) return null;
  // 12. is 12, as a number typed up to its decimal point.
  const rest = folded.slice(number.length).replace(/^\.$/, '');
  const written = MULTIPLIERS.exec(rest)!;
  const base = rest.slice(written[0].length).trim();
  const target = splitUnit(unit);
  if (base && base !== target.base) return null;
  if (!base && !written[1]) return scaled(number.numeral, 0);
  return scaled(number.numeral, exponentOf(written[1]!) - target.exponent);
}

/** The digits typed into a field of digits (a year), in either width: ２０２４ is 2024; anything else is dropped. */
export const typedDigits = (text: string): string => foldFullWidth(text).replace(/[^0-9]/g, '');

/** A regular-expression source for a number word: digits of either width, or a Chinese numeral. */
export const NUMBER_WORD = `(?:[0-9０-９]+|${CHINESE_NUMERAL}+)`;

export interface YearInText {
  start: number;
  end: number;
  /** The year's digits as written: 2023, ２０２３ or 二〇二三. */
  written: string;
  year: number;
}

const YEAR_DIGITS = new RegExp(`^(?:[0-9]{4}|[０-９]{4}|${CHINESE_DIGIT}{4})$`);
const NUMERAL_CHARACTER = new RegExp(`^(?:[0-9０-９]|${CHINESE_NUMERAL})$`);
const SPACE = /^\s$/;
const ASCII_YEAR = /^[0-9]{4}$/;

/**
 * The years a text names before 年, in any script: 2023年, ２０２３年, 二〇二三年 (four digits of one script, not
 * part of a longer number, then 年 after any spaces). Found from each 年 backwards: a regular expression with a
 * look-behind tried at every character cost a roll-up of 2,000 reports a tenth of its time.
 */
export function yearsIn(text: string): YearInText[] {
  const out: YearInText[] = [];
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    let end = at;
    while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    const start = end - 4;
    if (start < 0) continue;
    const written = text.slice(start, end);
    if (!YEAR_DIGITS.test(written) || (start > 0 && NUMERAL_CHARACTER.test(text[start - 1]!))) continue;
    // Most years are ASCII digits, read as such; the reader takes the other scripts (a text has many 年).
    out.push({ start, end, written, year: ASCII_YEAR.test(written) ? Number(written) : readNumber(written)! });
  }
  return out;
}

/** `year` written as `written` writes its year: 2024, ２０２４, or 二〇二四 (keeping a text's 零 for zero). */
export function yearLike(year: number, written: string): string {
  if (/^[0-9]+$/.test(written)) return String(year);
  if (/^[０-９]+$/.test(written)) return toFullWidth(String(year));
  return chineseDigits(year, written.includes('零') ? '零' : '〇');
}
