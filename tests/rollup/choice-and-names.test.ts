// The roll-up of a mixed inbox as an office receives it: packages, a .docx made by the app's exporter, texts in
// GBK and UTF-16, copies of one unit's report, another year's report and a damaged file, against a list that
// names units in their official short forms. Read back from the workbook: which copy counts and why (by
// content, whatever the files' times), names matched through the short forms or left for a person to confirm,
// totals with their coverage, and 缺报 telling nothing received from received but unusable.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { runCli } from '../../electron/cli/run';
import { renderDocx } from '../../electron/formats/docx/write-docx';
import { encodePackage } from '../../electron/formats/package/package-format';
import { departmentReport, signedHistory, signOff, YEAR } from './departments';
import { rowsOf } from './sheet-rows';

const EXPECTED = [
  '区市场监管局',
  '区司法局',
  '区财政局',
  '区教育局',
  '区人民政府办公室',
  '区民政局',
  '区水务局',
  '区审计局',
  '区科学技术局',
  '区商务局',
];

let root: string;
let book: ExcelJS.Workbook;

const report = (organisation: string, date: string, year = YEAR): Report => {
  const r = departmentReport(1, { organisation, year });
  r.meta.date = date;
  return r;
};

/** A far-future modification time: a copy the file times would wrongly prefer. */
const touchLater = (file: string) => utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'report-desk-rollup-choice-'));
  const inbox = path.join(root, 'inbox');
  mkdirSync(inbox);
  const put = (name: string, bytes: string | Uint8Array) => {
    writeFileSync(path.join(inbox, name), bytes);
    return path.join(inbox, name);
  };
  const pkg = (name: string, r: Report) => put(name, encodePackage(r, '2025-03-01T00:00:00.000Z', signedHistory(r)));

  // Named in full on its report, in short on the list; the one unit reporting 行政复议案件.
  const market = signOff(report('区市场监督管理局', '2025-02-10'), '局长甲');
  market.indicators.push({ id: 'x', label: '行政复议案件', unit: '件', kind: 'count', value: 7, notApplicable: false });
  pkg('市场监管局.rldpkg', market);
  // Three copies: signed off with its record; "signed off" without one; a later draft exported to Word.
  pkg('司法局-定稿.rldpkg', signOff(report('区司法局', '2025-01-20'), '局长乙'));
  const unrecorded = report('区司法局', '2025-02-01');
  unrecorded.meta.status = 'signed-off';
  pkg('司法局-无记录.rldpkg', unrecorded);
  touchLater(put('司法局-修改稿.docx', (await renderDocx(report('区司法局', '2025-02-20'))).bytes));
  // Two texts, neither signed off: the later 成文日期 counts, not the later file.
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], {
    input: renderText(report('区财政局', '2025-01-05')),
  });
  touchLater(put('财政局-初稿.txt', gbk));
  put('财政局-终稿.txt', Buffer.from('\ufeff' + renderText(report('区财政局', '2025-02-15')), 'utf16le'));
  // Two drafts that nothing tells apart: a question for the office. Both leave 听证会 unfilled.
  for (const [name, extra] of [
    ['教育局-1.rldpkg', '甲稿补充一段。'],
    ['教育局-2.rldpkg', '乙稿补充一段。'],
  ] as const) {
    const r = report('区教育局', '2025-02-01');
    r.preamble.push(extra);
    r.indicators.push({ id: 'h', label: '听证会', unit: '场', kind: 'count', value: null, notApplicable: false });
    pkg(name, r);
  }
  // In review (submitted as version 3, not signed off) against a text with no date: the version decides.
  const submitted = report('区商务局', '2025-02-06');
  submitted.meta.status = 'in-review';
  submitted.signOff.records.push({
    step: 'submit',
    name: '科员',
    at: '2025-02-06T02:00:00.000Z',
    opinion: '',
    version: 3,
    fingerprint: '',
    attribute: null,
  });
  pkg('商务局.rldpkg', submitted);
  const undated = report('区商务局', '2025-02-06');
  undated.meta.date = null;
  touchLater(put('商务局.txt', renderText(undated)));
  pkg('政府办.rldpkg', report('区政府办', '2025-02-03'));
  pkg('民政局-2023.rldpkg', report('区民政局', '2024-02-01', YEAR - 1));
  const whole = encodePackage(report('区水务局', '2025-02-01'), '2025-03-01T00:00:00.000Z');
  put('区水务局.rldpkg', whole.slice(0, whole.length / 2));
  pkg('科技局.rldpkg', report('朝阳区科技局', '2025-02-04'));
  pkg('档案馆.rldpkg', report('区档案馆', '2025-02-05'));

  writeFileSync(path.join(root, 'units.txt'), EXPECTED.join('\n'));
  const xlsx = path.join(root, '汇总.xlsx');
  const args = ['rollup', inbox, '--xlsx', xlsx, '--expected', path.join(root, 'units.txt'), '--year', String(YEAR)];
  const io = { out: () => {}, err: (t: string) => console.error(t), env: {} };
  expect(await runCli(args, io)).toBe(0);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const sheet = (name: string) => rowsOf(book.getWorksheet(name)!);
