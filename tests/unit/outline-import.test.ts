import { describe, expect, it } from 'vitest';
import { importOutline } from '../../core/outline-import';
import { renderText, normaliseForComparison } from '../../core/text-render';
import { reportSchema } from '../../core/model';
import { AppError } from '../../core/errors';
import { readFixture, readSeed } from './seed';

const norm = normaliseForComparison;

describe('outline import of the seed report', () => {
  const seed = readSeed();
  const report = importOutline(seed);

  it('round-trips every character in order', () => {
    expect(norm(renderText(report))).toBe(norm(seed));
  });

  it('recognises the structure, not just the text', () => {
    expect(report.meta).toMatchObject({ organisation: '区统计局', year: 2023, title: null });
    expect(report.templateId).toBe('three-part');
    expect(report.chapters.map((c) => c.title)).toEqual(['主要工作开展情况', '存在问题', '下一步工作计划']);
    const [work, problems, plans] = report.chapters;
    expect(work!.sections).toHaveLength(4);
    expect(work!.sections.every((s) => s.headingStyle === 'run-in')).toBe(true);
    expect(work!.sections[1]!.items.map((i) => i.title)).toEqual([
      '积极履职，提前谋划。',
      '深入推进统计信用建设，全面优化营商环境。',
      '切实加强党风廉政建设，做实做细廉政风险点排查。',
      '深入贯彻落实宣传《民法典》《统计法》等法律法规。',
    ]);
    expect(work!.sections[2]).toMatchObject({ itemLayout: 'inline' });
    expect(work!.sections[2]!.items).toHaveLength(4);
    expect(problems).toMatchObject({ itemLayout: 'inline', covers: ['shortcomings'] });
    expect(problems!.items).toHaveLength(3);
    expect(problems!.paragraphs).toEqual(['今年以来，区统计局法治建设工作取得一定的成绩，但也存在一定的短板。']);
    expect(plans!.sections).toHaveLength(4);
    expect(work!.covers).toEqual(['measures', 'first-responsible']);
    expect(report.preamble[0]!.startsWith('2023年以来')).toBe(true);
    expect(() => reportSchema.parse(report)).not.toThrow();
  });

  it('derives numbers: moving an item renumbers it', () => {
    const moved = structuredClone(report);
    const items = moved.chapters[0]!.sections[1]!.items;
    items.unshift(items.pop()!);
    const text = renderText(moved);
    expect(text).toContain('一是深入贯彻落实宣传《民法典》');
    expect(text).toContain('二是积极履职，提前谋划。');
  });
});

describe('outline import of other shapes', () => {
  it('five-part report: recipient, standalone sections, 1./（1） items, inline 第一，, half-width (一), signature', () => {
    const report = importOutline(readFixture('outline-five-part.txt'));
    expect(report.meta).toMatchObject({
      organisation: '市生态环境局',
      year: 2024,
      recipient: '市委、市政府',
      title: '市生态环境局关于2024年度法治政府建设情况的报告',
      signatureUnit: '市生态环境局',
      date: '2025-01-05',
    });
    expect(report.templateId).toBe('department-annual');
    expect(report.chapters.map((c) => c.key)).toEqual([
      'measures',
      'first-responsible',
      'shortcomings',
      'plans',
      'other',
    ]);
    const section = report.chapters[0]!.sections[0]!;
    expect(section).toMatchObject({ heading: '健全依法决策机制', headingStyle: 'standalone' });
    expect(section.items[0]).toMatchObject({ title: '落实合法性审查。' });
    expect(section.items[0]!.subItems.map((s) => s.body)).toEqual([
      '建立审查台账，逐件登记。',
      '邀请法律顾问列席局务会议12次。',
    ]);
    expect(report.style).toMatchObject({ itemScheme: 'arabic', subItemScheme: 'paren-arabic' });
    expect(report.chapters[2]).toMatchObject({ itemLayout: 'inline', itemScheme: 'diyi' });
    const text = renderText(report);
    expect(text).toContain('市委、市政府：\n');
    expect(text).toContain('（一）提升执法能力。分批组织');
    expect(text).toContain('1.落实合法性审查。');
    expect(text).toContain('（2）邀请法律顾问');
    expect(text).toMatch(/第二，信息化执法手段运用不够；第三，普法形式较为单一。/);
    expect(text.trimEnd().endsWith('市生态环境局\n2025年1月5日')).toBe(true);
  });

  it('renumbers gaps and repeats in numbered lines, and keeps an inline list that does not count on as typed', () => {
    const report = importOutline(readFixture('outline-gaps.txt'));
    const text = renderText(report);
    expect(text.split('\n').filter((l) => /^[一二三四]、/.test(l))).toEqual([
      '一、主要工作',
      '二、存在问题',
      '三、下一步工作打算',
    ]);
    // Not items: the paragraph as typed, for validation to point out (INLINE_LIST_NUMBERING).
    expect(report.chapters[0]!.sections[0]!.items).toEqual([]);
    expect(text).toContain('（一）加强学习。组织集中学法6次。一是学习宪法。三是学习民法典。三是学习行政复议法。');
    expect(text).toContain('（二）规范执法。\n一是开展执法检查，检查场所37处。\n二是开展案卷评查。');
    expect(report.meta.title).toBe('县司法局2022年法治政府建设工作总结');
  });

  it('half-width and 、 markers come back in the official form; closing paragraphs stay after the items', () => {
    const source = readFixture('outline-halfwidth.txt');
    const report = importOutline(source);
    const text = renderText(report);
    const official = source
      .replace('1、', '1.')
      .replace('2、', '2.')
      .replace('3．', '3.')
      .replace('(1)', '（1）')
      .replace('(2)', '（2）');
    expect(norm(text)).toBe(norm(official));
    expect(report.chapters[0]!.sections[0]!.closing).toEqual(['以上措施有效提升了群众满意度。']);
    expect(report.meta).toMatchObject({ signatureUnit: '区市场监督管理局', date: '2024-01-20' });
  });

  it('keeps prose that merely starts like a number', () => {
    const report = importOutline(
      '某局2023年法治政府建设情况报告\n\n一、主要工作\n5月18日，开展普法活动。\n2023年以来，共办理案件12件。\n',
    );
    expect(report.chapters[0]!.paragraphs).toEqual(['5月18日，开展普法活动。', '2023年以来，共办理案件12件。']);
    expect(report.chapters[0]!.items).toEqual([]);
  });

  it('refuses empty input with a typed error', () => {
    expect(() => importOutline(' \n\u3000\n')).toThrow(AppError);
    try {
      importOutline('');
    } catch (e) {
      expect((e as AppError).code).toBe('OUTLINE_EMPTY');
    }
  });

  it('accepts CRLF, a BOM and control characters', () => {
    const report = importOutline('\uFEFF某局2023年法治政府建设情况报告\r\n\r\n一、主要工作\r\n开展\u0007学习。\r\n');
    expect(renderText(report)).toBe('某局2023年法治政府建设情况报告\n\n一、主要工作\n开展学习。\n');
  });
});
