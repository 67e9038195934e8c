import { describe, expect, it } from 'vitest';
import { createReportFromTemplate, listTemplates, chapterGuidance, fillYear } from '../../core/templates';
import { duplicateAsNextYear, setReportLanguage } from '../../core/report-ops';
import { buildDocument, reportTitle } from '../../core/document';
import { renderText } from '../../core/text-render';
import { importOutline } from '../../core/outline-import';
import { AppError } from '../../core/errors';
import { readSeed } from './seed';

describe('templates', () => {
  it('lists the templates with labels in both languages', () => {
    const list = listTemplates();
    expect(list.map((t) => t.id)).toEqual(['department-annual', 'three-part']);
    for (const t of list) expect(t.name['zh-CN'] && t.name.en).toBeTruthy();
  });

  it('makes a report whose chapters follow the five required items, titles computed from the year', () => {
    const report = createReportFromTemplate('department-annual', { organisation: '区统计局', year: 2025 });
    expect(report.chapters.map((c) => c.title)).toEqual([
      '2025年度推进法治政府建设的主要举措和成效',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '存在的不足和原因',
      '2026年度推进法治政府建设的主要安排',
      '其他需要报告的情况',
    ]);
    expect(reportTitle(report)).toBe('区统计局2025年法治政府建设情况报告');
    expect(report.meta.signatureUnit).toBe('区统计局');
    expect(report.indicators.find((i) => i.key === 'self-corrected')!.partOf).toBe(
      report.indicators.find((i) => i.key === 'source-data-checked')!.id,
    );
    expect(chapterGuidance(report, 2, 'zh-CN')).toContain('原因');
    expect(chapterGuidance(report, 2, 'en')).toContain('causes');
  });

  it('makes English reports with English labels', () => {
    const report = createReportFromTemplate('three-part', {
      organisation: 'District Statistics Bureau',
      year: 2025,
      language: 'en',
    });
    expect(report.chapters.map((c) => c.title)).toEqual([
      'Main work carried out',
      'Problems',
      'Plans for the next stage',
    ]);
    expect(buildDocument(report).title).toBe(
      'District Statistics Bureau: Report on Building a Rule-of-Law Government in 2025',
    );
  });

  it('refuses an unknown template', () => {
    expect(() => createReportFromTemplate('nope', { organisation: 'x', year: 2025 })).toThrow(AppError);
  });

  it('fills {{year}} and {{nextYear}}', () => {
    expect(fillYear('{{year}}年与{{nextYear}}年', 2023)).toBe('2023年与2024年');
  });
});

describe('duplicate as next year', () => {
  it('keeps structure and texts, clears indicator values, moves the year on, renews every id', () => {
    const report = createReportFromTemplate('department-annual', { organisation: '区统计局', year: 2024 });
    report.indicators.forEach((i, k) => (i.value = k + 1));
    report.meta.date = '2025-01-10';
    report.meta.status = 'signed-off';
    const next = duplicateAsNextYear(report, '2026-01-01T00:00:00.000Z');
    expect(next.meta).toMatchObject({ year: 2025, status: 'draft', date: null });
    expect(next.chapters[0]!.title).toBe('2025年度推进法治政府建设的主要举措和成效');
    expect(next.chapters[3]!.title).toBe('2026年度推进法治政府建设的主要安排');
    expect(next.indicators.every((i) => i.value === null)).toBe(true);
    // Every id is new; only the link back to last year's report names its id.
    expect(next.previous).toEqual({ id: report.id, year: 2024 });
    const ids = (r: typeof report) => JSON.stringify({ ...r, previous: undefined }).match(/"id":"[^"]+"/g)!;
    expect(ids(next).filter((id) => ids(report).includes(id))).toEqual([]);
    const selfCorrected = next.indicators.find((i) => i.key === 'self-corrected')!;
    expect(next.indicators.find((i) => i.id === selfCorrected.partOf)!.key).toBe('source-data-checked');
  });

  it('keeps every word of the seed', () => {
    const seed = importOutline(readSeed());
    const next = duplicateAsNextYear(seed);
    expect(renderText(next).replace('2024年法治', '2023年法治')).toBe(renderText(seed));
  });
});

describe('switching a report language', () => {
  it('relabels untouched template texts and keeps what the user wrote', () => {
    const report = createReportFromTemplate('department-annual', { organisation: '区统计局', year: 2025 });
    report.chapters[1]!.title = '主要负责人履职情况';
    report.chapters[0]!.sections[0]!.paragraphs = ['我们组织学法3次。'];
    const en = setReportLanguage(report, 'en');
    expect(en.meta.language).toBe('en');
    expect(en.chapters[0]!.title).toBe('Main measures and results in 2025');
    expect(en.chapters[3]!.title).toBe('Main plans for 2026');
    expect(en.chapters[1]!.title).toBe('主要负责人履职情况');
    expect(en.chapters[0]!.sections[0]!.heading).toBe('Studying and applying Xi Jinping Thought on the Rule of Law.');
    expect(en.chapters[0]!.sections[0]!.paragraphs).toEqual(['我们组织学法3次。']);
    expect(en.indicators[4]).toMatchObject({ label: 'Staff with an enforcement certificate', unit: 'persons' });
    const back = setReportLanguage(en, 'zh-CN');
    expect(back.chapters.map((c) => c.title)).toEqual(report.chapters.map((c) => c.title));
    expect(back.indicators).toEqual(report.indicators);
  });
});
