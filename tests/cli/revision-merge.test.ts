// `import <file> --into <id>` merges the leader's revised text with what the draft changed since it was sent for
// review: edits on one side are kept, the preview says how many and where, and a conflict is listed and refused
// unless --take says which side wins. In-process; every expected text is written by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { seedPath } from '../unit/seed';
import { runInProcess } from './in-process';

const TEXT = `某区司法局2023年法治政府建设情况报告
一、主要工作开展情况
2023年，我局坚持依法行政，全年召开学法会议1次。
全年发放普法宣传资料86份，覆盖全区各街道。
二、存在问题
执法人员专业能力参差不齐。
五、其他需要报告的情况
无。
`;

let work: string;
let data: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-merge-'));
  data = path.join(work, 'data');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (name: string) => path.join(work, name);
const cli = (args: string[], lang = 'zh-CN') => runInProcess([...args, '--data-dir', data], { REPORT_DESK_LANG: lang });
const stored = async (id: string): Promise<Report> => JSON.parse((await cli(['show', id, '--json'])).out) as Report;
const paragraphs = (r: Report) => r.chapters.map((c) => c.paragraphs);

describe('import --into merges the revision with the draft', () => {
  it('keeps both sides’ edits, lists a conflict and refuses it unless --take names the side', async () => {
    writeFileSync(file('report.txt'), TEXT);
    const id = /编号：(\S+)/.exec((await cli(['import', file('report.txt')])).out)![1]!;
    expect((await cli(['sign-off', id, '--step', 'submit', '--name', '张三'])).code).toBe(0);
    const sent = renderText(await stored(id));

    // The draft changes after sending: 86份 → 88份 and chapter 五 (here by a first revision).
    writeFileSync(file('first.txt'), sent.replace('86份', '88份').replace('无。', '本年度无其他需要报告的情况。'));
    expect((await cli(['import', file('first.txt'), '--into', id, '--name', '王五'])).code).toBe(0);

    // The leader's file, made from the version sent, changes only 1次 → 2次: 86份 is not put back over 88份.
    writeFileSync(file('leader.txt'), sent.replace('会议1次', '会议2次'));
    const merged = await cli(['import', file('leader.txt'), '--into', id, '--name', '王五']);
    expect(merged.code).toBe(0);
    // 88份 is one paragraph changed; 无。 is unlike its new text, so one removed and one added (五 prints as 三).
    expect(merged.out).toContain(
      '送出后草稿另改了 3 处段落，在：一、主要工作开展情况、三、其他需要报告的情况；合并时一并保留。',
    );
    expect(paragraphs(await stored(id))).toEqual([
      ['2023年，我局坚持依法行政，全年召开学法会议2次。', '全年发放普法宣传资料88份，覆盖全区各街道。'],
      ['执法人员专业能力参差不齐。'],
      ['本年度无其他需要报告的情况。'],
    ]);

    // Another file from the version sent says 87份 where the draft says 88份: a conflict.
    writeFileSync(file('other.txt'), sent.replace('86份', '87份'));
    const refused = await cli(['import', file('other.txt'), '--into', id, '--name', '王五']);
    expect(refused.code).toBe(2);
    expect(refused.err.trimEnd().split('\n')).toEqual([
      expect.stringContaining(
        '有 1 处冲突尚未决定，未导入：请加上 --take theirs（采用修改稿）或 --take ours（保留草稿）。',
      ),
    ]);
    expect(refused.out).toContain(
      [
        '修改稿与草稿在 1 处改得不同（冲突）：',
        '1. 主要工作开展情况',
        '   送出时：全年发放普法宣传资料86份，覆盖全区各街道。',
        '   草稿：全年发放普法宣传资料88份，覆盖全区各街道。',
        '   修改稿：全年发放普法宣传资料87份，覆盖全区各街道。',
      ].join('\n'),
    );
    expect(paragraphs(await stored(id))[0]![1]).toBe('全年发放普法宣传资料88份，覆盖全区各街道。');

    const ours = await cli(['import', file('other.txt'), '--into', id, '--name', '王五', '--take', 'ours']);
    expect(ours.out).toContain('冲突处一律采用草稿。');
    expect(paragraphs(await stored(id))[0]).toEqual([
      '2023年，我局坚持依法行政，全年召开学法会议2次。',
      '全年发放普法宣传资料88份，覆盖全区各街道。',
    ]);
    const theirs = await cli(['import', file('other.txt'), '--into', id, '--name', '王五', '--take', 'theirs'], 'en');
    expect(theirs.out).toContain('Every conflict takes the revision.');
    expect(paragraphs(await stored(id))[0]).toEqual([
      '2023年，我局坚持依法行政，全年召开学法会议2次。',
      '全年发放普法宣传资料87份，覆盖全区各街道。',
    ]);
    const bad = await cli(['import', file('other.txt'), '--into', id, '--name', '王五', '--take', 'mine']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--take 只能是 theirs 或 ours，不能是「mine」。');
  });

  it('shows a Word file’s notices, what it offers beyond the body and its comment; takes them only when told', async () => {
    const leaderDocx = path.join(import.meta.dirname, '../fixtures/leader-revision-2023.docx');
    const importSeed = async () => {
      const id = /编号：(\S+)/.exec((await cli(['import', seedPath])).out)![1]!;
      expect((await cli(['sign-off', id, '--step', 'submit', '--name', '张三'])).code).toBe(0);
      return id;
    };
    const offered = [
      '修改稿的落款单位为「区统计局」，草稿为「（无）」：未采用（加 --take-metadata 采用）。',
      '修改稿的成文日期为「2024年1月8日」，草稿为「（无）」：未采用（加 --take-metadata 采用）。',
      '正文中“源头数据核查企业”为 290家，指标为 285家：指标未改（加 --take-indicators 采用正文数值）。',
      '批注（张局长）：请核实采纳率数据来源。（作为审阅意见记入新版本）',
    ];
    const plain = await importSeed();
    const kept = await cli(['import', leaderDocx, '--into', plain, '--name', '王五']);
    expect(kept.code).toBe(0);
    expect(kept.err).toMatch(/注意：.*修订.*张局长/);
    expect(kept.err).toMatch(/注意：.*批注.*张局长/);
    for (const line of offered) expect(kept.out).toContain(line);
    const untouched = await stored(plain);
    expect(untouched.meta).toMatchObject({ signatureUnit: null, date: null });
    expect(untouched.indicators.find((i) => i.label === '源头数据核查企业')!.value).toBe(285);
    expect((await cli(['versions', plain])).out).toContain('\t批注（张局长）：请核实采纳率数据来源。');

    const taking = await importSeed();
    const taken = await cli([
      'import',
      leaderDocx,
      '--into',
      taking,
      '--name',
      '王五',
      '--take-metadata',
      '--take-indicators',
    ]);
    expect(taken.out).toContain('采用修改稿的成文日期「2024年1月8日」（草稿原为「（无）」）。');
    expect(taken.out).toContain('指标“源头数据核查企业”采用正文数值 290家（原为 285家）。');
    const report = await stored(taking);
    expect(report.meta).toMatchObject({ signatureUnit: '区统计局', date: '2024-01-08' });
    expect(report.indicators.find((i) => i.label === '源头数据核查企业')!.value).toBe(290);
  });
});
