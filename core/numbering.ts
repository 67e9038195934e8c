// Numbers are derived from order, never typed: 一、 for chapters, （一） for sections, and the report's
// scheme (一是 / 第一， / 1. / （1）) for items and sub-items.
import type { ItemScheme } from './model';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九, 100 → 一百, 105 → 一百零五 (1 … 9999). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`chineseNumeral: ${n} is out of 1…9999`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + unit;
  });
  return out;
}

/** Parses 一 … 九十九 (and 一百…) back to a number; null when the text is not a Chinese numeral. */
export function parseChineseNumeral(s: string): number | null {
  if (!/^[零一二三四五六七八九十百千两]+$/.test(s)) return null;
  const value: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in value) digit = value[ch]!;
    else {
      total += (digit || 1) * unit[ch]!;
      digit = 0;
    }
  }
  total += digit;
  return total > 0 ? total : null;
}

export const chapterMarker = (n: number): string => `${chineseNumeral(n)}、`;
export const sectionMarker = (n: number): string => `（${chineseNumeral(n)}）`;

/** The marker that opens item n under a scheme; the item's text follows it directly. */
export function itemMarker(scheme: ItemScheme, n: number): string {
  switch (scheme) {
    case 'yishi':
      return `${chineseNumeral(n)}是`;
    case 'diyi':
      return `第${chineseNumeral(n)}，`;
    case 'arabic':
      return `${n}.`;
    case 'paren-arabic':
      return `（${n}）`;
  }
}

/** English reports number chapters 1., sections (1), items (a) regardless of the Chinese scheme. */
export const englishChapterMarker = (n: number): string => `${n}. `;
export const englishSectionMarker = (n: number): string => `(${n}) `;
export function englishItemMarker(scheme: ItemScheme, n: number): string {
  if (scheme === 'arabic' || scheme === 'paren-arabic')
    return itemMarker(scheme, n).replace('（', '(').replace('）', ')') + ' ';
  return n <= 26 ? `(${String.fromCharCode(96 + n)}) ` : `(${n}) `;
}
