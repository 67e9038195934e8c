// Character widths, defined once (core/char-width.ts) for the line breaker, the .docx, the roll-up and the
// number reader. Expected widths are counted by hand.
import { describe, expect, it } from 'vitest';
import { foldFullWidth, halfWidthUnits, isCjk, isFullWidth, toFullWidth } from '../../core/char-width';

describe('character widths', () => {
  it('counts CJK characters and full-width forms as CJK, in any face', () => {
    for (const ch of ['中', '㐀', '𠀀', '。', '，', '〇', 'か', 'カ', '한', '１', 'Ａ', '￥', '㎡'])
      expect(isCjk(ch), ch).toBe(true);
    for (const ch of ['a', '1', ' ', '“', '—', 'é', 'ｶ']) expect(isCjk(ch), ch).toBe(false);
  });

  it('sets the general punctuation of Chinese text full width, as Chinese faces do', () => {
    for (const ch of ['“', '”', '‘', '’', '—', '…', '中', '，']) expect(isFullWidth(ch), ch).toBe(true);
    for (const ch of ['a', '1', '%', '-', ' ', 'ｶ']) expect(isFullWidth(ch), ch).toBe(false);
  });

  it('measures a text in half-width units', () => {
    expect(halfWidthUnits('')).toBe(0);
    expect(halfWidthUnits('abc')).toBe(3);
    expect(halfWidthUnits('统计局')).toBe(6);
    expect(halfWidthUnits('“中文”abc')).toBe(11);
    expect(halfWidthUnits('第10区文旅局')).toBe(12);
    // An ideograph outside the Basic Multilingual Plane is one character, two units.
    expect(halfWidthUnits('𠀀a')).toBe(3);
  });

  it('folds full-width ASCII to ASCII one for one, and back', () => {
    expect(foldFullWidth('１，３１０家，１２．５％')).toBe('1,310家,12.5%');
    expect(foldFullWidth('中文。')).toBe('中文。');
    expect(toFullWidth('2023')).toBe('２０２３');
  });
});
