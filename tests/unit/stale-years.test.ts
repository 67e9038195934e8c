import { describe, expect, it } from 'vitest';
import { createReportFromTemplate } from '../../core/templates';
import { findStaleYears, fixAllStaleYears, fixStaleYear, staleYearsInText } from '../../core/stale-years';
import { validateReport } from '../../core/validation';

const flagged = (text: string, year = 2024) => staleYearsInText(text, year).map((m) => text.slice(m.start, m.end));

describe('stale years', () => {
  it.each([
    ['2023年以来，区统计局全面贯彻落实……', ['2023']],
    ['2023年，我局组织学法3次。', ['2023']],
    ['现将我局2023年度法治政府建设情况报告如下：', ['2023']],
    ['二〇二三年，我局持续推进依法行政。', ['二〇二三']],
    ['二零二三年以来', ['二零二三']],
    ['二○二三年以来', ['二○二三']],
    ['２０２３年以来，全局上下……', ['２０２３']],
    ['截至2023年底，累计培训120人次。', ['2023']],
    ['2023年5月18日，联合市司法局开展宣传。', ['2023']],
    ['2022年以来持续推进，2023年全年共办理案件12件。', ['2022', '2023']],
    ['2019—2023年，我局连续五年……', ['2023']],
    ['开展“2023年度统计开放日”活动。', ['2023']],
  ])('flags %s', (text, years) => {
    expect(flagged(text)).toEqual(years);
  });

  it.each([
    '案件数比2023年增长12%。',
    '较2023年减少3件。',
    '与2023年相比，执法检查次数有所增加。',
    '同2023年相比基本持平。',
    '和2022年、2023年相比均有提高。',
    '相较于2023年，行政复议案件下降。',
    '办理量是2023年的两倍。',
    '与2023年同期持平。',
    '较上年增长5%，同比下降2个百分点。',
    '2021—2024年，我局连续四年获评先进。',
    '2021年至2024年，累计清理文件46件。',
    '2021-2025年法治政府建设规划期间',
    '2021年至今，我局持续推进。',
    '认真贯彻《法治政府建设实施纲要（2021—2025年）》。',
    '制定《2023年全区统计普法依法治理宣传工作计划》。',
    '学习2021年修订的《中华人民共和国行政处罚法》。',
    '学习《中华人民共和国行政处罚法》（2021年修订）。',
    '2023年5月印发的《关于加强统计执法的意见》明确要求。',
    '新《行政复议法》自2024年1月1日起施行。',
    '《统计法》自2010年1月1日起施行，',
    '依据市政府公告2023年第5号。',
    '2024年，我局全面落实……',
    '2025年，我局将进一步加强执法培训。',
    '上年以来，本年以来。',
    '全年共检查企业2023家次。',
  ])('does not flag %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('is a STALE_YEAR warning at the paragraph, and the fixes change exactly the mentions', () => {
    const report = createReportFromTemplate('three-part', { organisation: '区统计局', year: 2024 });
    report.preamble = ['2023年以来，区统计局比2022年更加重视法治建设。'];
    report.chapters[0]!.sections[0]!.paragraphs = ['二〇二三年，我局组织学法3次。'];
    report.chapters[0]!.sections[1]!.items = [
      { id: 'i1', title: '积极履职。', body: '2023年度制定《2023年普法计划》。', subItems: [] },
    ];
    const findings = validateReport(report, { today: '2025-01-10' }).filter((f) => f.code === 'STALE_YEAR');
    expect(findings.map((f) => [f.severity, f.path.join('.')])).toEqual([
      ['warning', 'preamble.0'],
      ['warning', 'chapters.0.sections.0.paragraphs.0'],
      ['warning', 'chapters.0.sections.1.items.0.body'],
    ]);
    expect(findings[0]!.message['zh-CN']).toContain('2023');

    const mentions = findStaleYears(report);
    const once = fixStaleYear(report, mentions[1]!);
    expect(once.chapters[0]!.sections[0]!.paragraphs[0]).toBe('二〇二四年，我局组织学法3次。');
    expect(once.preamble).toEqual(report.preamble);
    // A mention the text no longer holds changes nothing.
    expect(fixStaleYear(once, mentions[1]!)).toBe(once);

    const all = fixAllStaleYears(report);
    expect(all.preamble[0]).toBe('2024年以来，区统计局比2022年更加重视法治建设。');
    expect(all.chapters[0]!.sections[1]!.items[0]!.body).toBe('2024年度制定《2023年普法计划》。');
    expect(findStaleYears(all)).toEqual([]);
  });

  it('fixes several mentions in one paragraph, later ones first', () => {
    const report = createReportFromTemplate('three-part', { organisation: '局', year: 2024 });
    report.preamble = ['2022年以来，特别是2023年，我局二〇二三年度工作……'];
    expect(fixAllStaleYears(report).preamble[0]).toBe('2024年以来，特别是2024年，我局二〇二四年度工作……');
  });
});
