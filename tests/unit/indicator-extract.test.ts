import { describe, expect, it } from 'vitest';
import { importOutline } from '../../core/outline-import';
import { scanIndicatorValues } from '../../core/indicator-extract';
import type { Indicator } from '../../core/model';
import { readFixture, readSeed } from './seed';

const indicator = (id: string, unit: string): Indicator => ({
  id,
  label: id,
  unit,
  value: null,
  kind: 'count',
  notApplicable: false,
});

describe('indicator values found in the text', () => {
  it('reads the seed figures the regulation-style report states', () => {
    const report = importOutline(readSeed());
    expect(Object.fromEntries(report.indicators.map((i) => [i.key, i.value]))).toEqual({
      'law-study-meetings': 1,
      'random-inspections': 4,
      'source-data-checked': 285,
      'self-corrected': 31,
      'certified-staff': 2,
    });
  });

  it('takes the number nearest the keyword, with the right unit, and says where it came from', () => {
    const { found: hints } = scanIndicatorValues(
      '全年培训10期。本年已对285家企业开展了源头数据核查工作，其中自纠企业31家。',
      [indicator('checked', '家'), indicator('corrected', '家'), indicator('training', '期')],
      new Map([
        ['checked', ['源头数据核查']],
        ['corrected', ['自纠']],
        ['training', ['学法']],
      ]),
    );
    expect(hints.map((h) => [h.indicatorId, h.value])).toEqual([
      ['checked', 285],
      ['corrected', 31],
    ]);
    expect(hints[0]!.sentence).toBe('本年已对285家企业开展了源头数据核查工作，其中自纠企业31家。');
  });

  it('reads amounts through 万 and 亿 into each indicator’s unit', () => {
    const scan = scanIndicatorValues(
      '全年落实普法经费412.5万元，其中培训经费3亿元。',
      [indicator('funds', '元'), indicator('fundsTenThousand', '万元')],
      new Map([
        ['funds', ['普法经费']],
        ['fundsTenThousand', ['普法经费']],
      ]),
    );
    expect(scan.found.map((h) => [h.indicatorId, h.value])).toEqual([
      ['funds', 4125000],
      ['fundsTenThousand', 412.5],
    ]);
  });

  it('does not mistake 家次 (visits) for 家 (enterprises)', () => {
    const report = importOutline(readFixture('outline-five-part.txt'), { indicatorPreset: 'statistics' });
    expect(report.indicators.find((i) => i.key === 'random-inspections')!.value).toBeNull();
  });

  describe('a number belongs to the phrase it qualifies', () => {
    const indicators = [indicator('checked', '家'), indicator('corrected', '家')];
    const keywords = new Map([
      ['checked', ['源头数据核查', '数据核查']],
      ['corrected', ['自纠']],
    ]);
    const read = (text: string) => {
      const scan = scanIndicatorValues(text, indicators, keywords);
      return {
        found: Object.fromEntries(scan.found.map((h) => [h.indicatorId, h.value])),
        unsure: Object.fromEntries(scan.unsure.map((d) => [d.indicatorId, d.candidates])),
      };
    };

    it.each([
      ['对310家企业开展源头数据核查，其中45家企业完成自查自纠。', 310, 45],
      ['本年已对285家企业开展了源头数据核查工作，其中自纠企业31家。', 285, 31],
      ['开展源头数据核查企业120家，自查自纠企业18家。', 120, 18],
      ['全年源头数据核查覆盖企业96家；督促12家企业自纠。', 96, 12],
      ['开展源头数据核查310家、自纠45家。', 310, 45],
      ['对1,310家企业开展源头数据核查，其中45家企业完成自查自纠。', 1310, 45],
      ['对1，310家企业开展源头数据核查，其中45家企业完成自查自纠。', 1310, 45],
      ['对３１０家企业开展源头数据核查，其中４５家企业完成自查自纠。', 310, 45],
    ])('%s', (text, checked, corrected) => {
      expect(read(text)).toEqual({ found: { checked, corrected }, unsure: {} });
    });

    it('leaves the field empty and says so when the phrase holds two numbers', () => {
      expect(read('对310家企业和45家个体户开展源头数据核查。')).toEqual({
        found: {},
        unsure: { checked: [310, 45] },
      });
    });

    it('leaves the field empty and says so when the figure stands in another clause', () => {
      expect(read('全面开展源头数据核查，共涉及企业310家。')).toEqual({ found: {}, unsure: { checked: [310] } });
    });

    it('leaves the field empty and says so when two mentions disagree', () => {
      expect(read('对310家企业开展源头数据核查。下一步将对400家企业开展源头数据核查。')).toEqual({
        found: {},
        unsure: { checked: [310, 400] },
      });
    });

    it('does not read a list of item numbers as one thousands figure', () => {
      expect(read('第1,2项：开展源头数据核查5家，自纠3家。')).toEqual({
        found: { checked: 5, corrected: 3 },
        unsure: {},
      });
    });

    it('keeps “双随机、一公开” whole as one phrase', () => {
      const scan = scanIndicatorValues(
        '已对4家企业开展“双随机、一公开”执法检查。',
        [indicator('random', '家')],
        new Map([['random', ['双随机']]]),
      );
      expect(scan.found.map((h) => h.value)).toEqual([4]);
    });
  });
});
