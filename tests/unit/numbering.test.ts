import { describe, expect, it } from 'vitest';
import { CHINESE_NUMERAL, chineseDigits, chineseNumeral, parseChineseNumeral } from '../../core/chinese-numerals';
import { chapterMarker, itemMarker, sectionMarker } from '../../core/numbering';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [90, '九十'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
  ])('%i → %s and back', (n, zh) => {
    expect(chineseNumeral(n)).toBe(zh);
    expect(parseChineseNumeral(zh)).toBe(n);
  });

  it('round-trips every number up to 999', () => {
    for (let n = 1; n <= 999; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
    expect(parseChineseNumeral('abc')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
    expect(parseChineseNumeral('十二家')).toBeNull();
  });

  it.each([
    ['二〇二三', 2023],
    ['二零二三', 2023],
    ['二○二三', 2023],
    ['十二', 12],
    ['一百零五', 105],
    ['两千', 2000],
    ['两', 2],
    ['十万', 100000],
    ['三万五千', 35000],
    ['一亿二千万', 120000000],
    ['三万亿', 3000000000000],
    ['〇', 0],
  ])('reads %s as %i', (zh, n) => {
    expect(parseChineseNumeral(zh)).toBe(n);
  });

  it('has one character class for numerals: exactly the characters the parser reads', () => {
    const numeral = new RegExp(`^${CHINESE_NUMERAL}$`);
    for (const ch of '〇零○一二三四五六七八九两十百千万亿年月日次家个0a')
      expect(numeral.test(ch), ch).toBe(parseChineseNumeral(ch) !== null);
  });

  it('writes years digit by digit, with the zero a text uses', () => {
    expect(chineseDigits(2023)).toBe('二〇二三');
    expect(chineseDigits(2020, '零')).toBe('二零二零');
  });
});

describe('markers', () => {
  it('numbers chapters, sections and items in each scheme', () => {
    expect(chapterMarker(12)).toBe('十二、');
    expect(sectionMarker(3)).toBe('（三）');
    expect(itemMarker('yishi', 4)).toBe('四是');
    expect(itemMarker('diyi', 2)).toBe('第二，');
    expect(itemMarker('arabic', 10)).toBe('10.');
    expect(itemMarker('paren-arabic', 7)).toBe('（7）');
  });
});
