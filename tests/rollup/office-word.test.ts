// A department's report sent as a Word 97 .doc whose headings the file numbers itself (made by LibreOffice,
// tests/docx/office_files.py): the roll-up lists it as received but not usable, with what is missing and what
// to do, and the unit is not counted as missing: 缺报 says it was received, why it is not used, and the file.
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { runRollup } from '../../electron/services/rollup/rollup';
import { hasUno, officeFiles } from '../docx/office-files';
import { seedPath } from '../unit/seed';
import { rowsOf } from './sheet-rows';

const root = mkdtempSync(path.join(os.tmpdir(), 'report-desk-rollup-office-'));
const inbox = path.join(root, 'inbox');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(!hasUno)('roll-up: a .doc numbered automatically', () => {
  const expected = ['某区司法局', '区统计局', '区财政局'];
  beforeAll(() => {
    const files = officeFiles();
    mkdirSync(inbox);
    copyFileSync(files['outline-numbered.doc'], path.join(inbox, '司法局.doc'));
    copyFileSync(seedPath, path.join(inbox, '统计局.txt'));
    writeFileSync(path.join(root, 'expected.txt'), expected.join('\n'));
  }, 120_000);

  it('is received but unusable, with the reason and its unit, and the unit is not missing', async () => {
    const result = await runRollup([inbox], { expected, today: '2024-03-01', timeZone: 'Asia/Shanghai' });
    expect(result.units.map((u) => u.unit)).toEqual(['区统计局']);
    expect(result.problems).toEqual([
      {
        file: '司法局.doc',
        category: 'unusable',
        unit: '某区司法局',
        reason: {
          key: 'rollup:reason.unusable',
          params: { code: 'IMPORT_AUTO_NUMBERING', kind: 'doc', unit: '某区司法局', year: 2023 },
        },
      },
    ]);
    expect(result.missing).toEqual(['区财政局']);
    // A roll-up of another year has received both, neither usable: another year's report is not nothing.
    const later = await runRollup([inbox], { expected, year: 2024, today: '2025-03-01', timeZone: 'Asia/Shanghai' });
    expect(later.missing).toEqual(['区财政局']);
    expect(later.absent!.map((a) => [a.unit, a.state, a.received.map((r) => r.file)])).toEqual([
      ['某区司法局', 'unusable', ['司法局.doc']],
      ['区统计局', 'unusable', ['统计局.txt']],
      ['区财政局', 'nothing', []],
    ]);
  });

  it('the workbook says so in one sentence under 问题, and 缺报 tells it from the unit that sent nothing', async () => {
    const xlsx = path.join(root, '汇总.xlsx');
    const args = ['rollup', inbox, '--xlsx', xlsx, '--expected', path.join(root, 'expected.txt'), '--year', '2023'];
    const code = await runCli(args, {
      out: () => {},
      err: () => {},
      env: {},
      progress: { isTTY: false, write: () => {} },
    });
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(rowsOf(book.getWorksheet('问题')!).slice(1)).toEqual([
      [
        '司法局.doc',
        '已收到，无法汇总',
        '已收到某区司法局2023年度的报告，但无法汇总：该文件（Word 97-2003 文档（.doc））的标题是自动编号的，而 Word 97-2003 格式中的自动编号无法读取，因此识别不出报告的各个部分。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。',
      ],
    ]);
    const absent = rowsOf(book.getWorksheet('缺报')!).slice(1);
    expect(absent.map((r) => r.slice(0, 3))).toEqual([
      [1, '某区司法局', '已收到，无法使用'],
      [2, '区财政局', '未收到'],
    ]);
    expect(absent[0]!.slice(3)).toEqual([rowsOf(book.getWorksheet('问题')!)[1]![2], '司法局.doc']);
  });
});
