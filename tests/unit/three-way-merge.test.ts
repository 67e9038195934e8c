// The three-way merge of a revision: base (sent for review), theirs (the leader's text), ours (the draft since).
// Every expectation is written by hand from the small report below.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { mergeReports } from '../../core/three-way-merge';

const TEXT = `某区司法局2023年法治政府建设情况报告
一、主要工作开展情况
2023年，我局坚持依法行政，全年召开学法会议1次。
全年发放普法宣传资料86份，覆盖全区各街道。
（一）完善制度
一是修订行政执法公示制度，全面公开执法信息。
二是建立重大执法决定法制审核清单，逐件登记备案。
二、存在问题
执法人员专业能力参差不齐。
五、其他需要报告的情况
无。
`;

const base = (): Report => importOutline(TEXT, { now: '2024-01-01T00:00:00.000Z' });
const edit = (report: Report, from: string, to: string): Report =>
  JSON.parse(JSON.stringify(report).replace(from, to)) as Report;
const texts = (r: Report) => JSON.stringify({ preamble: r.preamble, chapters: r.chapters });

describe('three-way merge of a revision', () => {
  it('keeps the draft edit in chapter 五 and the leader’s 1次 → 2次 (the issue’s case)', () => {
    const sent = base();
    const ours = edit(sent, '"无。"', '"本年度无其他需要报告的情况。"');
    const theirs = edit(sent, '学法会议1次', '学法会议2次');
    const { report, conflicts } = mergeReports(sent, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(report.chapters[0]!.paragraphs[0]).toBe('2023年，我局坚持依法行政，全年召开学法会议2次。');
    expect(report.chapters[2]!.paragraphs).toEqual(['本年度无其他需要报告的情况。']);
    expect(report.chapters.map((c) => c.id)).toEqual(ours.chapters.map((c) => c.id));
  });

  it('takes a change made alike on both sides once', () => {
    const sent = base();
    const both = edit(sent, '86份', '88份');
    const { report, conflicts } = mergeReports(sent, both, edit(sent, '86份', '88份'));
    expect(conflicts).toEqual([]);
    expect(texts(report)).toBe(texts(both));
  });

  it('lists a block changed differently on both sides, with its place and both texts, and takes the side named', () => {
    const sent = base();
    const ours = edit(sent, '逐件登记备案', '逐件登记并备案');
    const theirs = edit(sent, '逐件登记备案', '按月登记备案');
    const expected = [
      {
        place: { chapter: '主要工作开展情况', section: '完善制度', item: 2, subItem: null },
        base: '建立重大执法决定法制审核清单，逐件登记备案。',
        ours: '建立重大执法决定法制审核清单，逐件登记并备案。',
        theirs: '建立重大执法决定法制审核清单，按月登记备案。',
      },
    ];
    const kept = mergeReports(sent, ours, theirs, 'ours');
    expect(kept.conflicts).toEqual(expected);
    expect(kept.report.chapters[0]!.sections[0]!.items[1]!.body).toBe('建立重大执法决定法制审核清单，逐件登记并备案。');
    const taken = mergeReports(sent, ours, theirs, 'theirs');
    expect(taken.conflicts).toEqual(expected);
    expect(taken.report.chapters[0]!.sections[0]!.items[1]!.body).toBe('建立重大执法决定法制审核清单，按月登记备案。');
  });

  it('takes the side chosen for each conflict, in the order they are listed', () => {
    const sent = base();
    const ours = edit(edit(sent, '86份', '87份'), '逐件登记备案', '逐件登记并备案');
    const theirs = edit(edit(sent, '86份', '88份'), '逐件登记备案', '按月登记备案');
    const { report, conflicts } = mergeReports(sent, ours, theirs, ['theirs', 'ours']);
    expect(conflicts.map((c) => [c.ours, c.theirs])).toEqual([
      ['全年发放普法宣传资料87份，覆盖全区各街道。', '全年发放普法宣传资料88份，覆盖全区各街道。'],
      ['建立重大执法决定法制审核清单，逐件登记并备案。', '建立重大执法决定法制审核清单，按月登记备案。'],
    ]);
    expect(report.chapters[0]!.paragraphs[1]).toBe('全年发放普法宣传资料88份，覆盖全区各街道。');
    expect(report.chapters[0]!.sections[0]!.items[1]!.body).toBe('建立重大执法决定法制审核清单，逐件登记并备案。');
  });

  it('keeps a paragraph inserted on one side and an edit on the other', () => {
    const sent = base();
    const theirs = structuredClone(sent);
    theirs.chapters[1]!.paragraphs.push('基层普法力量仍然薄弱。');
    const ours = edit(sent, '86份', '88份');
    const { report, conflicts } = mergeReports(sent, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(report.chapters[0]!.paragraphs[1]).toBe('全年发放普法宣传资料88份，覆盖全区各街道。');
    expect(report.chapters[1]!.paragraphs).toEqual(['执法人员专业能力参差不齐。', '基层普法力量仍然薄弱。']);
  });

  it('drops a block deleted on one side and unchanged on the other; deleted against edited is a conflict', () => {
    const sent = base();
    const deleted = structuredClone(sent);
    deleted.chapters[0]!.sections[0]!.items.splice(0, 1);
    const plain = mergeReports(sent, sent, deleted);
    expect(plain.conflicts).toEqual([]);
    expect(plain.report.chapters[0]!.sections[0]!.items.map((i) => i.body)).toEqual([
      '建立重大执法决定法制审核清单，逐件登记备案。',
    ]);
    const edited = edit(sent, '全面公开执法信息', '全面及时公开执法信息');
    const clash = mergeReports(sent, edited, deleted, 'ours');
    expect(clash.conflicts).toEqual([
      {
        place: { chapter: '主要工作开展情况', section: '完善制度', item: 1, subItem: null },
        base: '修订行政执法公示制度，全面公开执法信息。',
        ours: '修订行政执法公示制度，全面及时公开执法信息。',
        theirs: null,
      },
    ]);
    expect(clash.report.chapters[0]!.sections[0]!.items).toHaveLength(2);
    expect(mergeReports(sent, edited, deleted, 'theirs').report.chapters[0]!.sections[0]!.items).toHaveLength(1);
  });

  it('keeps the draft’s metadata, indicators and sign-off records', () => {
    const sent = base();
    const theirs = structuredClone(sent);
    theirs.meta.date = '2024-03-01';
    theirs.signOff.records = [];
    const ours = structuredClone(sent);
    ours.meta.date = '2024-02-01';
    const { report } = mergeReports(sent, ours, theirs);
    expect(report.meta.date).toBe('2024-02-01');
    expect(report.signOff).toEqual(ours.signOff);
  });
});
