import { describe, expect, it } from 'vitest';
import { renderText } from '../../core/text-render';
import { nextYearReport } from '../../core/next-year';
import { importOutline } from '../../core/outline-import';
import { findPlansChapter, planEntriesFrom } from '../../core/plan-checklist';
import { suggestLinks } from '../../core/plan-links';
import { createReportFromTemplate } from '../../core/templates';
import { validateReport } from '../../core/validation';
import { implausibleChange } from '../../core/yearly-checks';
import { readFixture, readSeed } from './seed';

const everyStyle = () => importOutline(readFixture('plans-every-style-2023.txt'));

describe('next year’s report', () => {
  it('moves the year on, clears date and sign-off, keeps the text, links back to last year', () => {
    const last = everyStyle();
    last.meta = { ...last.meta, status: 'signed-off', drafter: '张三', reviewer: '李四', approver: '王五' };
    last.signOff = {
      ...last.signOff,
      records: [
        {
          step: 'approve',
          name: '王五',
          at: '2024-02-01T08:00:00.000Z',
          opinion: '',
          version: 1,
          fingerprint: 'x',
          attribute: null,
        },
      ],
    };
    last.indicators = [
      { id: 'a', label: '抽查企业', value: 120, unit: '家次', kind: 'count', notApplicable: false },
      { id: 'b', label: '持证人员', value: null, unit: '名', kind: 'count', notApplicable: true },
    ];
    const next = nextYearReport(last, '2025-01-02T00:00:00.000Z');
    expect(next.meta).toMatchObject({
      year: 2024,
      date: null,
      status: 'draft',
      drafter: '',
      reviewer: '',
      approver: '',
      recipient: last.meta.recipient,
    });
    expect(next.signOff.records).toEqual([]);
    expect(next.previous).toEqual({ id: last.id, year: 2023 });
    expect(next.id).not.toBe(last.id);
    expect(next.chapters[2]!.title).toBe('2025年工作打算');
    expect(next.chapters[0]!.sections[0]!.paragraphs).toEqual(last.chapters[0]!.sections[0]!.paragraphs);
    expect(next.indicators.map((i) => [i.value, i.previousValue, i.notApplicable])).toEqual([
      [null, 120, false],
      [null, null, false],
    ]);
    // Last year's words are a starting draft: their year is now a warning at the paragraph.
    const stale = validateReport(next, { today: '2025-01-02' }).filter((f) => f.code === 'STALE_YEAR');
    expect(stale.map((f) => f.path.join('.'))).toContain('preamble.0');
    expect(stale.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('turns every item of last year’s plans chapter into a checklist entry, whatever its numbering', () => {
    const next = nextYearReport(everyStyle());
    expect(next.plans!.map((p) => [p.text, p.status, p.link])).toEqual([
      ['分批组织执法人员参加业务培训，全年培训不少于40学时。', null, null],
      ['推广移动执法终端，实现执法全过程记录。', null, null],
      ['开展“八五”普法中期评估。', null, null],
      ['组织宪法宣传周集中宣传活动。', null, null],
      ['修订行政执法公示办法；', null, null],
      ['完善法律顾问参与重大决策工作制度。', null, null],
      ['落实行政执法责任制，细化岗位责任。', null, null],
      ['开展行政执法案卷评查。', null, null],
      ['推进信用监管。建立企业信用分级分类监管机制。', null, null],
    ]);
    const warnings = validateReport(next, { today: '2025-01-02' }).filter((f) => f.code === 'PLAN_NOT_ADDRESSED');
    expect(warnings.map((f) => f.path)).toEqual(next.plans!.map((_, i) => ['plans', i]));
    expect(warnings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('reads the seed’s run-in sections as one plan each, and a chapter of bare paragraphs as one per paragraph', () => {
    const seedPlans = planEntriesFrom(importOutline(readSeed()));
    expect(seedPlans).toHaveLength(4);
    expect(seedPlans[0]!.text).toMatch(/^全面学习、全面把握、全面落实党的二十大精神/);

    const report = createReportFromTemplate('three-part', { organisation: '局', year: 2023 });
    const plans = report.chapters[findPlansChapter(report)]!;
    plans.sections = [];
    plans.paragraphs = ['2024年，我局将着力做好以下工作：', '加强执法培训。', '深化普法宣传。'];
    expect(planEntriesFrom(report).map((p) => p.text)).toEqual(['加强执法培训。', '深化普法宣传。']);
  });

  it('finds the plans chapter by title when no chapter says it covers plans', () => {
    const report = createReportFromTemplate('three-part', { organisation: '局', year: 2023 });
    for (const chapter of report.chapters) chapter.covers = [];
    for (const title of ['下一步工作计划', '2024年主要安排', '下一年度工作安排', '今后工作打算']) {
      report.chapters[2]!.title = title;
      expect(findPlansChapter(report)).toBe(2);
    }
  });

  it('gives an empty checklist when last year’s report has no plans chapter', () => {
    const report = createReportFromTemplate('three-part', { organisation: '局', year: 2023 });
    report.chapters = report.chapters.filter((c) => !c.covers.includes('plans'));
    const next = nextYearReport(report);
    expect(next.plans).toEqual([]);
    expect(validateReport(next).some((f) => f.code === 'PLAN_NOT_ADDRESSED')).toBe(false);
  });

  it('moves years on in the script they are written in', () => {
    const report = createReportFromTemplate('three-part', { organisation: '局', year: 2023 });
    report.meta.title = '区统计局２０２３年法治政府建设情况报告';
    report.chapters[1]!.title = '二〇二三年存在的不足';
    report.chapters[2]!.title = '二零二四年工作打算';
    const next = nextYearReport(report);
    expect(next.meta.title).toBe('区统计局２０２４年法治政府建设情况报告');
    expect(next.chapters.map((c) => c.title).slice(1)).toEqual(['二〇二四年存在的不足', '二零二五年工作打算']);
  });

  it('keeps every word of the seed but the year of the title', () => {
    const seed = importOutline(readSeed());
    const next = nextYearReport(seed);
    expect(renderText(next).replace('2024年法治', '2023年法治')).toBe(renderText(seed));
  });
});

describe('linking a plan to this year’s paragraph', () => {
  it('suggests the paragraph that reports on the plan, by shared character n-grams', () => {
    const next = nextYearReport(everyStyle());
    next.chapters[0]!.sections = [
      { ...next.chapters[0]!.sections[0]!, paragraphs: ['全年组织执法人员业务培训6期，人均培训48学时。'] },
      {
        ...next.chapters[0]!.sections[1]!,
        paragraphs: ['完成行政执法案卷评查，评查案卷60卷。推广使用移动执法终端，执法全过程记录实现全覆盖。'],
      },
      { ...next.chapters[0]!.sections[1]!, id: 's3', heading: '普法宣传。', paragraphs: ['组织宪法宣传周活动12场。'] },
    ];
    const best = (text: string) => suggestLinks(next, [text])[0]![0]?.path.join('.');
    expect(best(next.plans![0]!.text)).toBe('chapters.0.sections.0.paragraphs.0');
    expect(best(next.plans![1]!.text)).toBe('chapters.0.sections.1.paragraphs.0');
    expect(best(next.plans![3]!.text)).toBe('chapters.0.sections.2.paragraphs.0');
    // This year's own plans chapter is never offered.
    expect(suggestLinks(next, [next.plans![8]!.text])[0]!.every((c) => c.path[1] !== 2)).toBe(true);

    next.plans![0] = { ...next.plans![0]!, status: 'done', link: ['chapters', 0, 'sections', 0, 'paragraphs', 0] };
    const open = () =>
      validateReport(next)
        .filter((f) => f.code === 'PLAN_NOT_ADDRESSED')
        .map((f) => f.path[1]);
    expect(open()).not.toContain(0);
    // A link whose paragraph is gone counts as no link.
    next.chapters[0]!.sections[0]!.paragraphs = [];
    expect(open()).toContain(0);
  });

  it('prints the checklist only when the office asks for it', () => {
    const next = nextYearReport(everyStyle());
    next.plans![0]!.status = 'done';
    expect(renderText(next)).not.toContain('工作安排落实情况');
    next.style.printPlanChecklist = true;
    const text = renderText(next);
    expect(text).toContain('2024年度工作安排落实情况');
    expect(text).toContain('1.分批组织执法人员参加业务培训，全年培训不少于40学时（已完成）。');
    expect(text).toContain('2.推广移动执法终端，实现执法全过程记录（未标明）。');
  });
});

describe('figures against last year', () => {
  const change = (previousValue: number | null, value: number | null, kind: 'count' | 'percent' = 'count') =>
    implausibleChange({ previousValue, value, kind, notApplicable: false });
  it('warns on a tenfold rise, a fall to a tenth or to zero, a rise from zero, a percentage swing', () => {
    expect(change(12, 120)).toBe('up');
    expect(change(120, 12)).toBe('down');
    expect(change(5, 0)).toBe('zero');
    expect(change(0, 15)).toBe('fromZero');
    expect(change(20, 85, 'percent')).toBe('points');
  });
  it('stays quiet within a plausible range or without a figure to compare', () => {
    expect(change(12, 100)).toBeNull();
    expect(change(120, 13)).toBeNull();
    expect(change(0, 0)).toBeNull();
    expect(change(0, 3)).toBeNull();
    expect(change(null, 50)).toBeNull();
    expect(change(40, null)).toBeNull();
    expect(change(60, 95, 'percent')).toBeNull();
  });
  it('is an INDICATOR_JUMP warning at the value, never an error', () => {
    const report = createReportFromTemplate('three-part', { organisation: '局', year: 2024 });
    report.indicators[0] = { ...report.indicators[0]!, value: 40, previousValue: 2 };
    const jump = validateReport(report).filter((f) => f.code === 'INDICATOR_JUMP');
    expect(jump).toEqual([expect.objectContaining({ severity: 'warning', path: ['indicators', 0, 'value'] })]);
    expect(jump[0]!.message['zh-CN']).toContain('十倍');
  });
});
