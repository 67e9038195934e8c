// How wide a character sets, defined once: CJK characters fill a cell of the grid in any face; the general
// punctuation that Chinese faces set in a full cell (“” ‘’ —— ……) is full width in Chinese text as well;
// everything else is half width. The line breaker's class, the .docx title's balancing, the roll-up's column
// widths and page estimate and the number reader's width folding all read this module. Looked up in a table of
// the Basic Multilingual Plane, not tested by regular expressions: the roll-up measures every character of
// thousands of reports.

/** CJK scripts, their symbols, punctuation and compatibility forms, and the full-width forms (inclusive). */
const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x4e00, 0x9fff], // ideographs
  [0x2e80, 0x303e], // radicals, ideographic description, CJK symbols and punctuation (。、「」〇 and the ideographic space)
  [0xff01, 0xff60], // full-width forms (，：１ Ａ)
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility letters, enclosed and compatibility CJK (㈠ ㎡)
  [0x3400, 0x4dbf], // ideographs, extension A
  [0x1100, 0x115f], // Hangul initial consonants
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xffe0, 0xffe6], // full-width signs (￥)
  [0x1b000, 0x1b16f], // kana supplement
  [0x20000, 0x3fffd], // ideographs, extensions B and later
];
/** General punctuation (‐ to ⁯): “” ‘’ —— …… are set in a full cell by Chinese faces, narrow by Latin ones. */
const GENERAL_PUNCTUATION = [0x2010, 0x206f] as const;

const CJK = 1;
const WIDE_PUNCTUATION = 2;
/** The class of every code point of the Basic Multilingual Plane: 0, CJK or WIDE_PUNCTUATION. */
const BMP = new Uint8Array(0x10000);
BMP.fill(WIDE_PUNCTUATION, GENERAL_PUNCTUATION[0], GENERAL_PUNCTUATION[1] + 1);
for (const [from, to] of CJK_RANGES) if (from < 0x10000) BMP.fill(CJK, from, to + 1);

function classOf(cp: number): number {
  if (cp < 0x10000) return BMP[cp]!;
  return CJK_RANGES.some(([from, to]) => cp >= from && cp <= to) ? CJK : 0;
}

/** A CJK character: one grid cell in any face, and a line may break before or after it. */
export const isCjk = (ch: string): boolean => classOf(ch.codePointAt(0) ?? 0) === CJK;

/** Full width in Chinese text: a CJK character, or general punctuation (“” —— ……), which Chinese faces set full. */
const isFullWidthCode = (cp: number): boolean => classOf(cp) !== 0;
export const isFullWidth = (ch: string): boolean => isFullWidthCode(ch.codePointAt(0) ?? 0);

/** How wide a text sets, in half-width units: two for a full-width character, one for any other. */
export function halfWidthUnits(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    // A surrogate pair is one character (an ideograph of extension B, say).
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length)
      cp = 0x10000 + ((cp - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
    width += isFullWidthCode(cp) ? 2 : 1;
  }
  return width;
}

/** The full-width forms of ASCII (！ to ～: １３１０, ，．％) in their NFKC form, ASCII: one character for one, so
 * offsets into the text stay. */
export const foldFullWidth = (text: string): string => text.replace(/[\uff01-\uff5e]/g, (ch) => ch.normalize('NFKC'));

/** ASCII (! to ~) in its full-width forms: 2023 → ２０２３. */
export const toFullWidth = (text: string): string =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
