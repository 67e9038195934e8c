// Word files an office suite made (LibreOffice through its own API, tests/docx/office_files.py), imported as a
// user would: a Word 97 .doc whose headings the file numbers itself is refused with what is missing and what to
// do; one with typed numbers imports exactly; every notice names what was found and what became of it, in the
// import and in the CLI; the app's own .docx re-saved by an office suite (its stamp line moved into a text box)
// reads back as the report with nothing to report.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, toErrorPayload } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { importNoticeText, type ImportNotice } from '../../core/import-notices';
import { importOutline } from '../../core/outline-import';
import { renderText } from '../../core/text-render';
import { autoNumberedHeadings } from '../../electron/formats/word/auto-numbered-headings';
import { importNotices, noFindings } from '../../electron/formats/word/import-findings';
import { readReportDocument } from '../../electron/services/document-files';
import { writeOutput } from '../../electron/services/output-formats';
import { runInProcess as cli } from '../cli/in-process';
import { seedText } from '../pdf/long-report';
import { convert } from './libreoffice';
import { hasUno, officeFiles, type OfficeFile } from './office-files';

const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-office-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The report office_files.py writes, as the app prints it with its numbers typed. */
const TYPED = [
  '某区司法局2023年法治政府建设情况报告',
  '',
  '区委、区政府：',
  '2023年，我局深入推进法治政府建设。现将有关情况报告如下：',
  '一、主要工作和成效',
  '（一）健全依法行政制度体系',
  '全年审核规范性文件12件，备案审查率100%。',
  '（二）严格规范公正文明执法',
  '全年办理行政执法案件86件，无一被撤销或确认违法。',
  '二、存在的不足和原因',
  '基层执法人员力量仍显不足，执法装备有待更新。',
  '三、下一步工作安排',
  '持续加强法治队伍建设，提升执法规范化水平。',
  '',
  '某区司法局',
  '2024年1月8日',
  '',
].join('\n');

const refusal = (file: string) =>
  readReportDocument(file).then(
    () => null,
    (err: unknown) => err,
  );

describe('headings a Word 97 file numbers itself', () => {
  it('finds short unnumbered lines between body text, not the title, the signature, table rows or one subtitle', () => {
    const body = '全年审核规范性文件12件。';
    expect(
      autoNumberedHeadings(['某局2023年报告', '区委：', '主要工作', body, '存在问题', body, '某局', '2024年1月8日']),
    ).toEqual(['主要工作', '存在问题']);
    expect(autoNumberedHeadings(['某局2023年报告', body, '一、主要工作', body, '二、存在问题', body])).toEqual([]);
    expect(autoNumberedHeadings(['报告', body, '指标\t数值\t', '案件\t86件\t', body, '说明', body])).toEqual([]);
    expect(autoNumberedHeadings(['报告', body, '一是加强学习，', body, '（附表略）', body])).toEqual([]);
  });
});

