// The typed numbers of a report's outline, read back from text: at the start of a line (一、 （一） 一是 第一，
// 1. （1） in full- and half-width forms, 第一部分; an English report's 1. (1) (a)) and running inline inside a
// paragraph after a sentence or a clause (…不足：一是…；二是…。). The outline import reads a report's structure
// with them and validation checks that an inline list counts 1, 2, 3 (numbering.ts prints them).
import { CHINESE_NUMERAL } from './chinese-numerals';
import type { ItemScheme, Language } from './model';
import { readNumber } from './number-reader';

const NUM = `${CHINESE_NUMERAL}+`;
// `s`: a line may hold a line break inside its paragraph.
const CHAPTER_LINE = new RegExp(`^(?:(${NUM})\\s*[、.．]|第(${NUM})部分\\s*[、，,:：.．]?)\\s*(.*)$`, 's');
const SECTION_LINE = new RegExp(`^[（(]\\s*(${NUM})\\s*[)）]\\s*[、.．]?\\s*(.*)$`, 's');
const ITEM_LINE: Record<ItemScheme, RegExp> = {
  yishi: new RegExp(`^(${NUM})是\\s*(.*)$`, 's'),
  diyi: new RegExp(`^第(${NUM})[，,、]\\s*(.*)$`, 's'),
  arabic: /^([0-9０-９]{1,3})\s*[.．、](?![0-9０-９])\s*(.*)$/s,
  'paren-arabic': /^[（(]\s*([0-9０-９]{1,3})\s*[)）]\s*(.*)$/s,
};
/** In the order real reports most often use them. */
const ITEM_SCHEME_ORDER = ['yishi', 'diyi', 'paren-arabic', 'arabic'] as const;

/** An English report: chapters 1., sections (1), items (a) — or 1. and (1) where its scheme says so. */
const ENGLISH_CHAPTER_LINE = /^(\d{1,3})\.(?:\s+|$)(.*)$/s;
const ENGLISH_SECTION_LINE = /^\((\d{1,3})\)(?:\s+|$)(.*)$/s;
const ENGLISH_LETTER_LINE = /^\(([a-z])\)(?:\s+|$)(.*)$/s;

/** A typed number that opens a line or runs inline: what it numbers, its scheme, its value, the text after it. */
export interface TypedMarker {
  scheme: ItemScheme;
  number: number;
  /** The text after the marker. */
  rest: string;
}

const valueOf = (numeral: string): number => readNumber(numeral) ?? 0;

/** The item marker that opens a line, in the schemes of `language`, if any. */
export function itemLineMarker(line: string, language: Language): TypedMarker | null {
  if (language === 'en') {
    const letter = ENGLISH_LETTER_LINE.exec(line);
    if (letter) return { scheme: 'yishi', number: letter[1]!.charCodeAt(0) - 96, rest: letter[2]! };
    const arabic = ENGLISH_CHAPTER_LINE.exec(line);
    if (arabic) return { scheme: 'arabic', number: Number(arabic[1]), rest: arabic[2]! };
    const paren = ENGLISH_SECTION_LINE.exec(line);
    return paren ? { scheme: 'paren-arabic', number: Number(paren[1]), rest: paren[2]! } : null;
  }
  for (const scheme of ITEM_SCHEME_ORDER) {
    const m = ITEM_LINE[scheme].exec(line);
    if (m) return { scheme, number: valueOf(m[1]!), rest: m[2]! };
  }
  return null;
}

/** The chapter marker that opens a line (一、 第一部分 1.), if any. */
export function chapterLineMarker(line: string, language: Language): { number: number; rest: string } | null {
  if (language === 'en') {
    const m = ENGLISH_CHAPTER_LINE.exec(line);
    return m ? { number: Number(m[1]), rest: m[2]! } : null;
  }
  const m = CHAPTER_LINE.exec(line);
  return m ? { number: valueOf(m[1] ?? m[2]!), rest: m[3]! } : null;
}

/** The section marker that opens a line (（一） (一) (1)), if any. */
export function sectionLineMarker(line: string, language: Language): { number: number; rest: string } | null {
  const m = (language === 'en' ? ENGLISH_SECTION_LINE : SECTION_LINE).exec(line);
  return m ? { number: valueOf(m[1]!), rest: m[2]! } : null;
}