const problems = () => new Map(sheet('问题').map((r) => [String(r[0]), r.slice(1).map(String)]));
const summaryRow = (unit: string) => {
  const rows = sheet('汇总');
  const header = rows[0]!.map(String);
  const row = rows.find((r) => r[0] === unit)!;
  return (column: string) => row[header.indexOf(column)] ?? null;
};

describe('roll-up: the report that counts', () => {
  it('is the signed-off one with its record, whatever the files’ times, and every copy says why', () => {
    expect(summaryRow('区司法局')('文件')).toBe('司法局-定稿.rldpkg');
    expect(summaryRow('区司法局')('是否签发')).toBe('是');
    expect(summaryRow('区司法局')('重复报送')).toBe(2);
    const p = problems();
    expect(p.get('司法局-定稿.rldpkg')).toEqual(['已采用', '已采用：区司法局2024年度收到3份报告，只有此份已签发。']);
    // A unit's copies stand together under 问题, the one used first.
    const files = sheet('问题').map((r) => String(r[0]));
    const first = files.indexOf('司法局-定稿.rldpkg');
    expect(files.slice(first, first + 3).sort()).toEqual(
      ['司法局-定稿.rldpkg', '司法局-无记录.rldpkg', '司法局-修改稿.docx'].sort(),
    );
    for (const file of ['司法局-无记录.rldpkg', '司法局-修改稿.docx'])
      expect(p.get(file)).toEqual([
        '重复未采用',
        '未采用：此份未签发（没有签发记录），已采用已签发的「司法局-定稿.rldpkg」。',
      ]);
  });

  it('of two unsigned texts (GBK, UTF-16) is the one with the later 成文日期', () => {
    expect(summaryRow('区财政局')('文件')).toBe('财政局-终稿.txt');
    const p = problems();
    expect(p.get('财政局-终稿.txt')).toEqual([
      '已采用',
      '已采用：区财政局2024年度收到2份报告，此份成文日期最晚（2025-02-15）。',
    ]);
    expect(p.get('财政局-初稿.txt')).toEqual([
      '重复未采用',
      '未采用：此份成文日期为 2025-01-05，已采用成文日期较晚（2025-02-15）的「财政局-终稿.txt」。',
    ]);
  });

  it('is a question for the office when nothing tells two copies apart', () => {
    const p = problems();
    expect(p.get('教育局-1.rldpkg')![0]).toBe('待办公室确认');
    expect(p.get('教育局-1.rldpkg')![1]).toMatch(/^暂采用：区教育局2024年度收到2份报告，.*请办公室确认/);
    expect(p.get('教育局-2.rldpkg')).toEqual([
      '待办公室确认',
      '未采用：此份与「教育局-1.rldpkg」的签发情况、版本和成文日期都分不出先后，暂采用「教育局-1.rldpkg」，请办公室确认采用哪一份。',
    ]);
  });

  it('of two unsigned copies is the later version, before a text that has no date', () => {
    expect(summaryRow('区商务局')('文件')).toBe('商务局.rldpkg');
    const p = problems();
    expect(p.get('商务局.rldpkg')).toEqual(['已采用', '已采用：区商务局2024年度收到2份报告，此份版本最新（第3版）。']);
    expect(p.get('商务局.txt')).toEqual([
      '重复未采用',
      '未采用：此份没有签发流程的版本记录，已采用第3版的「商务局.rldpkg」。',
    ]);
  });
});

