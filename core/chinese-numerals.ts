// Chinese numerals, both ways, in one table: counting numerals (十二, 一百零五, 两千, 三万) for numbers and
// markers, and digit strings (二〇二三) for years and Word's ideographic digits. Zero is written 〇 and read
// in any of the ways reports type it (〇, 零, and the look-alike ○).

/** The digits by value: 〇 一 … 九. */
const DIGITS = '〇一二三四五六七八九';
const ZEROS = '〇零○';
const DIGIT_VALUE = new Map<string, number>([
  ...[...ZEROS].map((zero) => [zero, 0] as const),
  ...[...DIGITS].map((digit, value) => [digit, value] as const),
  ['两', 2],
]);
const SMALL_UNITS = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
const LARGE_UNITS = new Map([
  ['万', 1e4],
  ['亿', 1e8],
]);

/** A regular-expression class of the characters a Chinese digit string (a year: 二〇二三, 二零二三) is made of. */
export const CHINESE_DIGIT = `[${ZEROS}${DIGITS.slice(1)}]`;
/**
 * A regular-expression class of the characters of a Chinese numeral (十二, 一百零五, 两千, 二○二三): every
 * character `parseChineseNumeral` reads, the look-alike zero ○ among them.
 */
export const CHINESE_NUMERAL = `[${ZEROS}${DIGITS.slice(1)}两十百千万亿]`;

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

/** 2023 → 二〇二三: the digits one by one, as years are written (`zero` keeps a text's own 〇 or 零). */
export function chineseDigits(n: number, zero = '〇'): string {
  return [...String(n)].map((d) => (d === '0' ? zero : DIGITS[Number(d)]!)).join('');
}

/**
 * The value of a Chinese numeral: a digit string (二〇二三 → 2023) or a counting numeral (十二 → 12,
 * 一百零五 → 105, 两千 → 2000, 三万五千 → 35000, 一亿 → 100000000); null when `s` is not one.
 */
export function parseChineseNumeral(s: string): number | null {
  const chars = [...s];
  if (chars.length === 0 || !chars.every((ch) => DIGIT_VALUE.has(ch) || SMALL_UNITS.has(ch) || LARGE_UNITS.has(ch)))
    return null;
  if (chars.every((ch) => DIGIT_VALUE.has(ch))) return Number(chars.map((ch) => DIGIT_VALUE.get(ch)).join(''));
  let total = 0; // the groups of 亿 read so far
  let tenThousands = 0; // the group of 万 below them
  let section = 0; // below 万
  let digit = 0;
  for (const ch of chars) {
    const value = DIGIT_VALUE.get(ch);
    const small = SMALL_UNITS.get(ch);
    if (value !== undefined) digit = value;
    else if (small !== undefined) {
      // 十 alone, as in 十二, is one ten.
      section += (digit || 1) * small;
      digit = 0;
    } else {
      const group = (tenThousands + section + digit || 1) * LARGE_UNITS.get(ch)!;
      if (ch === '亿') {
        total += group;
        tenThousands = 0;
      } else tenThousands = group;
      section = 0;
      digit = 0;
    }
  }
  return total + tenThousands + section + digit;
}
