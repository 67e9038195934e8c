// `report-desk diff` and `import --into` show the diff that follows the content: an item inserted in the leader's
// revision is one insertion, and the items after it are listed as renumbered, in Chinese and in English.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { seedPath } from '../unit/seed';
import { runInProcess } from './in-process';

let work: string;
let data: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-diff-'));
  data = path.join(work, 'data');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (args: string[], lang = 'zh-CN') => runInProcess([...args, '--data-dir', data], { REPORT_DESK_LANG: lang });

describe('report-desk diff', () => {
  it('shows an inserted item as one insertion and the later items as renumbered only', async () => {
    const id = /编号：(\S+)/.exec((await cli(['import', seedPath])).out)![1]!;
    expect((await cli(['sign-off', id, '--step', 'submit', '--name', '张三'])).code).toBe(0);
    // The leader inserts an item before 二是 and numbers the items after it anew, as a typist would.
    const sent = renderText(JSON.parse((await cli(['show', id, '--json'])).out) as Report);
    const revised = sent
      .replace('四是深入贯彻落实宣传', '五是深入贯彻落实宣传')
      .replace('三是切实加强党风廉政建设', '四是切实加强党风廉政建设')
      .replace('二是深入推进统计信用建设', '二是新增一项工作。\n三是深入推进统计信用建设');
    const file = path.join(work, 'revised.txt');
    writeFileSync(file, revised);
    const imported = await cli(['import', file, '--into', id, '--name', '王五']);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('{+二是新增一项工作。+}\n');

    const zh = (await cli(['diff', id, '1', 'current'])).out.split('\n');
    expect(zh.slice(0, 5)).toEqual([
      '【一、主要工作开展情况】',
      '{+二是新增一项工作。+}',
      '  重新编号：二是 → 三是　三是深入推进统计信用建设，全面优化营商环境。不断…',
      '  重新编号：三是 → 四是　四是切实加强党风廉政建设，做实做细廉政风险点排查…',
      '  重新编号：四是 → 五是　五是深入贯彻落实宣传《民法典》《统计法》等法律法…',
    ]);
    expect(zh.slice(5)).toEqual(['共有 1 处段落改动。', '另有 3 处段落仅编号变化（前面增删了段落）。', '']);

    const en = (await cli(['diff', id, '1', 'current'], 'en')).out.split('\n');
    expect(en.slice(2, 3)).toEqual(['  renumbered: 二是 → 三是  三是深入推进统计信用建设，全面优化营商环境。不断…']);
    expect(en.slice(5)).toEqual([
      '1 paragraph changed.',
      '3 paragraphs renumbered only (paragraphs before them were added or removed).',
      '',
    ]);
  });
});
