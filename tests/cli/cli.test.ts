// The built `report-desk` command, run as a person runs it: a child process on temp folders.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../core/model';
import { createReportFromTemplate } from '../../core/templates';
import { normaliseForComparison } from '../../core/text-render';
import { encodePackage } from '../../electron/store/package-format';
import { ReportStore } from '../../electron/store/store';
import { textLines } from '../pdf/pdf-inspect';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedFile = path.resolve(repoRoot, '../shared/fixtures/seed-report-2023.txt');
const bin = path.join(repoRoot, 'bin', 'report-desk.mjs');
let work: string;

beforeAll(() => {
  const built = spawnSync(process.execPath, [path.join(repoRoot, 'build/scripts/build-node.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const { REPORT_DESK_LANG: _ignored, ...base } = process.env;
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A failure is one line on stderr, prefixed with the command's name, and never a stack trace. */
function expectOneLineError(r: ReturnType<typeof cli>, text: string | RegExp) {
  expect(r.code).toBe(2);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/^report-desk: /);
  expect(r.err).toMatch(text);
  expect(r.err).not.toMatch(/\n\s+at |Error:/);
}

const file = (name: string) => path.join(work, name);

function writeReport(name: string, report: unknown): string {
  writeFileSync(file(name), JSON.stringify(report));
  return file(name);
}

// Each run is a whole Node process; on a busy two-core machine a test of a dozen runs needs time.
describe('report-desk', { timeout: 180_000 }, () => {
  it('prints help for itself and every command, in Chinese by default and in English', () => {
    const main = cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.out).toContain('用法：report-desk <命令>');
    expect(main.out).toContain('Rule-of-Law Report Desk');
    expect(cli(['--help', '--lang', 'en']).out).toContain('Usage: report-desk <command>');
    for (const command of [
      'import',
      'text',
      'validate',
      'export',
      'list',
      'show',
      'import-package',
      'export-package',
    ]) {
      const zh = cli([command, '--help']);
      expect(zh.code, command).toBe(0);
      expect(zh.out).toContain(`用法：report-desk ${command}`);
      const en = cli([command, '--help'], { REPORT_DESK_LANG: 'en' });
      expect(en.out).toContain(`Usage: report-desk ${command}`);
    }
  });

  it('imports the seed report, and renders it back to the same text', () => {
    const r = cli(['import', seedFile, '--out', 'seed.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('区统计局2023年法治政府建设情况报告');
    const report = reportSchema.parse(JSON.parse(readFileSync(file('seed.json'), 'utf8')));
    expect(report.chapters.length).toBeGreaterThanOrEqual(3);
    const text = cli(['text', 'seed.json']);
    expect(text.code).toBe(0);
    expect(normaliseForComparison(text.out)).toBe(normaliseForComparison(readFileSync(seedFile, 'utf8')));
  });

  it('validates: exit 0 with warnings only, exit 1 with errors, JSON on request, messages in the chosen language', () => {
    cli(['import', seedFile, '--out', 'seed.json']);
    const ok = cli(['validate', 'seed.json']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('警告');

    const empty = writeReport(
      'empty.json',
      createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2023 }),
    );
    const bad = cli(['validate', empty]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/错误 \S+ \[chapters\.\d+/);
    const json = cli(['validate', empty, '--json', '--lang', 'en']);
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.out) as { severity: string; message: { en: string } }[];
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    const en = cli(['validate', empty, '--lang=en']);
    expect(en.out).toMatch(/^error /m);
    expect(en.out).not.toMatch(/错误|警告|共 \d+ 个/);
  });

  it('works on a data folder: import-package, list, show, export-package', async () => {
    const dataDir = file('data');
    const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2022 });
    writeFileSync(file('in.rldpkg'), encodePackage(report, new Date().toISOString()));

    const imported = cli(['import-package', 'in.rldpkg', '--data-dir', dataDir]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(report.id);

    const list = cli(['list', '--data-dir', dataDir]);
    expect(list.code).toBe(0);
    expect(list.out.trim().split('\t')).toEqual([
      report.id,
      '2022',
      '草稿',
      expect.stringMatching(/^2023-03-01前报送 · (已逾期 \d+ 天|还有 \d+ 天|尚早)$/),
      expect.any(String),
      '某区司法局2022年法治政府建设情况报告',
    ]);

    const show = cli(['show', report.id, '--data-dir', dataDir]);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.out)).toEqual(report);

    const exported = cli(['export-package', report.id, '--out', 'out.rldpkg', '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(file('out.rldpkg'), 'utf8'))).toMatchObject({
      format: 'report-desk-package',
      report: { id: report.id },
    });

    // Importing the same package again gives a second report under a fresh id.
    expect(cli(['import-package', 'out.rldpkg', '--data-dir', dataDir]).code).toBe(0);
    expect(cli(['list', '--data-dir', dataDir]).out.trim().split('\n')).toHaveLength(2);
  });

  it('refuses a hostile package with one line and leaves the data folder as it was', () => {
    const dataDir = file('data-hostile');
    writeFileSync(file('deep.rldpkg'), '['.repeat(10_000) + ']'.repeat(10_000));
    expectOneLineError(cli(['import-package', 'deep.rldpkg', '--data-dir', dataDir]), '嵌套过深');
    writeFileSync(file('proto.rldpkg'), '{"format":"report-desk-package","formatVersion":1,"report":{"__proto__":{}}}');
    expectOneLineError(
      cli(['import-package', 'proto.rldpkg', '--data-dir', dataDir, '--lang', 'en']),
      'unsafe content (__proto__)',
    );
    expect(cli(['list', '--data-dir', dataDir]).out).toContain('还没有报告');
  });

  it('reads beside a running app, but refuses to change its folder (DATA_FOLDER_LOCKED)', async () => {
    const dataDir = file('data-locked');
    const store = await ReportStore.open(dataDir);
    const report = await store.create(
      createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2021 }),
    );
    try {
      const list = cli(['list', '--data-dir', dataDir]);
      expect(list.code).toBe(0);
      expect(list.out).toContain(report.id);
      expect(JSON.parse(cli(['show', report.id, '--data-dir', dataDir]).out).id).toBe(report.id);
      writeFileSync(file('locked.rldpkg'), encodePackage(report, new Date().toISOString()));
      expectOneLineError(cli(['import-package', 'locked.rldpkg', '--data-dir', dataDir]), `进程 ${process.pid}`);
    } finally {
      await store.close();
    }
    expect(cli(['import-package', 'locked.rldpkg', '--data-dir', dataDir]).code).toBe(0);
  });

  it('reports usage mistakes and failures as one line with exit code 2', () => {
    expectOneLineError(cli([]), '缺少命令');
    expectOneLineError(cli(['frobnicate']), '未知命令「frobnicate」');
    expectOneLineError(cli(['text']), '参数个数不对');
    expectOneLineError(cli(['import', seedFile]), '缺少 --out');
    expectOneLineError(cli(['import', seedFile, '--out']), '--out 后面缺少值');
    expectOneLineError(cli(['text', 'seed.json', '--frob']), '未知选项 --frob');
    expectOneLineError(cli(['text', 'missing.json'], { REPORT_DESK_LANG: 'en' }), 'Could not read the file');
    expectOneLineError(cli(['text', 'x.json', '--lang', 'fr']), '不支持的语言「fr」');
    writeFileSync(file('broken.json'), '{"schemaVersion":1,');
    expectOneLineError(cli(['text', 'broken.json']), '报告内容不符合格式要求');
    writeFileSync(file('future.json'), JSON.stringify({ schemaVersion: 99 }));
    expectOneLineError(cli(['validate', 'future.json']), '格式版本 99');
    expectOneLineError(cli(['show', 'no-such-id', '--data-dir', file('data-empty')]), 'no-such-id');
    expectOneLineError(cli(['export', '--pdf', 'x.pdf']), '请给出报告文件');
  });

  it('exports the seed as a PDF, from a report file and from the data folder', () => {
    cli(['import', seedFile, '--out', 'seed.json']);
    const fromFile = cli(['export', 'seed.json', '--pdf', 'seed.pdf', '--draft']);
    expect(fromFile.code, fromFile.err).toBe(0);
    expect(readFileSync(file('seed.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const dataDir = file('data-pdf');
    const report = reportSchema.parse(JSON.parse(readFileSync(file('seed.json'), 'utf8')));
    writeFileSync(file('seed.rldpkg'), encodePackage(report, new Date().toISOString()));
    cli(['import-package', 'seed.rldpkg', '--data-dir', dataDir]);
    const fromStore = cli(['export', '--data-dir', dataDir, '--id', report.id, '--pdf', 'stored.pdf', '--lang', 'en']);
    expect(fromStore.code, fromStore.err).toBe(0);
    expect(fromStore.out).toContain('Exported the PDF');
    expect(existsSync(file('stored.pdf'))).toBe(true);
  });

  it('imports outline texts saved as GBK or UTF-16 as well as UTF-8, never as mojibake', () => {
    const outline =
      '某区司法局2023年法治政府建设情况报告\n一、主要工作开展情况\n2023年，我局坚持依法行政，全年召开学法会议1次。\n';
    // "ANSI" Notepad on a Chinese Windows: GBK bytes (checked here against the text they stand for).
    const gbk = Buffer.from(
      'c4b3c7f8cbbeb7a8bed632303233c4eab7a8d6ced5feb8aebda8c9e8c7e9bff6b1a8b8e60ad2bba1a2d6f7d2aab9a4d7f7bfaad5b9c7e9bff60a32303233c4eaa3acced2bed6bce1b3d6d2c0b7a8d0d0d5fea3acc8abc4ead5d9bfaad1a7b7a8bbe1d2e931b4cea1a30a',
      'hex',
    );
    expect(new TextDecoder('gb18030').decode(gbk)).toBe(outline);
    writeFileSync(file('gbk.txt'), gbk);
    writeFileSync(file('utf16.txt'), Buffer.from('\ufeff' + outline, 'utf16le'));
    for (const name of ['gbk.txt', 'utf16.txt']) {
      const r = cli(['import', name, '--out', `${name}.json`]);
      expect(r.code, r.err).toBe(0);
      const report = reportSchema.parse(JSON.parse(readFileSync(file(`${name}.json`), 'utf8')));
      expect(report.meta.organisation, name).toBe('某区司法局');
      expect(report.chapters[0]!.title).toBe('主要工作开展情况');
    }
  });

  it('tells a package from a report file, and words format errors without English from the schema library', () => {
    const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2022 });
    writeFileSync(file('given.rldpkg'), encodePackage(report, new Date().toISOString()));
    expectOneLineError(cli(['validate', 'given.rldpkg']), '「given.rldpkg」是报告包，不是报告文件');
    writeReport('not-a-report.json', { hello: 'world' });
    const zh = cli(['validate', 'not-a-report.json']);
    expectOneLineError(zh, /报告内容不符合格式要求（[\w.—]+）：/);
    expect(zh.err).not.toMatch(/Invalid|expected|received/i);
  });

  it('takes the common options before the command too', () => {
    const dataDir = file('data-leading');
    const english = cli(['--lang', 'en', 'list', '--data-dir', dataDir]);
    expect(english.code, english.err).toBe(0);
    expect(english.out).toContain('No reports in the data folder yet');
    expect(cli(['--data-dir', dataDir, '--lang=en', 'list']).out).toContain('No reports in the data folder yet');
    expect(cli(['--lang', 'en', '--help']).out).toContain('Usage: report-desk <command>');
  });

  it('warns on stderr about reports it cannot list, and dates a restored backup in local time', async () => {
    const dataDir = file('data-problems');
    const store = await ReportStore.open(dataDir);
    const lost = await store.create(
      createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2021 }),
    );
    const damaged = await store.create(
      createReportFromTemplate('department-annual', { organisation: '某区城管局', year: 2022 }),
    );
    await store.close();
    writeFileSync(path.join(dataDir, 'reports', `${lost.id}.json`), '{"trunc');
    rmSync(path.join(dataDir, 'backups', lost.id), { recursive: true });
    writeFileSync(path.join(dataDir, 'reports', `${damaged.id}.json`), 'garbage');

    const list = cli(['list', '--data-dir', dataDir]);
    expect(list.code).toBe(0);
    expect(
      list.out
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual([damaged.id]);
    expect(list.err.trim().split('\n')).toEqual([
      `report-desk: 无法列出报告 ${lost.id}：报告文件已损坏，且没有可用的备份：${lost.id}`,
    ]);

    const show = cli(['show', damaged.id, '--data-dir', dataDir]);
    expect(show.code).toBe(0);
    expect(show.err).toMatch(/已从 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 的备份恢复/);
    const en = cli(['show', damaged.id, '--data-dir', dataDir, '--lang', 'en']);
    expect(en.err).toMatch(/backup of [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}\./);
  });
});

