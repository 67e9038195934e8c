// `report-desk` with Word files, on a temp folder: export --docx from a report file and from the data folder,
// import of the .docx again with the same text, the notices of what an import left out on stderr, and a refused
// file in one sentence naming what it is. The commands run in-process; the export and import of the .docx, which
// load their own chunks of the bundle (docx, jszip), run once more as the built command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../core/model';
import { ReportStore } from '../../electron/store/store';
import { repoRoot, seedPath as seedFile } from '../unit/seed';
import { bin } from './built-cli';
import { runInProcess as cli, type CliResult } from './in-process';

let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-word-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The built command, as a child process. */
function built(args: string[]): CliResult {
  const { REPORT_DESK_LANG: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const file = (name: string) => path.join(work, name);
const text = async (report: string) => (await cli(['text', file(report)])).out;

describe('report-desk and Word files', () => {
  it('exports --docx (with --pdf in one go) and imports the .docx back to the same text', async () => {
    expect((await cli(['import', seedFile, '--out', file('seed.json')])).code).toBe(0);
    const exported = built(['export', file('seed.json'), '--docx', file('seed.docx'), '--pdf', file('seed.pdf')]);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('已导出 Word 文件 → ');
    expect(readFileSync(file('seed.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(file('seed.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const back = built(['import', file('seed.docx'), '--out', file('back.json')]);
    expect([back.code, back.err]).toEqual([0, '']);
    expect(await text('back.json')).toBe(await text('seed.json'));
  });

  it('exports --docx from the data folder by id', async () => {
    const report = reportSchema.parse(JSON.parse(readFileSync(file('seed.json'), 'utf8')));
    const dataDir = file('data');
    const store = await ReportStore.open(dataDir);
    await store.create(report);
    await store.close();
    const r = await cli(['export', '--data-dir', dataDir, '--id', report.id, '--docx', file('by-id.docx')]);
    expect(r.code).toBe(0);
    const back = await cli(['import', file('by-id.docx'), '--out', file('by-id.json')]);
    expect(await text('by-id.json')).toBe(await text('seed.json'));
    expect(back.code).toBe(0);
  });

  it('prints what a Word import left out, one line each, in the message language', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('一、主要工作'),
            new Table({ rows: [new TableRow({ children: [cell('指标'), cell('86件')] })] }),
          ],
        },
      ],
    });
    writeFileSync(file('table.docx'), await Packer.toBuffer(doc));
    const r = await cli(['import', file('table.docx'), '--out', file('table.json'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.err.trimEnd().split('\n')).toEqual([
      'report-desk: Note: The file has a table: its text was imported as 2 paragraphs, row by row and cell by cell; the table layout was not kept.',
    ]);
  });

  it('refuses an image named .docx in one sentence, writing nothing', async () => {
    writeFileSync(file('photo.docx'), readFileSync(path.join(repoRoot, 'tests/docx/reference/seed-first.png')));
    const r = await cli(['import', file('photo.docx'), '--out', file('photo.json')]);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd()).toBe(
      'report-desk: 该文件是图片，不是可以导入的报告。图片中的文字无法导入，请选择报告正文所在的 Word 文档或文本文件。',
    );
    expect(() => readFileSync(file('photo.json'))).toThrow();
  });

  it('asks for --pdf or --docx', async () => {
    const r = await cli(['export', file('seed.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--pdf / --docx');
  });
});
