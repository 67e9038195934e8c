// The `report-desk` commands run in this process through runCli, with the same stream output as the built
// command (smoke.test.ts runs the built command itself as a child process for what only a process shows).
import { execFileSync } from 'node:child_process';
import fs, { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { reportSchema } from '../../core/model';
import { defaultOutputName } from '../../electron/services/output-formats';
import { createReportFromTemplate } from '../../core/templates';
import { normaliseForComparison } from '../../core/text-render';
import { encodePackage } from '../../electron/formats/package/package-format';
import { ReportStore } from '../../electron/store/store';
import { seedPath as seedFile } from '../unit/seed';
import { textLines } from '../pdf/pdf-inspect';
import { runInProcess as cli, type CliResult } from './in-process';

let work: string;
const startDir = process.cwd();

// Relative paths in the commands below are the user's: resolved against the working folder, as in a shell.
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-cli-'));
  process.chdir(work);
});
afterAll(() => {
  process.chdir(startDir);
  rmSync(work, { recursive: true, force: true });
});

/** A failure is one line on stderr, prefixed with the command's name, and never a stack trace. */
function expectOneLineError(r: CliResult, text: string | RegExp) {
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

describe('report-desk', () => {
  it('prints help for itself and every command, in Chinese by default and in English', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.out).toContain('用法：report-desk <命令>');
    expect(main.out).toContain('Rule-of-Law Report Desk');
    expect((await cli(['--help', '--lang', 'en'])).out).toContain('Usage: report-desk <command>');
    for (const command of [
      'import',
      'text',
      'validate',
      'export',
      'list',
      'show',
      'import-package',
      'export-package',
      'versions',
      'diff',
      'sign-off',
      'slip',
      'verify',
    ]) {
      const zh = await cli([command, '--help']);
      expect(zh.code, command).toBe(0);
      expect(zh.out).toContain(`用法：report-desk ${command}`);
      const en = await cli([command, '--help'], { REPORT_DESK_LANG: 'en' });
      expect(en.out).toContain(`Usage: report-desk ${command}`);
    }
  });

  it('imports the seed report, and renders it back to the same text', async () => {
    const r = await cli(['import', seedFile, '--out', 'seed.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('区统计局2023年法治政府建设情况报告');
    const report = reportSchema.parse(JSON.parse(readFileSync(file('seed.json'), 'utf8')));
    expect(report.chapters.length).toBeGreaterThanOrEqual(3);
    const text = await cli(['text', 'seed.json']);
    expect(text.code).toBe(0);
    expect(normaliseForComparison(text.out)).toBe(normaliseForComparison(readFileSync(seedFile, 'utf8')));
  });

  it('validates: exit 0 with warnings only, exit 1 with errors, JSON on request, messages in the chosen language', async () => {
    await cli(['import', seedFile, '--out', 'seed.json']);
    const ok = await cli(['validate', 'seed.json']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('警告');

    const empty = writeReport(
      'empty.json',
      createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2023 }),
    );
    const bad = await cli(['validate', empty]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/错误 \S+ \[chapters\.\d+/);
    const json = await cli(['validate', empty, '--json', '--lang', 'en']);
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.out) as { severity: string; message: { en: string } }[];
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    const en = await cli(['validate', empty, '--lang=en']);
    expect(en.out).toMatch(/^error /m);
    expect(en.out).not.toMatch(/错误|警告|共 \d+ 个/);
  });

  it('works on a data folder: import-package, list, show, export-package', async () => {
    const dataDir = file('data');
    const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2022 });
    writeFileSync(file('in.rldpkg'), encodePackage(report, new Date().toISOString()));

    const imported = await cli(['import-package', 'in.rldpkg', '--data-dir', dataDir]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(report.id);

    const list = await cli(['list', '--data-dir', dataDir]);
    expect(list.code).toBe(0);
    expect(list.out.trim().split('\t')).toEqual([
      report.id,
      '2022',
      '草稿',
      expect.stringMatching(/^2023-03-01前报送 · (已逾期 \d+ 天|还有 \d+ 天|尚早)$/),
      expect.any(String),
      '某区司法局2022年法治政府建设情况报告',
    ]);

    const show = await cli(['show', report.id, '--data-dir', dataDir]);
    expect(show.code).toBe(0);
    // As a person reads it: which report, whose, which year and where it stands, then its text and figures.
    const [head, text] = show.out.split('\n\n');
    expect(head!.split('\n').slice(0, 4)).toEqual([
      `编号：${report.id}`,
      '单位：某区司法局',
      '年度：2022',
      '状态：草稿',
    ]);
    expect(text).toBe('某区司法局2022年法治政府建设情况报告');
    expect(show.out).toMatch(/\n主要数据：\n {2}\S+：未填写\n/);
    const raw = await cli(['show', report.id, '--json', '--data-dir', dataDir]);
    expect(JSON.parse(raw.out)).toEqual(report);
    const en = await cli(['show', report.id, '--lang', 'en', '--data-dir', dataDir]);
    expect(en.out).toMatch(/^Id: \S+\nUnit: 某区司法局\nYear: 2022\nStatus: Draft\n/);

    const exported = await cli(['export-package', report.id, '--out', 'out.rldpkg', '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(file('out.rldpkg'), 'utf8'))).toMatchObject({
      format: 'report-desk-package',
      report: { id: report.id },
    });

    // Importing the same package again says it is there already and how to replace it or keep both.
    expectOneLineError(
      await cli(['import-package', 'out.rldpkg', '--data-dir', dataDir]),
      /已经在报告列表中.*--on-duplicate replace/,
    );
    expect((await cli(['list', '--data-dir', dataDir])).out.trim().split('\n')).toHaveLength(1);
    expect(
      (await cli(['import-package', 'out.rldpkg', '--on-duplicate', 'keep-both', '--data-dir', dataDir])).code,
    ).toBe(0);
    expect((await cli(['import-package', 'out.rldpkg', '--on-duplicate', 'replace', '--data-dir', dataDir])).code).toBe(
      0,
    );
    expect((await cli(['list', '--data-dir', dataDir])).out.trim().split('\n')).toHaveLength(2);
    expectOneLineError(
      await cli(['import-package', 'out.rldpkg', '--on-duplicate', 'both', '--data-dir', dataDir]),
      '「both」',
    );
  });

  it('refuses a hostile package with one line and leaves the data folder as it was', async () => {
    const dataDir = file('data-hostile');
    writeFileSync(
      file('deep.rldpkg'),
      `{"format":"report-desk-package","report":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    );
    expectOneLineError(await cli(['import-package', 'deep.rldpkg', '--data-dir', dataDir]), '嵌套过深');
    writeFileSync(file('proto.rldpkg'), '{"format":"report-desk-package","formatVersion":1,"report":{"__proto__":{}}}');
    expectOneLineError(
      await cli(['import-package', 'proto.rldpkg', '--data-dir', dataDir, '--lang', 'en']),
      'unsafe content (__proto__)',
    );
    expect((await cli(['list', '--data-dir', dataDir])).out).toContain('还没有报告');
  });

  it('reports usage mistakes and failures as one line with exit code 2', async () => {
    expectOneLineError(await cli([]), '缺少命令');
    expectOneLineError(await cli(['frobnicate']), '未知命令「frobnicate」');
    expectOneLineError(await cli(['text']), '参数个数不对');
    expectOneLineError(
      await cli(['import', seedFile, '--into', 'no-such-id', '--name', '王五', '--data-dir', file('data-empty')]),
      'no-such-id',
    );
    expectOneLineError(await cli(['import', seedFile, '--out']), '--out 后面缺少值');
    expectOneLineError(await cli(['text', 'seed.json', '--frob']), '未知选项 --frob');
    expectOneLineError(await cli(['text', 'missing.json'], { REPORT_DESK_LANG: 'en' }), 'Cannot find "missing.json"');
    expectOneLineError(await cli(['text', 'x.json', '--lang', 'fr']), '不支持的语言「fr」');
    writeFileSync(file('broken.json'), '{"schemaVersion":1,');
    expectOneLineError(await cli(['text', 'broken.json']), '报告内容不符合格式要求');
    writeFileSync(file('future.json'), JSON.stringify({ schemaVersion: 99 }));
    expectOneLineError(await cli(['validate', 'future.json']), '格式版本 99');
    expectOneLineError(await cli(['show', 'no-such-id', '--data-dir', file('data-empty')]), 'no-such-id');
    expectOneLineError(await cli(['export', '--pdf', 'x.pdf']), '请给出报告文件');
  });

  it('exports the seed as a PDF, from a report file and from the data folder', async () => {
    await cli(['import', seedFile, '--out', 'seed.json']);
    const fromFile = await cli(['export', 'seed.json', '--pdf', 'seed.pdf', '--draft']);
    expect(fromFile.code, fromFile.err).toBe(0);
    expect(readFileSync(file('seed.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const dataDir = file('data-pdf');
    const report = reportSchema.parse(JSON.parse(readFileSync(file('seed.json'), 'utf8')));
    writeFileSync(file('seed.rldpkg'), encodePackage(report, new Date().toISOString()));
    await cli(['import-package', 'seed.rldpkg', '--data-dir', dataDir]);
    const fromStore = await cli([
      'export',
      '--data-dir',
      dataDir,
      '--id',
      report.id,
      '--pdf',
      'stored.pdf',
      '--lang',
      'en',
    ]);
    expect(fromStore.code, fromStore.err).toBe(0);
    expect(fromStore.out).toContain('Exported the PDF');
    expect(existsSync(file('stored.pdf'))).toBe(true);
  });

  it('imports outline texts saved as GBK or UTF-16 as well as UTF-8, never as mojibake', async () => {
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
      const r = await cli(['import', name, '--out', `${name}.json`]);
      expect(r.code, r.err).toBe(0);
      const report = reportSchema.parse(JSON.parse(readFileSync(file(`${name}.json`), 'utf8')));
      expect(report.meta.organisation, name).toBe('某区司法局');
      expect(report.chapters[0]!.title).toBe('主要工作开展情况');
    }
  });

  it('tells a package from a report file, and words format errors without English from the schema library', async () => {
    const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2022 });
    writeFileSync(file('given.rldpkg'), encodePackage(report, new Date().toISOString()));
    expectOneLineError(await cli(['validate', 'given.rldpkg']), '该文件是报告包（.rldpkg），不是报告文件（.json）');
    writeReport('not-a-report.json', { schemaVersion: 1, hello: 'world' });
    const zh = await cli(['validate', 'not-a-report.json']);
    expectOneLineError(zh, /报告内容不符合格式要求（[\w.—]+）：/);
    expect(zh.err).not.toMatch(/Invalid|expected|received/i);
  });

  it('takes the common options before the command too', async () => {
    const dataDir = file('data-leading');
    const english = await cli(['--lang', 'en', 'list', '--data-dir', dataDir]);
    expect(english.code, english.err).toBe(0);
    expect(english.out).toContain('No reports in the data folder yet');
    expect((await cli(['--data-dir', dataDir, '--lang=en', 'list'])).out).toContain(
      'No reports in the data folder yet',
    );
    expect((await cli(['--lang', 'en', '--help'])).out).toContain('Usage: report-desk <command>');
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

    const list = await cli(['list', '--data-dir', dataDir]);
    expect(list.code).toBe(0);
    expect(
      list.out
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual([damaged.id]);
    expect(list.err.trim().split('\n')).toEqual([
      `report-desk: 无法列出报告 ${lost.id}：报告文件已损坏，且没有可用的备份：${lost.id}`,
      expect.stringMatching(
        new RegExp(`^report-desk: 报告 ${damaged.id}：报告文件已损坏，已从 .+ 的备份恢复。请在程序中打开它并确认。$`),
      ),
    ]);

    const show = await cli(['show', damaged.id, '--data-dir', dataDir]);
    expect(show.code).toBe(0);
    expect(show.err).toMatch(/已从 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 的备份恢复/);
    const en = await cli(['show', damaged.id, '--data-dir', dataDir, '--lang', 'en']);
    expect(en.err).toMatch(/backup of [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}\./);
  });

  it('writes into folders that do not exist yet, whichever command writes', async () => {
    await cli(['import', seedFile, '--out', 'seed.json']);
    const imported = await cli(['import', seedFile, '--out', 'new/a/seed.json']);
    expect(imported.code, imported.err).toBe(0);
    expect(existsSync(file('new/a/seed.json'))).toBe(true);
    const exported = await cli(['export', 'seed.json', '--pdf', 'new/b/seed.pdf']);
    expect(exported.code, exported.err).toBe(0);
    expect(readFileSync(file('new/b/seed.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const dataDir = file('data-out');
    const report = reportSchema.parse(JSON.parse(readFileSync(file('seed.json'), 'utf8')));
    writeFileSync(file('seed.rldpkg'), encodePackage(report, new Date().toISOString()));
    await cli(['import-package', 'seed.rldpkg', '--data-dir', dataDir]);
    const packaged = await cli(['export-package', report.id, '--out', 'new/c/seed.rldpkg', '--data-dir', dataDir]);
    expect(packaged.code, packaged.err).toBe(0);
    expect(existsSync(file('new/c/seed.rldpkg'))).toBe(true);
  });

  it('prints the PDF in the report’s own language: --lang, like REPORT_DESK_LANG, changes only the messages', async () => {
    await cli(['import', seedFile, '--out', 'seed.json']);
    const zh = await cli(['export', 'seed.json', '--pdf', 'zh.pdf']);
    const en = await cli(['export', 'seed.json', '--pdf', 'en.pdf', '--lang', 'en']);
    const env = await cli(['export', 'seed.json', '--pdf', 'env.pdf'], { REPORT_DESK_LANG: 'en' });
    expect(zh.out).toContain('已导出 PDF');
    // The bundled faces are said so in words, never as an English tag.
    expect(zh.out).toMatch(/字体：.+（程序自带）/);
    expect(zh.out).not.toContain('bundled');
    expect(en.out).toContain('Exported the PDF');
    expect(en.out).toContain(', bundled with the program');
    expect(env.out).toContain('Exported the PDF');
    const text = (name: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file(name), '-'], { encoding: 'utf8' });
    expect(text('zh.pdf')).toContain('区统计局2023年法治政府建设情况报告');
    expect(text('en.pdf')).toBe(text('zh.pdf'));
    expect(text('env.pdf')).toBe(text('zh.pdf'));
  });

  it('says what went wrong with a file and what to do, in the user’s language, without system codes', async () => {
    await cli(['import', seedFile, '--out', 'seed.json']);
    writeFileSync(file('plain.txt'), 'x');
    const cases: [string[], string, string][] = [
      [['text', 'missing.json'], '找不到「missing.json」。请检查文件名和所在的文件夹。', 'Cannot find "missing.json"'],
      [['text', '.'], '「.」是一个文件夹，这里需要的是文件。', '"." is a folder; a file is needed here.'],
      [['text', 'plain.txt/x.json'], '「plain.txt/x.json」的路径中有一段是文件而不是文件夹', 'Part of the path'],
      [['export', 'seed.json', '--pdf', 'new'], '「new」是一个文件夹', '"new" is a folder'],
      [
        ['export', 'seed.json', '--pdf', 'plain.txt/x.pdf'],
        '「plain.txt/x.pdf」的路径中有一段是文件',
        'is a file, not a folder',
      ],
      [['import', seedFile, '--out', 'plain.txt/x.json'], '「plain.txt/x.json」的路径中有一段是文件', 'Check the path'],
    ];
    await cli(['import', seedFile, '--out', 'new/seed.json']);
    for (const [args, zh, en] of cases) {
      const inZh = await cli(args);
      expectOneLineError(inZh, zh);
      expectOneLineError(await cli([...args, '--lang', 'en']), en);
      expect(inZh.err).not.toMatch(/E[A-Z]{3,}|\.tmp|JSON|（—）/);
    }
    writeFileSync(file('broken.json'), '{"schemaVersion":1,');
    const broken = await cli(['text', 'broken.json']);
    expectOneLineError(broken, '报告内容不符合格式要求');
    expect(broken.err).not.toMatch(/JSON|（—）/);
  });

  it('writes every kind of export into a folder it creates', async () => {
    await cli(['import', seedFile, '--out', 'seed.json']);
    const report = reportSchema.parse(JSON.parse(readFileSync(file('seed.json'), 'utf8')));
    writeFileSync(file('folders.rldpkg'), encodePackage(report, new Date().toISOString()));
    const dataDir = file('data-folders');
    expect((await cli(['import-package', 'folders.rldpkg', '--data-dir', dataDir])).code).toBe(0);
    const runs: [string[], string][] = [
      [['export', 'seed.json', '--docx', 'new-docx/seed.docx'], 'new-docx/seed.docx'],
      [['export', 'seed.json', '--html', 'new-html/a/seed.html'], 'new-html/a/seed.html'],
      [['export', 'seed.json', '--public', '--pdf', 'new-pdf/seed.pdf'], 'new-pdf/seed.pdf'],
      [['slip', report.id, '--pdf', 'new-slip/slip.pdf', '--data-dir', dataDir], 'new-slip/slip.pdf'],
      [['export-package', report.id, '--out', 'new-package/s.rldpkg', '--data-dir', dataDir], 'new-package/s.rldpkg'],
      [['rollup', 'folders.rldpkg', '--xlsx', 'new-rollup/roll.xlsx'], 'new-rollup/roll.xlsx'],
      [['import', seedFile, '--out', 'new-json/seed.json'], 'new-json/seed.json'],
    ];
    for (const [args, out] of runs) {
      const run = await cli(args);
      expect(run.code, `${args.join(' ')}: ${run.err}`).toBe(0);
      expect(readFileSync(file(out)).length, out).toBeGreaterThan(100);
    }
  });

  it('says a Word file open in Word is open in another program, in a sentence naming it', async () => {
    await cli(['import', seedFile, '--out', 'seed.json']);
    writeFileSync(file('open.docx'), 'held by Word');
    // What Windows answers when the file to replace is open in Word.
    const realRename = fs.promises.rename;
    vi.spyOn(fs.promises, 'rename').mockImplementation(async (from, to) => {
      if (String(to).endsWith('open.docx')) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      return realRename(from, to);
    });
    try {
      expectOneLineError(
        await cli(['export', 'seed.json', '--docx', 'open.docx', '--force']),
        '「open.docx」正被另一个程序打开（例如 PDF 阅读器或 Word）。请关闭它后再试一次。',
      );
      expectOneLineError(
        await cli(['export', 'seed.json', '--docx', 'open.docx', '--lang', 'en', '--force']),
        '"open.docx" is open in another program',
      );
    } finally {
      vi.restoreAllMocks();
    }
    expect(readFileSync(file('open.docx'), 'utf8')).toBe('held by Word');
  });

  it('says the disk is full, naming the PDF and not the temporary file it was written through', async (ctx) => {
    await cli(['import', seedFile, '--out', 'seed.json']);
    const small = file('small-disk');
    mkdirSync(small);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small], { stdio: 'ignore' });
    } catch {
      ctx.skip('mounting a small file system is not allowed here');
    }
    try {
      const full = await cli(['export', 'seed.json', '--pdf', 'small-disk/seed.pdf']);
      expectOneLineError(full, /磁盘空间不足，无法写入「\S*small-disk\/seed\.pdf」/);
      expect(full.err).not.toMatch(/ENOSPC|\.tmp/);
    } finally {
      execFileSync('umount', [small]);
    }
  });

  it('lists last changes in local time, not as UTC timestamps', async () => {
    const dataDir = file('data-times');
    const report = createReportFromTemplate('department-annual', { organisation: '某区司法局', year: 2022 });
    writeFileSync(file('times.rldpkg'), encodePackage(report, new Date().toISOString()));
    await cli(['import-package', 'times.rldpkg', '--data-dir', dataDir]);
    const [zh] = (await cli(['list', '--data-dir', dataDir])).out.trim().split('\n');
    expect(zh!.split('\t')[4]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    const [en] = (await cli(['list', '--data-dir', dataDir, '--lang', 'en'])).out.trim().split('\n');
    expect(en!.split('\t')[4]).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}$/);
  });
});

describe('report-desk: the yearly cycle', { timeout: 180_000 }, () => {
  const fixture = path.resolve(import.meta.dirname, '../fixtures/plans-every-style-2023.txt');

  it('starts next year’s report from last year’s, and validate flags the years left over', async () => {
    const dataDir = file('yearly-data');
    const last = await cli(['import', fixture, '--out', 'last.json']);
    expect(last.code).toBe(0);
    const lastReport = reportSchema.parse(JSON.parse(readFileSync(file('last.json'), 'utf8')));
    writeFileSync(file('last.rldpkg'), encodePackage(lastReport, new Date().toISOString()));
    expect((await cli(['import-package', 'last.rldpkg', '--data-dir', dataDir])).code).toBe(0);

    const next = await cli(['next-year', lastReport.id, '--data-dir', dataDir]);
    expect(next.code).toBe(0);
    expect(next.out).toContain('已根据 2023 年的报告创建“区市场监管局2024年法治政府建设情况报告”');
    expect(next.out).toContain('去年的 9 项工作安排已列为核对清单。');
    const id = /编号 (\S+)/.exec(next.out)![1]!;
    const shown = reportSchema.parse(JSON.parse((await cli(['show', id, '--json', '--data-dir', dataDir])).out));
    expect(shown.previous).toEqual({ id: lastReport.id, year: 2023 });
    writeFileSync(file('next.json'), JSON.stringify(shown));

    const validate = await cli(['validate', 'next.json']);
    expect(validate.out).toMatch(/^警告 STALE_YEAR \[preamble\.0\] /m);
    expect(validate.out).toMatch(/^警告 PLAN_NOT_ADDRESSED \[plans\.8\] /m);
    expect((await cli(['validate', 'next.json', '--lang', 'en'])).out).toMatch(/STALE_YEAR .*says 2023/);

    expect((await cli(['list', '--data-dir', dataDir])).out).toMatch(
      new RegExp(`^${id}\t2024\t草稿\t2025-03-01前报送`, 'm'),
    );
    expect((await cli(['export', id, '--html', 'next.html', '--data-dir', dataDir])).code).toBe(0);
    expect(readFileSync(file('next.html'), 'utf8')).toContain('<h1>区市场监管局2024年法治政府建设情况报告</h1>');
    expectOneLineError(await cli(['next-year', 'no-such-id', '--data-dir', dataDir]), /no-such-id|不存在|找不到/);
  });

  it('exports the public copy of a report file as one web page, a PDF and a Word file', async () => {
    const made = await cli(['import', fixture, '--out', 'public.json']);
    expect(made.code).toBe(0);
    const html = await cli(['export', 'public.json', '--html', 'public.html']);
    expect(html.code).toBe(0);
    const page = readFileSync(file('public.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain('<h1>区市场监管局2023年法治政府建设情况报告</h1>');
    expect(page).not.toContain('区委、区政府');
    expect(page).not.toMatch(/<script|src=|href=/);
    expectOneLineError(await cli(['export', 'public.json']), /--pdf \/ --docx \/ --html/);

    // The public PDF: the official layout, without the recipient line.
    expect((await cli(['export', 'public.json', '--pdf', 'public.pdf', '--public'])).code).toBe(0);
    const text = textLines(file('public.pdf'))
      .map((l) => l.text)
      .join('');
    expect(text).toContain('区市场监管局2023年法治政府建设情况报告');
    expect(text).not.toContain('区委');

    // The public Word copy: its own kind in the output table, with the default name the services would suggest.
    const docx = await cli(['export', 'public.json', '--docx', 'public.docx', '--public']);
    expect(docx.code, docx.err).toBe(0);
    const words = (await JSZip.loadAsync(readFileSync(file('public.docx')))).file('word/document.xml')!;
    const xml = await words.async('string');
    expect(xml).toContain('区市场监管局2023年法治政府建设情况报告');
    expect(xml).not.toContain('区委');
    const report = reportSchema.parse(JSON.parse(readFileSync(file('public.json'), 'utf8')));
    expect(defaultOutputName('public-docx', report, {}, 'zh-CN')).toBe(
      '区市场监管局2023年法治政府建设情况报告（公开版）.docx',
    );
  });
});