describe('report-desk: the yearly cycle', { timeout: 180_000 }, () => {
  const fixture = path.join(repoRoot, 'tests/fixtures/plans-every-style-2023.txt');

  it('starts next year’s report from last year’s, and validate flags the years left over', () => {
    const dataDir = file('yearly-data');
    const last = cli(['import', fixture, '--out', 'last.json']);
    expect(last.code).toBe(0);
    const lastReport = reportSchema.parse(JSON.parse(readFileSync(file('last.json'), 'utf8')));
    writeFileSync(file('last.rldpkg'), encodePackage(lastReport, new Date().toISOString()));
    expect(cli(['import-package', 'last.rldpkg', '--data-dir', dataDir]).code).toBe(0);

    const next = cli(['next-year', lastReport.id, '--data-dir', dataDir]);
    expect(next.code).toBe(0);
    expect(next.out).toContain('已根据 2023 年的报告创建“区市场监管局2024年法治政府建设情况报告”');
    expect(next.out).toContain('去年的 9 项工作安排已列为核对清单。');
    const id = /编号 (\S+)/.exec(next.out)![1]!;
    const shown = reportSchema.parse(JSON.parse(cli(['show', id, '--data-dir', dataDir]).out));
    expect(shown.previous).toEqual({ id: lastReport.id, year: 2023 });
    writeFileSync(file('next.json'), JSON.stringify(shown));

    const validate = cli(['validate', 'next.json']);
    expect(validate.out).toMatch(/^警告 STALE_YEAR \[preamble\.0\] /m);
    expect(validate.out).toMatch(/^警告 PLAN_NOT_ADDRESSED \[plans\.8\] /m);
    expect(cli(['validate', 'next.json', '--lang', 'en']).out).toMatch(/STALE_YEAR .*says 2023/);

    expect(cli(['list', '--data-dir', dataDir]).out).toMatch(new RegExp(`^${id}\t2024\t草稿\t2025-03-01前报送`, 'm'));
    expect(cli(['export', id, '--html', 'next.html', '--data-dir', dataDir]).code).toBe(0);
    expect(readFileSync(file('next.html'), 'utf8')).toContain('<h1>区市场监管局2024年法治政府建设情况报告</h1>');
    expectOneLineError(cli(['next-year', 'no-such-id', '--data-dir', dataDir]), /no-such-id|不存在|找不到/);
  });

  it('exports the public copy of a report file as one web page and as a PDF', () => {
    const made = cli(['import', fixture, '--out', 'public.json']);
    expect(made.code).toBe(0);
    const html = cli(['export', 'public.json', '--html', 'public.html']);
    expect(html.code).toBe(0);
    const page = readFileSync(file('public.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain('<h1>区市场监管局2023年法治政府建设情况报告</h1>');
    expect(page).not.toContain('区委、区政府');
    expect(page).not.toMatch(/<script|src=|href=/);
    expectOneLineError(cli(['export', 'public.json']), /--pdf \/ --html/);

    // The public PDF: the official layout, without the recipient line.
    expect(cli(['export', 'public.json', '--pdf', 'public.pdf', '--public']).code).toBe(0);
    const text = textLines(file('public.pdf'))
      .map((l) => l.text)
      .join('');
    expect(text).toContain('区市场监管局2023年法治政府建设情况报告');
    expect(text).not.toContain('区委');
  });
});