describe('roll-up: unit names', () => {
  it('matches the official short forms, leaves a close name to a person and marks a unit not on the list', () => {
    expect(summaryRow('区市场监督管理局')('名单核对')).toBe('名单内');
    expect(summaryRow('区政府办')('名单核对')).toBe('名单内');
    expect(summaryRow('朝阳区科技局')('名单核对')).toBe('待确认：可能是名单上的「区科学技术局」');
    expect(summaryRow('区档案馆')('名单核对')).toBe('不在名单上');
    // Listed in the list's order, the units not on it last.
    expect(
      sheet('汇总')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([
      '区市场监督管理局',
      '区司法局',
      '区财政局',
      '区教育局',
      '区政府办',
      '区商务局',
      '朝阳区科技局',
      '区档案馆',
    ]);
  });
});

describe('roll-up: totals say their coverage', () => {
  const column = (label: string) => {
    const rows = sheet('指标');
    const c = rows[0]!.map(String).indexOf(label);
    expect(c, label).toBeGreaterThan(0);
    return { total: rows.at(-3)![c] ?? null, coverage: rows.at(-2)![c], without: rows.at(-1)![c] ?? null };
  };
  const units = (cell: unknown) => String(cell).split('、').sort();

  it('sums what was reported, says over how many of the units, and lists the others', () => {
    const review = column('行政复议案件（件）');
    expect((review.total as { result: number }).result).toBe(7);
    // 8 units reported, 4 expected ones did not (usably): 12 in all.
    expect(review.coverage).toBe('12个单位中1个有数');
    expect(units(review.without)).toEqual(
      [
        '区司法局',
        '区财政局',
        '区教育局',
        '区政府办',
        '区商务局',
        '朝阳区科技局',
        '区档案馆',
        '区民政局',
        '区水务局',
        '区审计局',
        '区科学技术局',
      ].sort(),
    );
  });

  it('leaves a total blank, not 0, where no unit gave a value', () => {
    const hearings = column('听证会（场）');
    expect(hearings.total).toBeNull();
    expect(hearings.coverage).toBe('12个单位中0个有数');
    expect(units(hearings.without)).toHaveLength(12);
  });
});

describe('roll-up: 缺报', () => {
  it('tells nothing received from received but unusable, with the reason and the file', () => {
    const rows = sheet('缺报');
    expect(rows[0]).toEqual(['#', '应报单位', '情况', '原因', '文件']);
    const byUnit = new Map(rows.slice(1).map((r) => [String(r[1]), r.slice(2).map(String)]));
    expect([...byUnit.keys()]).toEqual(['区民政局', '区水务局', '区审计局', '区科学技术局']);
    expect(byUnit.get('区民政局')).toEqual([
      '已收到，无法使用',
      '这是2023年度的报告，本次汇总的是2024年度。',
      '民政局-2023.rldpkg',
    ]);
    expect(byUnit.get('区水务局')).toEqual([
      '已收到，无法使用',
      '该文件不是有效的报告包（内容不完整或已损坏）。',
      '区水务局.rldpkg',
    ]);
    expect(byUnit.get('区审计局')).toEqual(['未收到']);
    expect(byUnit.get('区科学技术局')).toEqual([
      '可能已报送，待确认',
      '收到名称相近的「朝阳区科技局」的报告，可能就是本单位，请确认。',
      '科技局.rldpkg',
    ]);
  });
});
