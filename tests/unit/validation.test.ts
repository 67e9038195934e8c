import { describe, expect, it } from 'vitest';
import { validateReport, hasErrors } from '../../core/validation';
import { createReportFromTemplate } from '../../core/templates';
import { importOutline } from '../../core/outline-import';
import type { Report } from '../../core/model';
import { readSeed } from './seed';

const today = '2026-11-25';
const codes = (r: Report) => validateReport(r, { today }).map((f) => `${f.severity}:${f.code}`);

function filledSeed(): Report {
  const report = importOutline(readSeed());
  report.meta.signatureUnit = '区统计局';
  report.meta.date = '2024-01-20';
  return report;
}

describe('validation', () => {
  it('passes the seed with warnings only, never refusing a real report', () => {
    const findings = validateReport(importOutline(readSeed()), { today });
    expect(hasErrors(findings)).toBe(false);
    expect(findings.map((f) => f.code)).toEqual(['SIGNATURE_UNIT_MISSING', 'DATE_MISSING']);
    expect(codes(filledSeed())).toEqual([]);
  });

  it('finds empty chapters and sections of a new report, with paths and both languages', () => {
    const report = createReportFromTemplate('department-annual', { organisation: '区统计局', year: 2025 });
    const findings = validateReport(report, { today });
    const empty = findings.find((f) => f.code === 'SECTION_EMPTY')!;
    expect(empty).toMatchObject({ severity: 'error', path: ['chapters', 0, 'sections', 0] });
    expect(empty.message['zh-CN']).toBe('第1部分第1节还没有正文。');
    expect(empty.message.en).toBe('Section 1 of part 1 has no text yet.');
    expect(findings.filter((f) => f.code === 'CHAPTER_EMPTY').map((f) => f.path)).toEqual([
      ['chapters', 1],
      ['chapters', 2],
      ['chapters', 3],
      ['chapters', 4],
    ]);
  });

  it('checks indicator rules: non-negative integers, a part never greater than its whole', () => {
    const report = filledSeed();
    report.indicators[3]!.value = 300;
    report.indicators[0]!.value = -1;
    report.indicators[1]!.value = 2.5;
    const findings = validateReport(report, { today });
    expect(findings.filter((f) => f.code !== 'INDICATOR_TEXT_DIFFERS').map((f) => [f.code, f.path])).toEqual([
      ['INDICATOR_NEGATIVE', ['indicators', 0, 'value']],
      ['INDICATOR_NOT_INTEGER', ['indicators', 1, 'value']],
      ['INDICATOR_PART_EXCEEDS_WHOLE', ['indicators', 3, 'value']],
    ]);
    expect(findings[2]!.message['zh-CN']).toBe('指标“其中自纠企业”（300）不能大于“源头数据核查企业”（285）。');
    report.indicators.forEach((i) => (i.notApplicable = true));
    expect(codes(report)).toEqual([]);
  });

  it('warns, once per indicator, where the text states another figure than the indicator’s value', () => {
    const report = filledSeed();
    // The text says 本年已对285家企业开展了源头数据核查工作，其中自纠企业31家.
    report.indicators[2]!.value = 290;
    report.indicators[3]!.value = 30;
    const differs = validateReport(report, { today }).filter((f) => f.code === 'INDICATOR_TEXT_DIFFERS');
    expect(differs.map((f) => [f.severity, f.path, f.params])).toEqual([
      ['warning', ['indicators', 2, 'value'], { label: '源头数据核查企业', stated: 285, value: 290, unit: '家' }],
      ['warning', ['indicators', 3, 'value'], { label: '其中自纠企业', stated: 31, value: 30, unit: '家' }],
    ]);
    expect(differs[0]!.message['zh-CN']).toBe(
      '正文中“源头数据核查企业”为 285家，指标填写的是 290家，二者不一致；汇总将采用指标中的数值，请核对。',
    );
    expect(differs[0]!.message.en).toBe(
      'The text gives "源头数据核查企业" as 285 家, but the indicator says 290 家; the roll-up reports the indicator\'s value. Please check which is right.',
    );
    // The same figure in the text and the indicator, or no figure (not applicable): nothing to say.
    report.indicators[2]!.value = 285;
    report.indicators[3]!.notApplicable = true;
    expect(codes(report)).toEqual([]);
  });

  it('flags implausible years and dates', () => {
    const report = filledSeed();
    report.meta.year = 2027;
    expect(codes(report)).toContain('error:YEAR_IN_FUTURE');
    report.meta.year = 2010;
    expect(codes(report)).toContain('warning:YEAR_LONG_AGO');
    report.meta.year = 2023;
    report.meta.date = '2024-02-30';
    expect(codes(report)).toContain('error:DATE_INVALID');
    report.meta.date = '2022-12-31';
    expect(codes(report)).toContain('error:DATE_BEFORE_YEAR');
  });

  it('warns about required content that no chapter covers, and problems without causes', () => {
    const report = filledSeed();
    report.chapters[1]!.items.forEach((i) => (i.body = i.body.replace('受限于', '')));
    report.chapters.splice(2, 1);
    const findings = validateReport(report, { today });
    expect(findings.map((f) => f.code)).toEqual(['SHORTCOMINGS_WITHOUT_CAUSES', 'REQUIREMENT_NOT_COVERED']);
    expect(findings[1]!.params).toEqual({ requirement: 'plans' });
    expect(findings[1]!.message['zh-CN']).toBe('报告缺少规定的必报内容：下一年度主要安排。');
    expect(findings[1]!.message.en).toBe('A required item is missing: the main plans for next year.');
  });

  it('flags empty items and missing organisation as errors', () => {
    const report = filledSeed();
    report.meta.organisation = ' ';
    report.chapters[0]!.sections[1]!.items[2]!.title = '';
    report.chapters[0]!.sections[1]!.items[2]!.body = '';
    expect(codes(report)).toEqual(['error:ORGANISATION_MISSING', 'error:ITEM_EMPTY']);
  });

  it('says parts not written yet are not filled in while writing, and errors once review is asked for', () => {
    const report = createReportFromTemplate('department-annual', { organisation: '区统计局', year: 2025 });
    const writing = validateReport(report, { today, stage: 'writing' });
    expect(hasErrors(writing)).toBe(false);
    const empty = writing.filter((f) => f.code === 'CHAPTER_EMPTY' || f.code === 'SECTION_EMPTY');
    expect(empty.length).toBe(8);
    expect(empty.every((f) => f.severity === 'warning')).toBe(true);
    const review = validateReport(report, { today, stage: 'review' });
    // All but the optional 其他 (the last chapter), which may stay empty.
    expect(
      review.filter((f) => f.code === 'CHAPTER_EMPTY' || f.code === 'SECTION_EMPTY').map((f) => f.severity),
    ).toEqual([...empty.slice(1).map(() => 'error'), 'warning']);
    // Real errors stay errors while writing.
    report.meta.year = 2027;
    expect(validateReport(report, { today, stage: 'writing' }).find((f) => f.code === 'YEAR_IN_FUTURE')?.severity).toBe(
      'error',
    );
  });

  it('says an empty shortcomings chapter is empty, not that it lacks causes', () => {
    const report = createReportFromTemplate('department-annual', { organisation: '区统计局', year: 2025 });
    const at = report.chapters.findIndex((c) => c.covers.includes('shortcomings'));
    const ofChapter = () =>
      validateReport(report, { today })
        .filter((f) => f.path[0] === 'chapters' && f.path[1] === at)
        .map((f) => f.code);
    expect(ofChapter()).toEqual(['CHAPTER_EMPTY']);
    report.chapters[at]!.paragraphs = ['一是执法力量不足。'];
    expect(ofChapter()).toEqual(['SHORTCOMINGS_WITHOUT_CAUSES']);
  });

  it('nests a label’s own quotes inside the message’s quotes', () => {
    const report = filledSeed();
    report.indicators.push({
      id: 'q',
      label: '“双随机、一公开”检查企业',
      value: null,
      unit: '家',
      kind: 'count',
      notApplicable: false,
    });
    const message = validateReport(report, { today }).find((f) => f.code === 'INDICATOR_EMPTY')!.message;
    expect(message['zh-CN']).toBe('指标“‘双随机、一公开’检查企业”尚未填写（不适用时请勾选“不适用”）。');
    expect(message['zh-CN']).not.toMatch(/““|””/);
  });

  it('flags an inline list that repeats or skips a number, typed or printed, and no list that counts on', () => {
    const report = filledSeed();
    const chapter = report.chapters[1]!;
    const listFindings = (r: Report) => validateReport(r, { today }).filter((f) => f.code === 'INLINE_LIST_NUMBERING');
    expect(listFindings(report)).toEqual([]);
    // Typed in a paragraph: a repeat, then a skip.
    chapter.paragraphs = ['主要问题：一是人员不足；一是培训不够；二是经费紧张。', '另有两点：一是甲；三是乙。'];
    chapter.items = [];
    const [repeat, skip] = listFindings(report);
    expect(repeat).toMatchObject({ severity: 'warning', path: ['chapters', 1, 'paragraphs', 0] });
    expect(repeat!.message['zh-CN']).toBe('这一段里的序号重复或跳号（一是、一是、二是），请核对是否有内容重复或遗漏。');
    expect(skip!.params.numbers).toBe('一是、三是');
    // The damage issue 18 found: a typed 一是 in the lead, before the items the app numbers 一是, 二是.
    chapter.paragraphs = ['存在的不足：一是人员不足；'];
    chapter.itemLayout = 'inline';
    chapter.items = [
      { id: 'a', title: '', body: '培训不够；', subItems: [] },
      { id: 'b', title: '', body: '经费紧张。', subItems: [] },
    ];
    expect(listFindings(report).map((f) => f.params.numbers)).toEqual(['一是、一是、二是']);
    // Counting on: the app's own inline items, a list inside an item's text (after the item's own number).
    chapter.paragraphs = ['存在的不足：'];
    chapter.items.push({ id: 'c', title: '', body: '一是甲；二是乙。', subItems: [] });
    chapter.itemLayout = 'paragraphs';
    expect(listFindings(report)).toEqual([]);
  });
});
