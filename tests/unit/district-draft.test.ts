// The district's draft from the departments' reports: three departments written by hand
// (tests/rollup/draft-departments.ts), the draft's chapters read back: sums and coverage, quotations attributed,
// grouped by theme, bounded per department.
import { describe, expect, it } from 'vitest';
import { draftDistrictReport, draftYear } from '../../core/district-draft';
import type { RollupUnit } from '../../core/rollup-schema';
import { reportSchema } from '../../core/model';
import { draftSources, YEAR } from '../rollup/draft-departments';

const sources = draftSources();
const draft = draftDistrictReport(sources, { organisation: '某区人民政府', year: YEAR });
const chapter = (key: string) => draft.chapters.find((c) => c.key === key)!;
const section = (heading: string) => chapter('measures').sections.find((s) => s.heading === heading)!;

describe('the district draft from the roll-up', () => {
  it('is an ordinary report of the district and year', () => {
    expect(() => reportSchema.parse(draft)).not.toThrow();
    expect(draft.meta).toMatchObject({ organisation: '某区人民政府', year: YEAR, status: 'draft' });
    expect(draft.chapters.map((c) => c.key)).toEqual([
      'measures',
      'first-responsible',
      'shortcomings',
      'plans',
      'other',
    ]);
  });

  it('sums the counts, says each one’s coverage, leaves out percentages and leaves a total nobody gave blank', () => {
    expect(draft.indicators.map((i) => [i.label, i.value])).toEqual([
      ['法律专题学习会议', 12],
      ['合法性审查文件', 12],
      ['法治培训', 3],
      ['行政复议案件', null],
    ]);
    expect(draft.indicators.every((i) => i.partOf === undefined)).toBe(true);
    expect(chapter('measures').paragraphs).toEqual([
      '据3个部门报告汇总：法律专题学习会议12次（3个单位中3个单位报送）；合法性审查文件12件（3个单位中1个单位报送）；' +
        '法治培训3期（3个单位中2个单位报送）；行政复议案件（3个单位均未报送）。',
    ]);
  });

  it('quotes the key measures after the unit, grouped by the template’s themes or by keywords', () => {
    expect(chapter('measures').sections.map((s) => s.heading)).toEqual([
      '深入学习贯彻习近平法治思想。',
      '严格规范公正文明执法。',
      '加强法治宣传教育。',
    ]);
    expect(section('深入学习贯彻习近平法治思想。').paragraphs).toEqual([
      '区司法局：组织党组理论学习中心组专题学法4次。',
      // Three key measures per department and theme: the fourth and fifth are left to the department's report.
      '区财政局：一学。二学。三学。',
    ]);
    expect(section('严格规范公正文明执法。').paragraphs).toEqual([
      '区司法局：规范执法程序。',
      '区统计局：强化统计执法检查工作，推动执法体系建设。推进“双随机、一公开”检查。',
    ]);
    expect(section('加强法治宣传教育。').paragraphs).toEqual(['区统计局：加强普法宣传。开展宪法宣传周活动。']);
  });

  it('gathers the shortcomings and next year’s plans the same way, by chapter or by title', () => {
    expect(chapter('shortcomings').paragraphs).toEqual([
      '区司法局：执法人员数量不足，原因是编制有限。',
      '区统计局：统计法治人才不足。',
    ]);
    expect(chapter('plans').paragraphs).toEqual(['区司法局：深化法治宣传。', '区统计局：深入推进统计执法。']);
    expect(chapter('first-responsible').paragraphs).toEqual([]);
  });

  it('speaks of the departments in the preamble, and writes an English draft in English', () => {
    expect(draft.preamble).toEqual(['现将2024年度法治政府建设情况报告如下（据3个部门报送的年度报告汇总起草）：']);
    const en = draftDistrictReport(sources, { organisation: 'District', year: YEAR, language: 'en' });
    expect(en.chapters[0]!.paragraphs[0]).toContain('法律专题学习会议: 12 次 (3 of 3 units reported)');
    expect(en.chapters[2]!.paragraphs[0]).toBe('区司法局: 执法人员数量不足，原因是编制有限。');
  });

  it('is for the roll-up’s year, or the latest year a roll-up of all years used', () => {
    const units = [2023, 2024, 2022].map((year) => ({ year }) as RollupUnit);
    expect(draftYear({ year: 2022, units })).toBe(2022);
    expect(draftYear({ year: null, units })).toBe(2024);
    expect(draftYear({ year: null, units: [] })).toBeNull();
  });
});
