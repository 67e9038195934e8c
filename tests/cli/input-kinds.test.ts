// Every input named for what it is, by its content, the same way wherever it is handed in: import (to a report
// file, into the data folder, as a revision), validate, import-package and the roll-up each take their kinds and
// refuse the others with a sentence naming the file's kind; a text with no chapters is imported only with
// --anyway; a roll-up of a folder that is not there stops with one sentence and writes no workbook.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { importOutline } from '../../core/outline-import';
import { encodePackage } from '../../electron/formats/package/package-format';
import { writeOutput } from '../../electron/services/output-formats';
import { readDepartmentFile } from '../../electron/services/rollup/report-facts';
import { seedText } from '../pdf/long-report';
import { headlessServices } from '../headless-services';
import { runInProcess as cli, type CliResult } from './in-process';

const work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-input-kinds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string) => path.join(work, name);

const NOTICE = '关于召开全区安全生产工作会议的通知\n请各单位于下周一上午九点到区政府三楼会议室开会。\n联系人：张三';
const zip = async (parts: Record<string, string>) => {
  const z = new JSZip();
  for (const [name, text] of Object.entries(parts)) z.file(name, text);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

/** Each kind: its file, and how the sentences name it (zh-CN, as word:kind.* says it). */
const KINDS: Record<string, { file: string; name: string }> = {
  report: { file: 'seed.json', name: '报告文件（.json）' },
  package: { file: 'seed.rldpkg', name: '报告包（.rldpkg）' },
  word: { file: 'seed.docx', name: 'Word 文档（.docx）' },
  text: { file: 'seed.txt', name: '文本文件' },
  pdf: { file: 'scan.docx', name: 'PDF 文件' },
  picture: { file: '截图.docx', name: '图片' },
  spreadsheet: { file: 'units.xlsx', name: 'Excel 工作簿' },
  archive: { file: 'reports.zip', name: 'ZIP 压缩包' },
  data: { file: 'package.json', name: '数据文件（JSON）' },
  notice: { file: 'notice.txt', name: '文本文件' },
};
type Kind = keyof typeof KINDS;

let reportId = '';
const dataDir = file('data');

beforeAll(async () => {
  const seed = importOutline(seedText());
  writeFileSync(file('seed.txt'), seedText());
  writeFileSync(file('seed.json'), JSON.stringify(seed));
  writeFileSync(file('seed.rldpkg'), encodePackage(seed, '2024-01-20T08:00:00Z'));
  await writeOutput('docx', seed, file('seed.docx'), {});
  writeFileSync(file('scan.docx'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n');
  writeFileSync(file('截图.docx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(file('units.xlsx'), await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<w/>' }));
  writeFileSync(file('reports.zip'), await zip({ 'a.txt': '一、', 'b.txt': '二、' }));
  writeFileSync(file('package.json'), readFileSync(path.resolve(__dirname, '../../package.json')));
  writeFileSync(file('notice.txt'), NOTICE);
  const imported = await cli(['import', file('seed.txt'), '--data-dir', dataDir]);
  expect(imported.code, imported.err).toBe(0);
  const list = await cli(['list', '--data-dir', dataDir]);
  reportId = list.out.split('\t')[0]!;
  expect(reportId).not.toBe('');
}, 60_000);

/** The entry points, each run on one file: its exit code and what it said. */
const ENTRY_POINTS: Record<string, (f: string) => Promise<CliResult>> = {
  'import --out': (f) => cli(['import', f, '--out', file(`out-${path.basename(f)}.json`)]),
  'import --data-dir': (f) => cli(['import', f, '--data-dir', dataDir]),
  'import --into': (f) =>
    cli(['import', f, '--into', reportId, '--name', '王五', '--take', 'theirs', '--data-dir', dataDir]),
  validate: (f) => cli(['validate', f]),
  'import-package': (f) => cli(['import-package', f, '--on-duplicate', 'keep-both', '--data-dir', dataDir]),
};

/** What each entry point takes; every other kind is refused with this sentence (the kind's name goes first). */
const TAKES: Record<string, { takes: Kind[]; refusal: string }> = {
  'import --out': { takes: ['word', 'text'], refusal: '不是可以导入的报告' },
  'import --data-dir': { takes: ['word', 'text'], refusal: '不是可以导入的报告' },
  'import --into': { takes: ['word', 'text'], refusal: '不是可以导入的报告' },
  validate: { takes: ['report'], refusal: '不是报告文件（.json）' },
  'import-package': { takes: ['package'], refusal: '不是报告包（.rldpkg）' },
};

describe('every input named for what it is, at every entry point', () => {
  for (const [entry, run] of Object.entries(ENTRY_POINTS)) {
    const { takes, refusal } = TAKES[entry]!;
    for (const kind of Object.keys(KINDS).filter((k) => k !== 'notice') as Kind[]) {
      const { file: name, name: kindName } = KINDS[kind]!;
      it(`${entry}: ${kind} ${takes.includes(kind) ? 'taken' : 'refused, named ' + kindName}`, async () => {
        const r = await run(file(name));
        if (takes.includes(kind)) {
          // validate's exit code says whether the report has errors; the file itself was read.
          expect(r.err, `${entry} ${kind}`).not.toMatch(/^report-desk: /m);
          return;
        }
        expect(r.code, r.out).toBe(2);
        expect(r.err.trimEnd().split('\n')).toHaveLength(1);
        expect(r.err).toContain(`该文件是${kindName}，${refusal}`);
      });
    }
  }

  for (const entry of ['import --out', 'import --data-dir', 'import --into']) {
    it(`${entry}: a text that is no report is refused with what it lacks, and taken with --anyway`, async () => {
      const refused = await ENTRY_POINTS[entry]!(file('notice.txt'));
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('该文件不像一份报告：没有找到标题（单位和年度），也没有找到章节标题');
      expect(refused.err).toContain('--anyway');
      const args = {
        'import --out': ['import', file('notice.txt'), '--out', file('notice.json'), '--anyway'],
        'import --data-dir': ['import', file('notice.txt'), '--data-dir', dataDir, '--anyway'],
        'import --into': ['import', file('notice.txt'), '--into', reportId, '--name', '王五', '--take', 'theirs'],
      }[entry]!;
      const taken = await cli(entry === 'import --into' ? [...args, '--anyway', '--data-dir', dataDir] : args);
      expect(taken.code, taken.err).toBe(0);
    });
  }

  it('the roll-up takes packages, Word files and report texts, and names every other file the same way', async () => {
    const zone = 'Asia/Shanghai';
    for (const kind of ['package', 'word', 'text'] as const)
      expect((await readDepartmentFile(file(KINDS[kind]!.file), zone)).report.chapters.length, kind).toBe(3);
    for (const kind of ['report', 'pdf', 'picture', 'spreadsheet', 'archive', 'data'] as const) {
      const err = await readDepartmentFile(file(KINDS[kind]!.file), zone).catch((e: unknown) => e);
      expect(err, kind).toBeInstanceOf(AppError);
      expect(errorMessage('zh-CN', err as AppError), kind).toContain(`该文件是${KINDS[kind]!.name}，既不是报告包`);
      expect(errorMessage('en', err as AppError), kind).not.toMatch(/\$t|\{\{/);
    }
    const notice = await readDepartmentFile(file('notice.txt'), zone).catch((e: unknown) => e);
    expect((notice as AppError).code).toBe('ROLLUP_NOT_A_REPORT');
  });

  it('a roll-up of a folder that is not there says so in one sentence, exits non-zero and writes no workbook', async () => {
    const out = file('rollup.xlsx');
    const r = await cli(['rollup', file('nonexistent'), '--xlsx', out]);
    expect(r.code).not.toBe(0);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`找不到「${file('nonexistent')}」`);
    expect(r.err).not.toMatch(/ENOENT/);
    expect(existsSync(out)).toBe(false);
  });

  it('names each kind in English too, without a key left over', async () => {
    for (const kind of ['pdf', 'picture', 'package'] as Kind[]) {
      const r = await cli(['--lang', 'en', 'validate', file(KINDS[kind]!.file)]);
      expect(r.err).toMatch(/^report-desk: This file is (a|an) [^$]+, not a report file \(\.json\)\./);
    }
  });

  it('in the app, a text refused as no report is imported once the user confirms, without choosing it again', async () => {
    const opened: string[] = [];
    const services = await headlessServices(file('data-app'), {
      chooseOpenPath: async (kind) => {
        opened.push(kind);
        return file('notice.txt');
      },
    });
    try {
      const err = await services.importOutlineFile({}).catch((e: unknown) => e);
      expect((err as AppError).code).toBe('IMPORT_NOT_A_REPORT_TEXT');
      const importId = String((err as AppError).params.importId);
      expect(await services.listReports()).toHaveLength(0);
      const { report } = await services.confirmOutlineImport(importId);
      expect(report.preamble.join('\n')).toContain('请各单位于下周一上午九点');
      expect(await services.listReports()).toHaveLength(1);
      expect(opened).toEqual(['outline']);
      const again = await services.confirmOutlineImport(importId).catch((e: unknown) => e);
      expect((again as AppError).code).toBe('IMPORT_CONFIRM_EXPIRED');
    } finally {
      await services.close();
    }
  });
});
