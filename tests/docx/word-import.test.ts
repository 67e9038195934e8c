// Word import: structure from everything Word knows (automatic numbering, heading styles, the faces of the
// text), tables and tracked changes, the binary .doc (made by LibreOffice), and the round trip export → import
// giving the same report text character for character.
import { mkdirSync, mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { importNoticeText } from '../../core/import-notices';
import type { Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { applyStep } from '../../core/sign-off';
import { renderText } from '../../core/text-render';
import { writeOutput } from '../../electron/services/output-formats';
import { isStampLine, stampLine } from '../../core/export-stamp';
import { readReportDocument } from '../../electron/services/document-files';
import { longReport, seedText } from '../pdf/long-report';
import { convert, hasLibreOffice } from './libreoffice';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures', name), 'utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-word-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
async function docxFile(doc: Document): Promise<string> {
  const file = path.join(dir, `made-${++count}.docx`);
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

const p = (text: string, options: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
  new Paragraph({ ...options, children: [new TextRun(text)] });
const title = (text: string) => p(text, { alignment: AlignmentType.CENTER });
const signature = [
  p('某区司法局', { alignment: AlignmentType.RIGHT }),
  p('2024年1月8日', { alignment: AlignmentType.RIGHT }),
];

describe('Word automatic numbering', () => {
  it('reconstructs 一、（一）1.（1） from the list definitions, absent from the text', async () => {
    const level = (n: 0 | 1 | 2 | 3) => ({ numbering: { reference: 'outline', level: n } });
    const file = await docxFile(
      new Document({
        numbering: {
          config: [
            {
              reference: 'outline',
              levels: [
                { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
                { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
                { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
                { level: 3, format: LevelFormat.DECIMAL, text: '（%4）' },
              ],
            },
          ],
        },
        sections: [
          {
            children: [
              title('某区司法局2023年法治政府建设情况报告'),
              p(''),
              p('2023年，我局深入推进法治政府建设。现将有关情况报告如下：'),
              p('主要工作和成效', level(0)),
              p('健全依法行政制度体系', level(1)),
              p('规范文件管理。全年审核规范性文件12件。', level(2)),
              p('建立目录清单。按年度公布目录。', level(3)),
              p('加强跟踪回访。对免罚对象开展回访。', level(3)),
              p('推进合法性审查。全年审查重大决策5件。', level(2)),
              p('严格规范公正文明执法', level(1)),
              p('全年办理行政执法案件86件，无一被撤销。'),
              p('存在的不足和原因', level(0)),
              p('基层执法人员力量仍显不足。'),
              p('下一步工作安排', level(0)),
              p('持续加强法治队伍建设。'),
              ...signature,
            ],
          },
        ],
      }),
    );
    const { report, notices } = await readReportDocument(file);
    expect(notices).toEqual([]);
    expect(report.chapters.map((c) => c.title)).toEqual(['主要工作和成效', '存在的不足和原因', '下一步工作安排']);
    const [health, enforcement] = report.chapters[0]!.sections;
    expect(health!.heading).toBe('健全依法行政制度体系');
    expect(health!.items.map((i) => i.title)).toEqual(['规范文件管理。', '推进合法性审查。']);
    expect(health!.items[0]!.subItems.map((s) => s.title)).toEqual(['建立目录清单。', '加强跟踪回访。']);
    expect(enforcement!.paragraphs).toEqual(['全年办理行政执法案件86件，无一被撤销。']);
    expect(report.style).toMatchObject({ itemScheme: 'arabic', subItemScheme: 'paren-arabic' });
    expect(report.meta).toMatchObject({
      organisation: '某区司法局',
      year: 2023,
      signatureUnit: '某区司法局',
      date: '2024-01-08',
    });
    const text = renderText(report);
    expect(text).toContain(
      '一、主要工作和成效\n（一）健全依法行政制度体系\n1.规范文件管理。全年审核规范性文件12件。\n（1）建立目录清单。',
    );
    expect(text).toContain('\n三、下一步工作安排\n');
  });

  it('numbers paragraphs whose style carries the list (a style linked to 一、 and （一）), restarting sections per chapter', async () => {
    const file = await docxFile(
      new Document({
        numbering: {
          config: [
            {
              reference: 'headings',
              levels: [
                { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
                { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
              ],
            },
          ],
        },
        styles: {
          paragraphStyles: [
            {
              id: 'h1',
              name: '章标题',
              basedOn: 'Normal',
              paragraph: { numbering: { reference: 'headings', level: 0 } },
            },
            {
              id: 'h2',
              name: '节标题',
              basedOn: 'Normal',
              paragraph: { numbering: { reference: 'headings', level: 1 } },
            },
          ],
        },
        sections: [
          {
            children: [
              title('某局2024年法治政府建设情况报告'),
              p('主要工作', { style: 'h1' }),
              p('加强学习', { style: 'h2' }),
              p('规范执法', { style: 'h2' }),
              p('存在问题', { style: 'h1' }),
              p('队伍建设', { style: 'h2' }),
            ],
          },
        ],
      }),
    );
    const text = renderText((await readReportDocument(file)).report);
    expect(text).toContain('一、主要工作\n（一）加强学习\n（二）规范执法\n二、存在问题\n（一）队伍建设\n');
  });
});

describe('heading styles and the faces of the text', () => {
  it('takes Heading 1 / 2 and 标题 1 / 2 styles as chapters and sections', async () => {
    const file = await docxFile(
      new Document({
        styles: {
          paragraphStyles: [
            { id: '1', name: '标题 1', basedOn: 'Normal', run: { bold: true } },
            { id: 'a5', name: '标题 2', basedOn: 'Normal' },
          ],
        },
        sections: [
          {
            children: [
              title('某镇2024年法治政府建设工作总结'),
              p('主要工作', { heading: HeadingLevel.HEADING_1 }),
              p('强化组织领导', { heading: HeadingLevel.HEADING_2 }),
              p('镇党委专题研究法治建设4次。'),
              p('存在问题', { style: '1' }),
              p('执法力量薄弱', { style: 'a5' }),
              p('执法人员仅3名。'),
            ],
          },
        ],
      }),
    );
    const { report } = await readReportDocument(file);
    expect(report.chapters.map((c) => [c.title, c.sections.map((s) => s.heading)])).toEqual([
      ['主要工作', ['强化组织领导']],
      ['存在问题', ['执法力量薄弱']],
    ]);
  });

  it('reads a paragraph set in 黑体 as a chapter and one in 楷体 as a section, standalone or run in', async () => {
    const run = (text: string, font?: string) => new TextRun({ text, ...(font ? { font: { eastAsia: font } } : {}) });
    const file = await docxFile(
      new Document({
        sections: [
          {
            children: [
              title('某局2024年法治政府建设情况报告'),
              new Paragraph({ children: [run('主要工作', '黑体')] }),
              new Paragraph({ children: [run('加强学习', '楷体_GB2312')] }),
              p('全年集中学法6次。'),
              new Paragraph({
                children: [run('规范执法。', '楷体'), run('全面推行行政执法三项制度。', '仿宋_GB2312')],
              }),
              new Paragraph({ children: [run('下一步打算', 'SimHei')] }),
              p('继续加强法治政府建设。'),
              // Long text in 黑体 is emphasis, not a chapter.
              new Paragraph({ children: [run('本段文字较长，'.repeat(12), '黑体')] }),
            ],
          },
        ],
      }),
    );
    const { report } = await readReportDocument(file);
    expect(report.chapters.map((c) => c.title)).toEqual(['主要工作', '下一步打算']);
    const [study, enforce] = report.chapters[0]!.sections;
    expect([study!.heading, study!.headingStyle, study!.paragraphs]).toEqual([
      '加强学习',
      'standalone',
      ['全年集中学法6次。'],
    ]);
    expect([enforce!.heading, enforce!.headingStyle, enforce!.paragraphs]).toEqual([
      '规范执法。',
      'run-in',
      ['全面推行行政执法三项制度。'],
    ]);
    expect(report.chapters[1]!.paragraphs).toEqual(['继续加强法治政府建设。', '本段文字较长，'.repeat(12)]);
  });
});

describe('what Word holds beyond paragraphs', () => {
  it('reads tables in reading order, takes tracked changes as accepted, and reports revisions, comments (with their authors), tables and images', async () => {
    const cell = (text: string) => new TableCell({ children: [p(text)] });
    const png = readFileSync(path.join(repoRoot, 'tests/docx/reference/seed-first.png'));
    const file = await docxFile(
      new Document({
        comments: {
          children: [{ id: 0, author: '审核人', date: new Date('2024-01-05'), children: [p('请核实数字。')] }],
        },
        sections: [
          {
            children: [
              title('某局2024年法治政府建设情况报告'),
              p('一、主要工作'),
              new Table({
                rows: [
                  new TableRow({ children: [cell('指标'), cell('数值')] }),
                  new TableRow({ children: [cell('执法案件'), cell('86件')] }),
                ],
              }),
              new Paragraph({
                children: [
                  new TextRun('全年开展培训'),
                  new DeletedTextRun({ text: '5', id: 1, author: '审核人', date: '2024-01-05T00:00:00Z' }),
                  new InsertedTextRun({ text: '6', id: 2, author: '审核人', date: '2024-01-05T00:00:00Z' }),
                  new TextRun('次。'),
                  new CommentRangeStart(0),
                  new CommentRangeEnd(0),
                  new TextRun({ children: [new CommentReference(0)] }),
                ],
              }),
              new Paragraph({
                children: [new ImageRun({ type: 'png', data: png, transformation: { width: 50, height: 70 } })],
              }),
            ],
          },
        ],
      }),
    );
    const { report, notices } = await readReportDocument(file);
    expect(report.chapters[0]!.paragraphs).toEqual(['指标', '数值', '执法案件', '86件', '全年开展培训6次。']);
    expect(notices).toEqual([
      { code: 'revisions', count: 2, insertions: 1, deletions: 1, formatting: 0, authors: ['审核人'] },
      { code: 'comments', count: 1, authors: ['审核人'] },
      { code: 'tables', count: 1, paragraphs: 4 },
      { code: 'images', count: 1 },
    ]);
    expect(importNoticeText('zh-CN', notices[2]!)).toContain('表格的版式没有保留');
    expect(importNoticeText('en', notices[0]!)).toBe(
      'The file has 2 unaccepted tracked changes by 审核人 (1 insertion, 1 deletion): they were imported as accepted, inserted text kept and deleted text left out. Please check it.',
    );
  });
});

describe('round trip: export → import gives the same report text', () => {
  const shapes: [string, () => ReturnType<typeof importOutline>][] = [
    ['seed', () => importOutline(seedText())],
    ['five-part', () => importOutline(fixture('outline-five-part.txt'))],
    ['gaps', () => importOutline(fixture('outline-gaps.txt'))],
    ['half-width', () => importOutline(fixture('outline-halfwidth.txt'))],
    ['standalone sections, recipient, signature', () => importOutline(fixture('standalone-sections-2024.txt'))],
    ['30 pages', () => longReport(5)],
  ];
  for (const [name, make] of shapes) {
    it(name, async () => {
      const report = make();
      const file = path.join(dir, `round-trip-${name.replace(/\W+/g, '-')}.docx`);
      await writeOutput('docx', report, file, {});
      const { report: back, notices } = await readReportDocument(file);
      expect(notices).toEqual([]);
      expect(renderText(back)).toBe(renderText(report));
    });
  }
});

describe('the sign-off stamp in the .docx', () => {
  const signedOff = (): Report => {
    const steps = ['submit', 'review', 'approve'] as const;
    return steps.reduce(
      (report, step) =>
        applyStep(report, { step, name: '张三', at: '2024-02-01T08:00:00.000Z', today: '2024-02-01', nextVersion: 3 })
          .report,
      importOutline(seedText()),
    );
  };
  const cases: [string, () => Report, RegExp][] = [
    ['a draft', () => importOutline(seedText()), /^草稿，未签发 · 指纹 [0-9A-F]{4}(-[0-9A-F]{4}){3}$/],
    ['a signed-off report', signedOff, /^签发稿 第3版 · 指纹 [0-9A-F]{4}(-[0-9A-F]{4}){3}$/],
  ];
  for (const [name, make, expected] of cases) {
    it(`${name}: prints the PDF's stamp line once, last, and reads back without it`, async () => {
      const report = make();
      const line = stampLine(report, 'zh-CN');
      expect(line).toMatch(expected);
      expect(isStampLine(line)).toBe(true);
      const file = path.join(dir, `stamp-${name.replace(/\W+/g, '-')}.docx`);
      await writeOutput('docx', report, file, {});
      const xml = (
        await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string')
      ).replace(/<[^>]+>/g, '');
      expect(xml.split(line).length - 1).toBe(1);
      expect(xml.endsWith(line)).toBe(true);
      const { report: back, notices } = await readReportDocument(file);
      expect(notices).toEqual([]);
      expect(renderText(back)).toBe(renderText(report));
    });
  }

  it('recognises only a whole stamp line, in either language', () => {
    expect(isStampLine('Signed-off version 2 · fingerprint 0A1B-2C3D-4E5F-6789')).toBe(true);
    expect(isStampLine('  Draft, not signed · fingerprint 0A1B-2C3D-4E5F-6789 ')).toBe(true);
    expect(isStampLine('签发稿 第版 · 指纹 0A1B-2C3D-4E5F-6789')).toBe(false);
    expect(isStampLine('草稿，未签发 · 指纹 0A1B-2C3D')).toBe(false);
    expect(isStampLine('全年草稿，未签发 · 指纹 0A1B-2C3D-4E5F-6789')).toBe(false);
  });
});

describe.skipIf(!hasLibreOffice)('the binary .doc and .wps format', () => {
  it('imports a .doc that LibreOffice made from the exported seed, and the same file named .wps', async () => {
    const report = importOutline(seedText());
    const docx = path.join(dir, 'seed-for-doc.docx');
    await writeOutput('docx', report, docx, {});
    const outDir = path.join(dir, 'doc');
    mkdirSync(outDir, { recursive: true });
    const doc = convert(docx, 'doc', outDir);
    const { report: back, notices } = await readReportDocument(doc);
    expect(renderText(back)).toBe(renderText(report));
    expect(notices).toEqual([]);
    const wps = path.join(outDir, 'seed.wps');
    copyFileSync(doc, wps);
    expect(renderText((await readReportDocument(wps)).report)).toBe(renderText(report));
  }, 120_000);
});