describe.skipIf(!hasUno)('office-made Word files', () => {
  let files: Record<OfficeFile, string>;
  beforeAll(() => {
    files = officeFiles();
  }, 120_000);

  for (const name of ['outline-numbered.doc', 'list-numbered.doc'] as const) {
    it(`${name}: refused, saying the numbers cannot be read and to save it as .docx (as .wps too)`, async () => {
      const err = await refusal(files[name]);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('IMPORT_AUTO_NUMBERING');
      expect((err as AppError).params).toEqual({ kind: 'doc', unit: '某区司法局', year: 2023 });
      expect(errorMessage('zh-CN', toErrorPayload(err))).toBe(
        '该文件（Word 97-2003 文档（.doc））的标题是自动编号的，而 Word 97-2003 格式中的自动编号无法读取，因此识别不出报告的各个部分。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。',
      );
      expect(errorMessage('en', toErrorPayload(err))).toBe(
        'This file (a Word 97-2003 document (.doc)) numbers its headings automatically, and the automatic numbers of a Word 97-2003 file cannot be read, so the parts of the report cannot be recognised. Open it in Word or WPS, save it as .docx and import that.',
      );
      const wps = path.join(dir, `${name}.wps`);
      copyFileSync(files[name], wps);
      expect(((await refusal(wps)) as AppError).params.kind).toBe('wps');
    });
  }

  it('the CLI refuses it in one sentence and writes nothing; the app gets the same typed error', async () => {
    const out = path.join(dir, 'refused.json');
    const r = await cli(['import', files['outline-numbered.doc'], '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('numbers its headings automatically');
    expect(r.err).toContain('save it as .docx');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('the same report saved as .docx keeps its outline numbering', async () => {
    const { report, notices } = await readReportDocument(files['outline-numbered.docx']);
    expect(notices).toEqual([]);
    expect(renderText(report)).toBe(TYPED);
  });

  it('a .doc with typed numbers imports exactly, with nothing to report', async () => {
    const { report, notices } = await readReportDocument(files['typed-numbers.doc']);
    expect(notices).toEqual([]);
    expect(renderText(report)).toBe(TYPED);
  });

  it('a .doc numbering only its sections imports its chapters and names the sections it could not number', async () => {
    const { report, notices } = await readReportDocument(files['mixed-numbered.doc']);
    expect(report.chapters.map((c) => c.title)).toEqual(['主要工作和成效', '存在的不足和原因', '下一步工作安排']);
    expect(notices).toEqual([
      { code: 'autoNumbering', count: 2, kind: 'doc', headings: ['健全依法行政制度体系', '严格规范公正文明执法'] },
    ]);
    expect(importNoticeText('zh-CN', notices[0]!)).toBe(
      '这份Word 97-2003 文档（.doc）中有 2 个标题没有键入编号（“健全依法行政制度体系”、“严格规范公正文明执法”），是由 Word 自动编号的；Word 97-2003 格式中的自动编号无法读取，这些标题已作为正文导入。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入。',
    );
  });

  const extrasText = TYPED.replace('86件，无一被撤销或确认违法。', '86件（含简易程序），无一被撤销。').replace(
    '提升执法规范化水平。\n',
    '提升执法规范化水平。\n指标\n数值\n执法案件\n86件\n',
  );

  it('.docx: tracked changes, comments, table, image, text box, notes, header and footer, each told precisely', async () => {
    const { report, notices } = await readReportDocument(files['office-extras.docx']);
    expect(renderText(report)).toBe(extrasText);
    expect(notices).toEqual<ImportNotice[]>([
      { code: 'revisions', count: 2, insertions: 1, deletions: 1, formatting: 0, authors: ['王五'] },
      { code: 'comments', count: 2, authors: ['审核人', '李四'] },
      { code: 'tables', count: 1, paragraphs: 4 },
      { code: 'images', count: 1 },
      { code: 'textBoxes', count: 1, texts: ['图表说明：执法案件分布'] },
      { code: 'footnotes', count: 1 },
      { code: 'endnotes', count: 1 },
      { code: 'headersFooters', count: 1, texts: ['某区司法局文件'] },
    ]);
    expect(notices.map((n) => importNoticeText('zh-CN', n))).toEqual([
      '文件中有 2 处未接受的修订（插入 1 处、删除 1 处），修订人为王五：已按全部接受修订导入，插入的文字保留，删除的文字没有导入。请核对。',
      '文件中有 2 条批注（批注人：审核人、李四），批注没有导入（报告中不保存批注）。',
      '文件中有 1 个表格：表格中的文字已按先行后列的顺序导入为 4 个段落，表格的版式没有保留。',
      '文件中有 1 张图片，图片没有导入（报告中只保存文字）。',
      '文件中有 1 个文本框，文本框中的文字没有导入：“图表说明：执法案件分布”。',
      '文件中有 1 个脚注，脚注的文字和正文中的脚注标号没有导入。',
      '文件中有 1 个尾注，尾注的文字和正文中的尾注标号没有导入。',
      '文件的页眉页脚中有 1 处文字没有导入：“某区司法局文件”；页码由导出时重新生成。',
    ]);
  });

  it('.doc: what the binary format shows (comments without their authors, table, notes, header) and the CLI prints it', async () => {
    const { report, notices } = await readReportDocument(files['office-extras.doc']);
    expect(renderText(report)).toBe(extrasText);
    expect(notices).toEqual<ImportNotice[]>([
      { code: 'comments', count: 2, authors: [] },
      { code: 'tables', count: 1, paragraphs: 4 },
      { code: 'footnotes', count: 1 },
      { code: 'endnotes', count: 1 },
      { code: 'headersFooters', count: 1, texts: ['某区司法局文件'] },
    ]);
    const r = await cli(['import', files['office-extras.doc'], '--out', path.join(dir, 'extras.json'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.err.trimEnd().split('\n')).toEqual([
      'report-desk: Note: The file has 2 comments, which were not imported (a report keeps no comments).',
      'report-desk: Note: The file has a table: its text was imported as 4 paragraphs, row by row and cell by cell; the table layout was not kept.',
      'report-desk: Note: The file has a footnote; its text and its mark in the body were not imported.',
      'report-desk: Note: The file has an endnote; its text and its mark in the body were not imported.',
      'report-desk: Note: A header or footer of the file holds text that was not imported: “某区司法局文件”; the export prints its own page numbers.',
    ]);
  });
});

describe.skipIf(!hasUno)('the app’s own .docx after an office suite re-saved it', () => {
  // Re-saved as .docx straight away the stamp stays a framed paragraph; through .odt or .doc it becomes a text box.
  const routes: [string, ('docx' | 'doc' | 'odt')[]][] = [
    ['re-saved as .docx', ['docx']],
    ['through .odt', ['odt', 'docx']],
    ['through .doc', ['doc', 'docx']],
  ];
  for (const [name, formats] of routes) {
    it(`${name}: the stamp line is no lost text box, the text is the same`, async () => {
      const report = importOutline(seedText());
      const folder = path.join(dir, name.replace(/\W+/g, '-'));
      mkdirSync(folder, { recursive: true });
      let file = path.join(folder, 'seed.docx');
      await writeOutput('docx', report, file, {});
      for (const [i, format] of formats.entries()) {
        const step = path.join(folder, String(i));
        mkdirSync(step);
        file = convert(file, format, step);
      }
      const { report: back, notices } = await readReportDocument(file);
      expect(notices).toEqual([]);
      expect(renderText(back)).toBe(renderText(report));
    }, 120_000);
  }

  it('the stamp line in a text box or a footer, the draft mark and page numbers are not reported; other text is', () => {
    const stamp = 'Signed-off version 2 · fingerprint 0A1B-2C3D-4E5F-6789';
    const found = {
      ...noFindings(),
      textBoxes: ['草稿，未签发 · 指纹 0A1B-2C3D-4E5F-6789', '说明'],
      headersFooters: ['— 3 —', '第 1 页 共 9 页', 'Page 2 of 9', '草稿', 'DRAFT', stamp, '内部资料'],
    };
    expect(importNotices(found)).toEqual([
      { code: 'textBoxes', count: 1, texts: ['说明'] },
      { code: 'headersFooters', count: 1, texts: ['内部资料'] },
    ]);
  });
});
