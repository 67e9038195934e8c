// The district roll-up end to end: 60 generated departments (packages, UTF-16 texts, duplicates, damaged and
// hostile files, an expected-units list) through `report-desk rollup`, the workbook read back with exceljs.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { displayWidth } from '../../electron/formats/workbook/workbook';
import { encodePackage } from '../../electron/formats/package/package-format';
import { departmentReport, unitName, writeInbox, YEAR, type Inbox } from './departments';
import { rowsOf } from './sheet-rows';

const DEPARTMENTS = 60;
/** The chart summary, written beside the workbook when --summary-pdf names no other place. */
const SUMMARY = '汇总（图表摘要）.pdf';
let root: string;
let inbox: Inbox;
let book: ExcelJS.Workbook;
let out: { code: number; stdout: string[]; stderr: string[]; progress: string[] };

/** Every path under dir with its size and modification time: what a read-only run must leave as it was. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      let stamp = 'unreadable';
      try {
        const s = statSync(full);
        stamp = `${s.size}:${s.mtimeMs}`;
      } catch {
        // the broken link: kept as it is
      }
      return `${path.relative(dir, full)} ${stamp}`;
    })
    .sort();
}

const cellValue = (v: ExcelJS.CellValue) =>
  v !== null && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'report-desk-rollup-'));
  const dir = path.join(root, 'inbox');
  mkdirSync(dir);
  inbox = writeInbox(dir, DEPARTMENTS);
  const before = snapshot(root);
  const result = { code: 0, stdout: [] as string[], stderr: [] as string[], progress: [] as string[] };
  result.code = await runCli(
    ['rollup', dir, '--xlsx', path.join(root, '汇总.xlsx'), '--expected', inbox.expectedFile, '--year', String(YEAR)],
    {
      out: (t) => result.stdout.push(t),
      err: (t) => result.stderr.push(t),
      env: {},
      progress: { isTTY: false, write: (t) => result.progress.push(t) },
    },
  );
  out = result;
  expect(snapshot(root).filter((l) => !l.startsWith('汇总.xlsx') && !l.startsWith(SUMMARY))).toEqual(before);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(root, '汇总.xlsx'));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('report-desk rollup', () => {
  it('runs through every bad file, reports progress as plain lines and writes nothing else', () => {
    expect(out.code).toBe(0);
    expect(out.stderr).toEqual([]);
    expect(out.stdout.join('\n')).toMatch(/已写出汇总表/);
    expect(out.stdout.at(-1)).toBe(`已写出图表摘要 → ${path.join(root, SUMMARY)}`);
    // About one line per tenth of the files, never one per file.
    expect(out.progress.length).toBeGreaterThanOrEqual(9);
    expect(out.progress.length).toBeLessThanOrEqual(11);
    expect(out.progress.at(-1)).toMatch(/已读取 (\d+) \/ \1\n$/);
  });

  it('has the four sheets, header rows frozen and bold, columns as wide as their text', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '指标', '缺报', '问题']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      sheet.columns.forEach((column, i) => {
        const header = String(sheet.getRow(1).getCell(i + 1).value ?? '');
        expect(column.width).toBeGreaterThanOrEqual(Math.min(60, displayWidth(header)));
      });
    }
    const unitColumn = book.getWorksheet('汇总')!.getColumn(1);
    expect(unitColumn.width).toBeGreaterThanOrEqual(displayWidth('第10区文旅局'));
  });

  it('summarises one row per unit: status, sign-off, coverage, numbers as numbers, duplicates counted', () => {
    const rows = rowsOf(book.getWorksheet('汇总')!);
    const header = rows[0]!.map(String);
    expect(header.slice(0, 9)).toEqual([
      '单位',
      '标题',
      '年度',
      '状态',
      '是否签发',
      '签发人',
      '文本指纹',
      '页数（估算）',
      '字数',
    ]);
    const col = (name: string) => header.indexOf(name);
    const body = rows.slice(1);
    expect(body).toHaveLength(DEPARTMENTS);
    expect(body.map((r) => r[0])).toEqual(inbox.reported);
    const first = body[0]!;
    expect(first[col('状态')]).toBe('已签发');
    expect(first[col('是否签发')]).toBe('是');
    expect(first[col('签发人')]).toBe('局长0');
    expect(first[col('重复报送')]).toBe(2);
    expect(first[col('文件')]).toBe(path.join('收件', '第1区统计局.rldpkg'));
    const third = body[2]!;
    expect(third[col('文件')]).toBe('第3区财政局-定稿.rldpkg');
    expect(third[col('是否签发')]).toBe('是');
    const second = body[1]!;
    expect(second[col('是否签发')]).toBe('否');
    expect(second[col('签发人')] ?? null).toBeNull();
    for (const r of body) {
      expect(typeof r[col('年度')]).toBe('number');
      expect(typeof r[col('页数（估算）')]).toBe('number');
      expect(r[col('字数')]).toBeGreaterThan(300);
      expect(typeof r[col('检查问题数')]).toBe('number');
      expect(r[col('主要举措和成效')]).toBe('✓');
      expect(r[col('按期报送')]).toBe('是');
      expect(String(r[col('文本指纹')])).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    }
    const text = body.find((r) => r[0] === inbox.textUnit)!;
    expect(String(text[col('文件')])).toMatch(/\.txt$/);
    expect(text[col('状态')]).toBe('草稿');
  });

  it('adds up the indicators by key, gives an indicator only some report its own column, and warns', () => {
    const sheet = book.getWorksheet('指标')!;
    const rows = rowsOf(sheet);
    const header = rows[0]!.map(String);
    // The total, then its coverage and the units without a value.
    const total = rows.at(-3)!;
    expect(total[0]).toBe('合计');
    expect(rows).toHaveLength(DEPARTMENTS + 4);
    const labels: Record<string, string> = {
      'law-study-meetings': '法律专题学习会议（次）',
      'random-inspections': '“双随机、一公开”检查企业（家）',
      'source-data-checked': '源头数据核查企业（家）',
      'self-corrected': '其中自纠企业（家）',
      'certified-staff': '持统计执法证人员（名）',
    };
    for (const [key, label] of Object.entries(labels)) {
      const c = header.indexOf(label);
      expect(c, label).toBeGreaterThan(0);
      expect(cellValue(total[c]!)).toBe(inbox.totals[key]);
      const sum = rows.slice(1, -3).reduce<number>((s, r) => s + (typeof r[c] === 'number' ? (r[c] as number) : 0), 0);
      expect(sum).toBe(inbox.totals[key]);
      // The total stays a live formula over the column.
      expect((total[c] as { formula?: string }).formula).toMatch(/^SUM\([A-Z]+2:[A-Z]+61\)$/);
    }
    const extra = header.indexOf('行政复议案件（件）');
    expect(extra).toBeGreaterThan(0);
    for (const r of rows.slice(1, -3)) {
      const reports = inbox.reviewCases.units.includes(String(r[0]));
      expect(typeof r[extra] === 'number', String(r[0])).toBe(reports);
      if (!reports) expect(r[extra] ?? null).toBeNull();
    }
    expect(cellValue(total[extra]!)).toBe(inbox.reviewCases.total);

    const warnings = header.indexOf('提示');
    const exceeding = rows.find((r) => r[0] === inbox.partExceedsWhole)!;
    expect(String(exceeding[warnings])).toMatch(/「其中自纠企业」\d+ 大于「源头数据核查企业」\d+/);
    const selfCorrected = header.indexOf('其中自纠企业（家）');
    const flaggedCell = sheet.getRow(rows.indexOf(exceeding) + 1).getCell(selfCorrected + 1);
    expect(flaggedCell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const empty = rows.find((r) => r[0] === unitName(7))!;
    expect(String(empty[warnings])).toBe('未填：持统计执法证人员');
    expect(empty[header.indexOf('持统计执法证人员（名）')] ?? null).toBeNull();
  });

  it('lists the expected units that sent nothing, matched whatever their width and spacing', () => {
    const rows = rowsOf(book.getWorksheet('缺报')!);
    expect(rows[0]).toEqual(['#', '应报单位', '情况', '原因', '文件']);
    expect(rows.slice(1)).toEqual(inbox.missing.map((name, i) => [i + 1, name, '未收到']));
  });

  it('lists every refused file with one sentence, the duplicates not used and the other year', () => {
    const rows = rowsOf(book.getWorksheet('问题')!);
    expect(rows[0]).toEqual(['文件', '类别', '原因']);
    const byFile = new Map(rows.slice(1).map((r) => [String(r[0]), r]));
    for (const file of inbox.refused) {
      const row = byFile.get(file);
      expect(row, file).toBeDefined();
      expect(row![1]).toBe('无法汇总');
      // One sentence in Chinese, no stack, no raw English.
      expect(String(row![2])).toMatch(/^[^\n]*[。\u4e00-\u9fff]/);
      expect(String(row![2])).not.toMatch(/Error|at \S+ \(|undefined/);
    }
    expect(byFile.get('巨大.rldpkg')![2]).toMatch(/太大/);
    expect(byFile.get('原型污染.rldpkg')![2]).toMatch(/__proto__/);
    expect(byFile.get('文件夹.rldpkg')![2]).toBe('这是一个文件夹，不是报告文件。');
    // Each copy of a unit sent twice says why it was or was not used, by content, never by the file's time.
    for (const [unused, used, why] of inbox.duplicates) {
      const row = byFile.get(unused);
      expect(row, unused).toBeDefined();
      expect(row![1]).toBe('重复未采用');
      expect(String(row![2])).toMatch(why);
      expect(String(row![2])).toContain(`「${used}」`);
    }
    const chosen = [...new Set(inbox.duplicates.map(([, used]) => used))];
    for (const used of chosen) expect(byFile.get(used)!.slice(1, 2)).toEqual(['已采用']);
    expect(byFile.get('第3区财政局-定稿.rldpkg')![2]).toBe('已采用：第3区财政局2024年度收到2份报告，只有此份已签发。');
    expect(byFile.get('上年度.rldpkg')!.slice(1)).toEqual(['年度不符', '这是2023年度的报告，本次汇总的是2024年度。']);
    expect(rows).toHaveLength(1 + inbox.refused.length + inbox.duplicates.length + chosen.length + 1);
  });
});

describe('the chart summary beside the workbook', () => {
  it('counts the units by status, names the missing ones and says how many gave each indicator', () => {
    const text = execFileSync('pdftotext', [path.join(root, SUMMARY), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(`${YEAR}年度法治政府建设情况报告汇总`);
    expect(text).toContain(`按期报送：${DEPARTMENTS}个；逾期报送：0个；日期不详：0个；`);
    const missing = inbox.missing.map((name) => name.replace(/\s+/g, ''));
    expect(text).toContain(`缺报：${missing.length}个（${missing.join('、')}）`);
    // Every package keeps the statistics set (one left its last figure empty); the six texts give none of it.
    const packages = DEPARTMENTS - DEPARTMENTS / 10;
    expect(text).toContain(`指标填报：法律专题学习会议${packages}/${DEPARTMENTS}、`);
    expect(text).toContain(`持统计执法证人员${packages - 1}/${DEPARTMENTS}`);
    expect(text).toContain(`${packages}/${DEPARTMENTS}个单位填报，画出最大的20`);
  });
});

describe('report-desk rollup, usage', () => {
  it('needs --xlsx and at least one folder or file', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => err.push(t), env: {} };
    expect(await runCli(['rollup', '--xlsx', path.join(os.tmpdir(), 'x.xlsx')], io)).toBe(2);
    expect(await runCli(['rollup', os.tmpdir()], io)).toBe(2);
    expect(err).toEqual([
      '参数个数不对。运行 report-desk rollup --help 查看用法。',
      '缺少 --xlsx。运行 report-desk rollup --help 查看用法。',
    ]);
  });

  it('writes the summary where --summary-pdf says, and replaces none beside the workbook without --force', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-rollup-summary-'));
    try {
      mkdirSync(path.join(dir, 'inbox'));
      for (const i of [0, 1])
        writeFileSync(
          path.join(dir, 'inbox', `${i}.rldpkg`),
          encodePackage(departmentReport(i), '2025-02-20T08:00:00Z'),
        );
      const err: string[] = [];
      const io = { out: () => undefined, err: (t: string) => err.push(t), env: {} };
      const rollup = (...more: string[]) =>
        runCli(['rollup', path.join(dir, 'inbox'), '--xlsx', path.join(dir, 'a.xlsx'), ...more], io);
      expect(await rollup('--summary-pdf', path.join(dir, '会议.pdf'))).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'inbox', '会议.pdf']);
      writeFileSync(path.join(dir, 'a（图表摘要）.pdf'), 'kept');
      rmSync(path.join(dir, 'a.xlsx'));
      expect(await rollup()).toBe(2);
      expect(err).toEqual([`「${path.join(dir, 'a（图表摘要）.pdf')}」已存在；要覆盖它，请加上 --force 重新运行。`]);
      expect(existsSync(path.join(dir, 'a.xlsx'))).toBe(false);
      expect(await rollup('--force')).toBe(0);
      expect(statSync(path.join(dir, 'a（图表摘要）.pdf')).size).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so in one line when the folder holds nothing', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'report-desk-rollup-empty-'));
    try {
      const err: string[] = [];
      const io = { out: () => undefined, err: (t: string) => err.push(t), env: {} };
      expect(await runCli(['rollup', empty, '--xlsx', path.join(empty, 'out.xlsx')], io)).toBe(2);
      expect(err).toEqual([`在所选位置没有找到任何文件：${empty}`]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
