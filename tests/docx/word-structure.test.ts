// What issue 18 found changed by a round trip, each case by name: a one-paragraph list after a colon, an undated
// signature, a line break inside a paragraph (kept alike by the PDF, the .docx, the plain text and the public
// copy), an English report; and what the import does with a .docx that says nothing of the app's structure.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/document';
import { reportSchema, type Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { renderPublicHtml } from '../../core/public-html';
import { renderText } from '../../core/text-render';
import { fingerprint } from '../../core/fingerprint';
import { renderDocx } from '../../electron/formats/docx/write-docx';
import { loadFontSet } from '../../electron/formats/pdf/fonts';
import { layoutDocument } from '../../electron/formats/pdf/page-layout';
import { importReportBytes } from '../../electron/formats/word/read-report-document';
import { CELL } from '../../core/page-geometry';
import { reportContent } from '../round-trip/same-report';

const base = (chapters: unknown[], meta: object = {}): Report =>
  reportSchema.parse({
    schemaVersion: 1,
    id: 'issue-18',
    templateId: 'three-part',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    meta: { organisation: '某区司法局', year: 2024, signatureUnit: '某区司法局', date: '2025-01-08', ...meta },
    chapters,
  });

const viaDocx = async (report: Report) => (await importReportBytes((await renderDocx(report)).bytes)).report;
const viaText = (report: Report) => importOutline(renderText(report));

const inlineList = base([
  {
    id: 'c',
    title: '存在问题',
    paragraphs: ['对照年度目标，我局法治建设仍存在不足：'],
    itemLayout: 'inline',
    items: [
      { id: 'a', body: '执法人员力量不足；' },
      { id: 'b', body: '培训形式较为单一；' },
      { id: 'd', body: '信息化水平不高。' },
    ],
  },
]);

describe('a one-paragraph list after a colon (…不足：一是…；二是…；三是…。)', () => {
  const printed =
    '对照年度目标，我局法治建设仍存在不足：一是执法人员力量不足；二是培训形式较为单一；三是信息化水平不高。';

  it('prints as one paragraph', () => {
    expect(renderText(inlineList)).toContain(`\n${printed}\n`);
  });

  for (const [name, back] of [
    ['.docx', viaDocx],
    ['plain text', viaText],
  ] as const) {
    it(`comes back from ${name} as the same three items, numbered as typed`, async () => {
      const report = await back(inlineList);
      const chapter = report.chapters[0]!;
      expect(chapter.itemLayout).toBe('inline');
      expect(chapter.paragraphs).toEqual(['对照年度目标，我局法治建设仍存在不足：']);
      expect(chapter.items.map((i) => i.body)).toEqual([
        '执法人员力量不足；',
        '培训形式较为单一；',
        '信息化水平不高。',
      ]);
      expect(renderText(report)).toContain(`\n${printed}\n`);
    });
  }
});

describe('an undated signature (落款 without 成文日期)', () => {
  const undated = base([{ id: 'c', title: '主要工作', paragraphs: ['全年办理行政复议案件12件。'] }], { date: null });

  for (const [name, back] of [
    ['.docx', viaDocx],
    ['plain text', viaText],
  ] as const) {
    it(`comes back from ${name} as the signature, not as the last chapter's paragraph`, async () => {
      const report = await back(undated);
      expect(report.meta).toMatchObject({ signatureUnit: '某区司法局', date: null });
      expect(report.chapters[0]!.paragraphs).toEqual(['全年办理行政复议案件12件。']);
    });
  }

  it('with room for the seal comes back with the seal from the .docx', async () => {
    const sealed = { ...undated, style: { ...undated.style, seal: true } };
    expect((await viaDocx(sealed)).style.seal).toBe(true);
    expect((await viaDocx(undated)).style.seal).toBe(false);
  });
});

describe('a line break inside a paragraph (Shift+Enter)', () => {
  const broken = base([
    {
      id: 'c',
      title: '主要工作',
      paragraphs: ['全年争取专项资金412.5万元。\n2、全面落实行政执法“三项制度”。'],
      items: [{ id: 'i', body: '规范执法。\n（二）持续优化营商环境。' }],
    },
  ]);

  it('is one paragraph in every output: a new line in the PDF, <w:br/> in Word, U+2028 in text, <br> in HTML', async () => {
    const { pages } = layoutDocument(buildDocument(broken), broken.style, loadFontSet());
    const lines = pages[0]!.lines.filter((l) => l.kind === 'body');
    const text = (i: number) => lines[i]!.glyphs.map((g) => String.fromCodePoint(g.codePoint)).join('');
    expect([text(0), text(1)]).toEqual(['全年争取专项资金412.5万元。', '2、全面落实行政执法“三项制度”。']);
    // The line after the break starts at the left edge, the paragraph's first line two cells in; one block.
    expect(lines[0]!.glyphs[0]!.x).toBeCloseTo(2 * CELL);
    expect(lines[1]!.glyphs[0]!.x).toBeCloseTo(0);
    expect(lines[1]!.block).toBe(lines[0]!.block);

    const xml = await (
      await JSZip.loadAsync((await renderDocx(broken)).bytes)
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toMatch(/412\.5万元。<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>2、全面落实/);
    expect(renderText(broken)).toContain('412.5万元。\u20282、全面落实');
    expect(renderPublicHtml(broken)).toContain('412.5万元。<br>2、全面落实');
  });

  it('comes back as the same paragraph, never a new item, from .docx and plain text', async () => {
    for (const report of [await viaDocx(broken), viaText(broken)]) {
      expect(report.chapters[0]!.paragraphs).toEqual(broken.chapters[0]!.paragraphs);
      expect(report.chapters[0]!.items.map((i) => i.body)).toEqual(['规范执法。\n（二）持续优化营商环境。']);
      expect(report.chapters[0]!.sections).toEqual([]);
    }
  });

  it('keeps the fingerprint the report had when a line break was a new line of the canonical text', () => {
    const withNewLine = { ...broken, chapters: [{ ...broken.chapters[0]!, items: [], paragraphs: ['甲。', '乙。'] }] };
    const withBreak = { ...broken, chapters: [{ ...broken.chapters[0]!, items: [], paragraphs: ['甲。\n乙。'] }] };
    expect(fingerprint(withBreak)).toBe(fingerprint(withNewLine));
  });
});

describe('an English report', () => {
  const english = reportSchema.parse({
    ...base([]),
    meta: { organisation: 'District Justice Bureau', year: 2024, language: 'en', date: '2025-01-08' },
    style: { itemScheme: 'arabic', subItemScheme: 'diyi' },
    chapters: [
      {
        id: 'c',
        title: 'Main work carried out',
        items: [
          { id: 'i', title: 'Training.', body: 'Staff studied the law.', subItems: [{ id: 's', body: 'Twice.' }] },
        ],
        sections: [{ id: 's', heading: 'Enforcement.', paragraphs: ['Cases were reviewed.'] }],
      },
    ],
  });

  it('comes back from .docx with its chapters, numbered items and lettered sub-items, title and date', async () => {
    const back = await viaDocx(english);
    expect(reportContent(back, 'docx')).toEqual(reportContent(english, 'docx'));
    expect(back.meta).toMatchObject({ language: 'en', organisation: 'District Justice Bureau', title: null });
    expect(renderText(back)).toContain('1. Main work carried out\n1. Training. Staff studied the law.\n(a) Twice.\n');
  });
});

describe('a .docx that is not the app’s own', () => {
  const docx = async (children: Paragraph[], customProperties: { name: string; value: string }[] = []) =>
    (
      await importReportBytes(
        new Uint8Array(await Packer.toBuffer(new Document({ customProperties, sections: [{ children }] }))),
      )
    ).report;

  it('reads a line end inside a run of text as Word shows it, a space; a break is w:br', async () => {
    const report = await docx([
      new Paragraph({ children: [new TextRun('一、主要工作')] }),
      new Paragraph({
        children: [new TextRun('全年争取资金。\n2、全面落实。'), new TextRun({ text: '继续。', break: 1 })],
      }),
    ]);
    expect(report.chapters[0]!.paragraphs).toEqual(['全年争取资金。 2、全面落实。\n继续。']);
  });

  it('takes the app’s recorded properties only where the model can hold them', async () => {
    const report = await docx(
      [new Paragraph({ children: [new TextRun('一、主要工作')] }), new Paragraph('全年开展工作。')],
      [
        { name: 'ReportDeskYear', value: '99999' },
        { name: 'ReportDeskOrganisation', value: '局'.repeat(3000) },
        { name: 'ReportDeskIndicators', value: '[{"label":1}]' },
      ],
    );
    expect(report.meta.organisation).toBe('');
    expect(report.meta.year).toBeGreaterThan(2000);
    expect(report.indicators.map((i) => i.key)).toContain('law-study-meetings');
  });
});
