// The one number reader (core/number-reader.ts): every expected value below is written out by hand.
import { describe, expect, it } from 'vitest';
import { numbersIn, quantityIn, readNumber, yearsIn } from '../../core/number-reader';

const quantities = (text: string, unit: string) =>
  numbersIn(text).flatMap((n) => {
    const q = quantityIn(text, n, unit);
    return q ? [q.value] : [];
  });

describe('a field read as a number', () => {
  it.each([
    ['310', '', 310],
    ['1,310', '', 1310],
    ['1，310', '', 1310],
    ['３１０', '', 310],
    ['１，３１０', '', 1310],
    ['12,345,678', '', 12345678],
    ['12.5', '', 12.5],
    ['１２．５', '', 12.5],
    ['12.5%', '%', 12.5],
    ['12.5％', '%', 12.5],
    ['3‰', '‰', 3],
    ['-3', '', -3],
    ['－3', '', -3],
    ['−3.5', '', -3.5],
    ['+3', '', 3],
    [' 42 ', '', 42],
    ['12.', '', 12],
    ['412.5万', '', 4125000],
    ['412.5万元', '元', 4125000],
    ['412.5万元', '万元', 412.5],
    ['412.5万', '万元', 412.5],
    ['412.5', '万元', 412.5],
    ['4125000元', '万元', 412.5],
    ['1.1万', '', 11000],
    ['3亿', '', 300000000],
    ['3亿元', '万元', 30000],
    ['310家', '家', 310],
    ['二〇二三', '', 2023],
    ['二〇二三年', '年', 2023],
    ['十二', '', 12],
    ['一百零五', '', 105],
    ['两千', '', 2000],
    ['三万元', '万元', 3],
  ])('%s in "%s" is %d', (text, unit, value) => {
    expect(readNumber(text, unit)).toBe(value);
  });

  it.each([
    ['', ''],
    ['abc', ''],
    ['1,31', ''],
    ['1 310', ''],
    ['12.5%', ''],
    ['310家', '人'],
    ['1e5', ''],
    ['PM2.5', ''],
    ['第3', ''],
  ])('%s in "%s" is no number', (text, unit) => {
    expect(readNumber(text, unit)).toBeNull();
  });
});

describe('numbers in running text', () => {
  it('finds where each stands and what it is', () => {
    expect(numbersIn('对1,310家企业开展核查，抽查３１０家，占12.5%')).toEqual([
      { start: 1, end: 6, numeral: '1310' },
      { start: 16, end: 19, numeral: '310' },
      { start: 22, end: 26, numeral: '12.5' },
    ]);
  });

  it('reads a thousands group only as exactly three digits after the comma', () => {
    expect(numbersIn('第1,2项').map((n) => n.numeral)).toEqual(['1', '2']);
    expect(numbersIn('1、3').map((n) => n.numeral)).toEqual(['1', '3']);
    expect(numbersIn('1,3105').map((n) => n.numeral)).toEqual(['1', '3105']);
    expect(numbersIn('2023，100家').map((n) => n.numeral)).toEqual(['2023', '100']);
    expect(numbersIn('1，310家').map((n) => n.numeral)).toEqual(['1310']);
  });

  it('reads a range as two numbers, a minus sign only where no digit stands before it', () => {
    expect(numbersIn('2021-2023年').map((n) => n.numeral)).toEqual(['2021', '2023']);
    expect(numbersIn('增长-3.2%').map((n) => n.numeral)).toEqual(['-3.2']);
  });

  it('states quantities in a unit, through 万 and 亿', () => {
    expect(quantities('拨付经费412.5万元，其中3亿元为专项', '元')).toEqual([4125000, 300000000]);
    expect(quantities('拨付经费412.5万元', '万元')).toEqual([412.5]);
    expect(quantities('检查1,310家，整改 45 家，约12%', '家')).toEqual([1310, 45]);
    expect(quantities('占12.5%', '%')).toEqual([12.5]);
    expect(quantities('共310人', '家')).toEqual([]);
  });

  it('finds years before 年 in any script', () => {
    expect(yearsIn('2023年以来，二〇二二年，２０２１年，二○二○年度，共120年').map((y) => [y.written, y.year])).toEqual([
      ['2023', 2023],
      ['二〇二二', 2022],
      ['２０２１', 2021],
      ['二○二○', 2020],
    ]);
  });
});
