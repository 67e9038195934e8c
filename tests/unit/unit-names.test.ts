// Unit names compared through the official short forms (core/unit-short-forms.ts), and the close names that
// are a question for a person rather than a match.
import { describe, expect, it } from 'vitest';
import { closeUnitNames, matchUnitsToList, unitKey, unitNamedByFile } from '../../core/unit-names';

describe('unit names', () => {
  it('are equal through the short forms, width, spacing and a bare 区 or 县 in front', () => {
    const same = [
      ['区市场监督管理局', '区市场监管局'],
      ['区人民政府办公室', '区政府办'],
      ['某某街道办事处', '某某街道'],
      ['区卫生健康委员会', '区卫健委'],
      ['区应急管理局', '区应急局'],
      ['（区）统计局', '区 统计局'],
      ['统计局', '区统计局'],
      ['县发展和改革委员会', '区发改委'],
    ];
    for (const [a, b] of same) expect(unitKey(a!), `${a} ${b}`).toBe(unitKey(b!));
    // 管理局 is not 局 as a rule: 城市管理局 is 城管局.
    expect(unitKey('区城市管理局')).toBe(unitKey('区城管局'));
    expect(unitKey('区城市管理局')).not.toBe(unitKey('区城市局'));
    expect(unitKey('区委')).not.toBe(unitKey('区政府'));
  });

  it('are close, for a person to confirm, under a district’s own name or a character apart', () => {
    expect(closeUnitNames('朝阳区统计局', '区统计局')).toBe(true);
    expect(closeUnitNames('区市场监管理局', '区市场监管局')).toBe(true);
    expect(closeUnitNames('区司法局', '区审计局')).toBe(false);
    expect(closeUnitNames('区统计局', '区统计局')).toBe(false);
  });

  it('match a list: listed, uncertain with the candidates not taken, or not on the list', () => {
    const matches = matchUnitsToList(
      ['区市场监督管理局', '朝阳区统计局', '区档案馆'],
      ['区市场监管局', '区统计局', '区财政局'],
    );
    expect(Object.fromEntries(matches)).toEqual({
      区市场监督管理局: { state: 'listed', expected: '区市场监管局' },
      朝阳区统计局: { state: 'uncertain', candidates: ['区统计局'] },
      区档案馆: { state: 'unlisted' },
    });
  });

  it('name the expected unit a file’s name holds, the longest, or none when two could be meant', () => {
    const list = ['区统计局', '区统计局机关党委', '区财政局', '区财政局（国资办）'];
    expect(unitNamedByFile('区统计局-定稿.docx', list)).toBe('区统计局');
    expect(unitNamedByFile('区统计局机关党委.rldpkg', list)).toBe('区统计局机关党委');
    expect(unitNamedByFile('报告.rldpkg', list)).toBeNull();
    expect(unitNamedByFile('统计局财政局合报.docx', list)).toBeNull();
  });
});
