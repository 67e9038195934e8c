import { describe, expect, it } from 'vitest';
import { importOutline } from '../../core/outline-import';
import { findIndicatorValues } from '../../core/indicator-extract';
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
    const hints = findIndicatorValues(
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

  it('does not mistake 家次 (visits) for 家 (enterprises)', () => {
    const report = importOutline(readFixture('outline-five-part.txt'));
    expect(report.indicators.find((i) => i.key === 'random-inspections')!.value).toBeNull();
  });
});
