// Real-world variations of report texts that the outline import must read without losing a word.
import { describe, expect, it } from 'vitest';
import { importOutline } from '../../core/outline-import';
import { normaliseForComparison as norm, renderText } from '../../core/text-render';
import { formatOfficialDate } from '../../core/date-time';
import { validateReport } from '../../core/validation';
import { AppError } from '../../core/errors';

const body = '一、主要工作\n组织学法3次。\n二、存在问题\n宣传不够。\n';

describe('outline import: variations seen in real reports', () => {
  it('joins a title set over two lines and keeps the addressee', () => {
    const report = importOutline(`XX区司法局关于\n2023年法治政府建设情况的报告\n\n区委、区政府：\n${body}`);
    expect(report.meta).toMatchObject({
      title: 'XX区司法局关于2023年法治政府建设情况的报告',
      organisation: 'XX区司法局',
      year: 2023,
      recipient: '区委、区政府',
    });
    expect(report.preamble).toEqual([]);
  });

  it("does not take the preamble's closing sentence for the addressee or the title", () => {
    const opener = '现将我局2023年法治政府建设工作情况报告如下：';
    const withTitle = importOutline(`某局2023年法治政府建设情况报告\n\n${opener}\n${body}`);
    expect(withTitle.meta.recipient).toBeNull();
    expect(withTitle.preamble).toEqual([opener]);
    const noTitle = importOutline(`${opener}\n${body}`, { organisation: '某局' });
    expect(noTitle.meta.title).toBeNull();
    expect(noTitle.preamble).toEqual([opener]);
  });

  it('keeps an attachment list as written, without renumbering it as items', () => {
    const text = `某局2023年法治政府建设情况报告\n\n${body}附件：1.学法记录\n2.普法活动照片\n\n某局\n2024年1月5日\n`;
    const report = importOutline(text);
    expect(report.chapters[1]!.closing).toEqual(['附件：1.学法记录', '2.普法活动照片']);
    expect(report.chapters[1]!.items).toEqual([]);
    expect(norm(renderText(report))).toBe(norm(text));
  });

  it('reads 第一部分 chapters and a date in Chinese numerals', () => {
    const report = importOutline(
      '某局2023年法治政府建设情况报告\n\n第一部分 主要工作\n组织学法。\n第二部分　存在问题\n宣传不够。\n\n某局\n二〇二四年一月二十日\n',
    );
    expect(report.chapters.map((c) => c.title)).toEqual(['主要工作', '存在问题']);
    expect(report.meta).toMatchObject({ signatureUnit: '某局', date: '2024-01-20' });
    expect(renderText(report)).toContain('一、主要工作\n');
    expect(renderText(report).trimEnd().endsWith('某局\n2024年1月20日')).toBe(true);
  });

  it('splits a chapter line that runs on into its paragraph', () => {
    const long = '今年我局'.repeat(80) + '。';
    const text = `某局2023年法治政府建设情况报告\n\n一、主要工作。${long}\n`;
    const report = importOutline(text);
    expect(report.chapters[0]!.title).toBe('主要工作。');
    expect(report.chapters[0]!.paragraphs).toEqual([long]);
    expect(norm(renderText(report))).toBe(norm(text));
  });

  it('keeps a section line too long for a heading as a paragraph, as typed', () => {
    const line = '（一）' + '加强学习'.repeat(60);
    const report = importOutline(`某局2023年法治政府建设情况报告\n\n一、主要工作\n${line}\n`);
    expect(report.chapters[0]!.sections).toEqual([]);
    expect(report.chapters[0]!.paragraphs).toEqual([line]);
  });

  it('ignores implausible years and reports what is too large in plain words', () => {
    expect(importOutline(`某局1900年法治政府建设情况报告\n\n${body}2023年以来开展工作。`).meta.year).toBe(2023);
    const tooMany = `某局2023年法治政府建设情况报告\n\n一、主要工作\n${'开展工作。\n'.repeat(1001)}`;
    const error = (() => {
      try {
        importOutline(tooMany);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('OUTLINE_TOO_LARGE');
    expect((error as AppError).params.detail).toBe('chapters.0.paragraphs');
  });

  it('reads lines with long runs of inner spaces without backtracking', () => {
    const report = importOutline(`某局2023年法治政府建设情况报告\n\n一、主要工作\n开展${' '.repeat(60_000)}学习。\n`);
    expect(report.chapters[0]!.paragraphs[0]!.length).toBe(60_005);
  });

  it('keeps sub-items that follow inline items, after the paragraph', () => {
    const text =
      '某局2023年法治政府建设情况报告\n\n一、存在问题\n一是宣传不够。二是队伍薄弱。\n（1）人员少。\n（2）培训少。\n';
    const report = importOutline(text);
    const chapter = report.chapters[0]!;
    expect(chapter.itemLayout).toBe('inline');
    expect(chapter.items[1]!.subItems.map((s) => s.body)).toEqual(['人员少。', '培训少。']);
    expect(renderText(report)).toBe(text);
  });
});

describe('dates and indicators', () => {
  it('prints an impossible date as typed, and validation flags it', () => {
    expect(formatOfficialDate('2024-02-30', 'zh-CN')).toBe('2024年2月30日');
    expect(formatOfficialDate('2024-02-30', 'en')).toBe('February 30, 2024');
  });

  it('flags an indicator whose whole was removed', () => {
    const report = importOutline(`某局2023年法治政府建设情况报告\n\n${body}`, { indicatorPreset: 'statistics' });
    const part = report.indicators.find((i) => i.partOf)!;
    report.indicators = report.indicators.filter((i) => i.id !== part.partOf);
    const findings = validateReport(report, { today: '2026-11-25' }).filter(
      (f) => f.code === 'INDICATOR_WHOLE_MISSING',
    );
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });
});
