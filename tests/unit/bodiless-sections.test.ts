// Sections with a heading and no body: a whole sentence is content (a list entry of a plans or problems
// chapter); a heading-only placeholder is not filled in. Validation, the wizard's step status and the document
// blocks agree.
import { describe, expect, it } from 'vitest';
import { buildDocument, runsText } from '../../core/document';
import { reportSchema, type Report, type Section } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { isCompleteSentence } from '../../core/part-content';
import { createReportFromTemplate } from '../../core/templates';
import { validateReport } from '../../core/validation';
import { stepStatus } from '../../renderer/editing/steps';

const today = '2026-11-25';

const PLANS_REPORT = `某镇人民政府2024年法治政府建设情况报告

2024年，我镇深入贯彻落实党中央、国务院关于法治政府建设的决策部署，现将有关情况报告如下。

一、主要举措和成效
（一）加强组织领导。镇党委定期研究法治建设工作，全年召开专题会议4次。
（二）推进依法决策。重大行政决策全部经过合法性审查。

二、存在的问题和原因
（一）法治审核力量不足，部分村居缺少专职法治人员，原因是编制紧张。
（二）执法人员培训不够系统，基层执法规范化水平有待提高。

三、下一步工作计划
（一）加强法治审核队伍建设，年内实现每个镇街至少配备2名专职法治审核人员。
（二）完善执法培训机制，每季度组织一次执法人员专题培训。
（三）深化法治宣传教育，推动“八五”普法规划全面落实。

某镇人民政府
2025年1月10日
`;

const sectionCodes = (report: Report) =>
  validateReport(report, { today })
    .filter((f) => f.code === 'SECTION_EMPTY' || f.code === 'CHAPTER_EMPTY')
    .map((f) => `${f.code} ${f.path.join('.')}`);

function report(sections: Partial<Section>[]): Report {
  return reportSchema.parse({
    schemaVersion: 1,
    id: 'bodiless',
    templateId: 'department-annual',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    meta: { organisation: '某镇人民政府', year: 2024 },
    chapters: [
      {
        id: 'c1',
        title: '下一步工作计划',
        sections: sections.map((s, i) => ({ id: `s${i}`, headingStyle: 'standalone', ...s })),
      },
    ],
  });
}

describe('a section whose heading is a whole sentence and that has no body', () => {
  it('is content: the imported plans and problems chapters raise no SECTION_EMPTY', () => {
    const imported = importOutline(PLANS_REPORT);
    const plans = imported.chapters[2]!;
    expect(plans.sections.map((s) => s.paragraphs.length + s.items.length)).toEqual([0, 0, 0]);
    expect(sectionCodes(imported)).toEqual([]);
  });

  it('is content for the wizard: the chapter step is complete, not empty or in error', () => {
    const r = report([{ heading: '加强法治审核队伍建设，年内实现每个镇街至少配备2名专职法治审核人员。' }]);
    const findings = validateReport(r, { today });
    expect(stepStatus(r, { kind: 'chapter', index: 0 }, findings)).toBe('complete');
  });

  it('is printed as a paragraph, not as a heading waiting for its text', () => {
    const r = report([
      { heading: '完善执法培训机制，每季度组织一次执法人员专题培训。' },
      { heading: '健全依法行政制度体系' },
    ]);
    const blocks = buildDocument(r).blocks.filter((b) => b.type === 'heading' || b.type === 'paragraph');
    expect(blocks.map((b) => `${b.type} ${'runs' in b ? runsText(b.runs) : ''}`)).toEqual([
      'heading 一、下一步工作计划',
      'paragraph （一）完善执法培训机制，每季度组织一次执法人员专题培训。',
      'heading （二）健全依法行政制度体系',
    ]);
  });
});

describe('a heading-only placeholder section', () => {
  it('is still flagged as not filled in, in validation and in the wizard', () => {
    const r = report([{ heading: '健全依法行政制度体系' }]);
    expect(sectionCodes(r)).toEqual(['SECTION_EMPTY chapters.0.sections.0']);
    const findings = validateReport(r, { today });
    expect(stepStatus(r, { kind: 'chapter', index: 0 }, findings)).not.toBe('complete');
  });

  it('is flagged when it is a template’s prompt left as it was, though the prompt ends in a full stop', () => {
    const r = createReportFromTemplate('department-annual', { organisation: '区统计局', year: 2025 });
    const prompts = r.chapters[0]!.sections;
    expect(prompts[0]!.heading).toBe('深入学习贯彻习近平法治思想。');
    expect(sectionCodes(r).filter((c) => c.startsWith('SECTION_EMPTY chapters.0.'))).toHaveLength(prompts.length);
    // Rewritten into the writer's own sentence, the same section is content.
    prompts[0]!.heading = '全年组织党组理论学习中心组专题学法4次。';
    expect(sectionCodes(r)).not.toContain('SECTION_EMPTY chapters.0.sections.0');
  });

  it('counts a sentence by its final mark, closing quotes allowed, and not a bare phrase', () => {
    for (const s of ['推动规划落实。', '是否到位？', '落实“八五”普法。”', '加强队伍建设；', 'Train all staff.'])
      expect(isCompleteSentence(s), s).toBe(true);
    for (const s of ['健全依法行政制度体系', '推进“放管服”改革', '（一）', '', 'Main work'])
      expect(isCompleteSentence(s), s).toBe(false);
  });
});
