// Numbers are derived from order, never typed: 一、 for chapters, （一） for sections, and the report's
// scheme (一是 / 第一， / 1. / （1）) for items and sub-items.
import { chineseNumeral } from './chinese-numerals';
import type { ItemScheme } from './model';

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