/**
 * The outline level a line's typed number gives it: 1 (一、), 2 (（一）), 3 (an item: 一是, 第一，, 1., （1）) or
 * null for a plain paragraph. Word import uses it not to number again what the text already numbers.
 */
export function typedOutlineLevel(line: string): 1 | 2 | 3 | null {
  if (CHAPTER_LINE.test(line)) return 1;
  if (SECTION_LINE.test(line)) return 2;
  return itemLineMarker(line, 'zh-CN') ? 3 : null;
}

/**
 * Where an inline marker may stand: a paragraph's start, or after the end of a sentence or a clause; never after
 * a line break (a number opening the next line of a paragraph is text of that paragraph, as typed).
 */
const BOUNDARY = '(?<=^|[。；;！？!?：:，,])[^\\S\\n]*';
/** A Chinese paragraph's inline markers, without where they may stand. */
const ZH_MARKER: Partial<Record<ItemScheme, string>> = {
  yishi: `(${NUM})是`,
  diyi: `第(${NUM})[，,、]`,
  arabic: '([0-9０-９]{1,3})[.．、](?![0-9０-９])',
  'paren-arabic': '[（(]([0-9０-９]{1,3})[)）]',
};
const zhMarkers = (prefix: string, flags: string) =>
  Object.fromEntries(Object.entries(ZH_MARKER).map(([scheme, marker]) => [scheme, new RegExp(prefix + marker, flags)]));
/**
 * The markers alone, looked for first: the patterns with their boundary open with a look-behind, tried at every
 * character, and most paragraphs hold no marker at all (a roll-up checks thousands of them). A marker that opens
 * with a run of numerals (一是) stands somewhere exactly when one numeral before the rest does (the run's last):
 * looked for so, as a run tried from every character costs ten times more.
 */
const ZH_MARKER_ANYWHERE: Partial<Record<ItemScheme, RegExp>> = Object.fromEntries(
  Object.entries(ZH_MARKER).map(([scheme, marker]) => [
    scheme,
    new RegExp(marker.startsWith(`(${NUM})`) ? CHINESE_NUMERAL + marker.slice(NUM.length + 2) : marker),
  ]),
);
const INLINE_MARKER: Record<Language, Partial<Record<ItemScheme, RegExp>>> = {
  'zh-CN': zhMarkers(BOUNDARY, 'g'),
  en: {
    yishi: /(?<=^|[.;:,!?])[^\S\n]*\(([a-z])\)[^\S\n]/g,
    arabic: /(?<=^|[.;:,!?])[^\S\n]*(\d{1,3})\.[^\S\n]/g,
    'paren-arabic': /(?<=^|[.;:,!?])[^\S\n]*\((\d{1,3})\)[^\S\n]/g,
  },
};

/** A marker running inline: where it stands (its leading spaces included), its length and its number. */
export interface InlineMarker {
  at: number;
  length: number;
  number: number;
}

/** The markers of one scheme that run inline in `text`, in order. */
export function inlineMarkers(text: string, scheme: ItemScheme, language: Language): InlineMarker[] {
  const pattern = INLINE_MARKER[language][scheme];
  if (!pattern || (language === 'zh-CN' && !ZH_MARKER_ANYWHERE[scheme]!.test(text))) return [];
  return [...text.matchAll(pattern)].map((m) => ({
    at: m.index,
    length: m[0].length,
    number: /^[a-z]$/.test(m[1]!) ? m[1]!.charCodeAt(0) - 96 : valueOf(m[1]!),
  }));
}

/** The schemes whose markers may run inline in a paragraph of `language`, in the order they are tried. */
export const inlineSchemes = (language: Language): ItemScheme[] =>
  language === 'en' ? ['yishi', 'paren-arabic', 'arabic'] : [...ITEM_SCHEME_ORDER];

/** Markers that count on by one each (一是…二是…三是), from `first`. */
export const countsOn = (markers: readonly { number: number }[], first: number): boolean =>
  markers.every((m, i) => m.number === first + i);
