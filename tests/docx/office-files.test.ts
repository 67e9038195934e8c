// Word files made by an office suite keep their structure: LibreOffice, driven through UNO
// (tests/docx/office-made-docx.py), types a report with soft line breaks, a page break and a section break,
// full-width indents, bold runs, fields and a bookmark, and saves it as .docx. A soft line break is a line break
// inside its paragraph, never a new paragraph or item; the rest leaves the text alone. A field written as
// w:fldSimple (the docx package makes one) keeps its result, like LibreOffice's w:fldChar fields.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, SimpleField, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../core/text-render';
import { importReportBytes } from '../../electron/formats/word/read-report-document';
import { hasUno } from './office-files';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-office-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasUno)('a .docx LibreOffice typed and saved', () => {
  const file = path.join(dir, 'office.docx');
  beforeAll(() => {
    execFileSync('/usr/bin/python3', [path.join(here, 'office-made-docx.py'), file], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  }, 150_000);

  it('imports with its structure: soft breaks inside their paragraphs, breaks, indents, bold, fields and bookmarks leaving the text alone', async () => {
    const { report, notices } = await importReportBytes(new Uint8Array(readFileSync(file)));
    expect(notices).toEqual([]);
    expect(renderText(report)).toBe(
      [
        '某区司法局2024年法治政府建设情况报告',
        '',
        '2024年，我局深入推进依法行政。现将有关情况报告如下：',
        '一、主要工作',
        '（一）加强学习。全年争取专项资金412.5万元。\u20282、全面落实行政执法“三项制度”。',
        '全年办理行政复议案件12件，坚持依法行政。',
        '本页为第1页，题为《法治政府建设情况报告》。',
        '二、存在问题',
        '对照年度目标，仍存在不足：一是执法人员力量不足；二是培训形式较为单一；三是信息化水平不高。',
        '三、下一步工作计划',
        '继续加强法治队伍建设。',
        '',
        '某区司法局',
        '2025年1月8日',
        '',
      ].join('\n'),
    );
    const [work, problems] = report.chapters;
    expect(work!.sections[0]!.paragraphs[0]).toBe('全年争取专项资金412.5万元。\n2、全面落实行政执法“三项制度”。');
    expect(work!.sections[0]!.items).toEqual([]);
    expect(problems!.items.map((i) => i.body)).toEqual([
      '执法人员力量不足；',
      '培训形式较为单一；',
      '信息化水平不高。',
    ]);
    expect(report.meta).toMatchObject({
      organisation: '某区司法局',
      year: 2024,
      signatureUnit: '某区司法局',
      date: '2025-01-08',
    });
  });
});

describe('a field written as w:fldSimple', () => {
  it('keeps its result and drops its code', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('一、主要工作')] }),
            new Paragraph({
              children: [new TextRun('本报告共'), new SimpleField('NUMPAGES', '3'), new TextRun('页。')],
            }),
          ],
        },
      ],
    });
    const { report } = await importReportBytes(new Uint8Array(await Packer.toBuffer(doc)));
    expect(report.chapters[0]!.paragraphs).toEqual(['本报告共3页。']);
  });
});
