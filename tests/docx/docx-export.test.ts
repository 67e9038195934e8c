// The Word export through an independent engine: each report shape exported to .docx, converted by LibreOffice
// headless to PDF, and measured: A4, margins, 22 lines of 28 characters, the app's own text, page numbers on
// alternating sides, the signature block; the approved first and last page of the seed; and the XML itself
// (styles, grid, odd/even footers, fonts with their Windows alternates, document properties).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { renderText } from '../../core/text-render';
import { writeOutput } from '../../electron/services/output-formats';
import { CELL, LEFT, MM } from '../../core/page-geometry';
import { stampLine } from '../../core/export-stamp';
import { longReport, seedText } from '../pdf/long-report';
import { RIGHT, compare, readPng, renderPage, squash } from '../pdf/pdf-inspect';
import { cellOf, checkTemplateLayout, readConverted, type DocxPdf } from './docx-layout';
import { convertAll, hasLibreOffice } from './libreoffice';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(repoRoot, 'tests/artifacts/docx');
const reference = path.join(repoRoot, 'tests/docx/reference');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures', name), 'utf8');

const withStatus = (report: Report, status: Report['meta']['status']): Report => ({
  ...report,
  meta: { ...report.meta, status },
});

const standalone = importOutline(fixture('standalone-sections-2024.txt'));

/** The report shapes set by LibreOffice: each exported to .docx, then all converted to PDF in one run. */
const shapes = {
  seed: importOutline(seedText()),
  standalone: withStatus(standalone, 'signed-off'),
  seal: { ...standalone, style: { ...standalone.style, seal: true } },
  'five-part': importOutline(fixture('outline-five-part.txt')),
  long: longReport(2),
  english: reportSchema.parse({
    schemaVersion: 1,
    id: 'en-1',
    templateId: 'department-annual',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    meta: { organisation: 'District Statistics Bureau', year: 2024, language: 'en', status: 'final' },
    preamble: ['In 2024 the bureau carried out the annual plan for building a rule-of-law government. '.repeat(8)],
    chapters: [
      {
        id: 'c1',
        title: 'Main work and results',
        sections: [
          { id: 's1', heading: 'Studying the law.', paragraphs: ['Twelve study sessions were held. '.repeat(20)] },
        ],
      },
    ],
  }),
} satisfies Record<string, Report>;
type Shape = keyof typeof shapes;

describe.skipIf(!hasLibreOffice)('the Word export set by LibreOffice', () => {
  const pdfs = {} as Record<Shape, string>;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const names = Object.keys(shapes) as Shape[];
    const docxFiles = names.map((name) => path.join(artifacts, `${name}.docx`));
    for (const [i, name] of names.entries()) await writeOutput('docx', shapes[name], docxFiles[i]!, {});
    const converted = convertAll(docxFiles, 'pdf', artifacts);
    for (const [i, name] of names.entries()) pdfs[name] = converted[i]!;
  }, 120_000);

  describe('the seed as .docx', () => {
    const report = shapes.seed;
    let doc: DocxPdf;
    beforeAll(() => {
      doc = readConverted(pdfs.seed);
    });

    it('sets 22 lines of 28 characters in the 公文 type area, with the same text as the PDF and page numbers on alternating sides', () => {
      const { exactShare } = checkTemplateLayout(doc, { text: renderText(report) });
      expect(exactShare).toBeGreaterThan(0.85);
      expect(doc.pages).toBeGreaterThan(3);
    });

    it('marks a draft in the header of every page', () => {
      expect(doc.headers.map((l) => l.text)).toEqual(Array.from({ length: doc.pages }, () => '草稿'));
    });

    it("prints the PDF's stamp line small under the last page's number, from the left margin, and on no other page", () => {
      const { stamps, pageNumbers, pages } = doc;
      expect(stamps.map((l) => [l.page, squash(l.text)])).toEqual([[pages, squash(stampLine(report, 'zh-CN'))]]);
      const [stamp] = stamps;
      expect(Math.abs(stamp!.xMin - LEFT)).toBeLessThan(MM);
      expect(stamp!.yMin).toBeGreaterThan(pageNumbers[pages - 1]!.yMax);
      expect(stamp!.yMax - stamp!.yMin).toBeLessThan(12);
    });

    it('carries the title and the unit as document properties', () => {
      const info = execFileSync('pdfinfo', [pdfs.seed], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+区统计局2023年法治政府建设情况报告/);
      expect(info).toMatch(/Author:\s+区统计局/);
    });

    it('looks like the approved first and last pages (pdftoppm, 60 dpi)', () => {
      for (const [name, page] of [
        ['seed-first', 1],
        ['seed-last', doc.pages],
      ] as const) {
        const rendered = renderPage(pdfs.seed, page);
        const file = path.join(reference, `${name}.png`);
        expect(existsSync(file), `${file}: approve a reference first`).toBe(true);
        const diff = compare(rendered, readPng(file));
        writeFileSync(path.join(artifacts, `${name}.diff.json`), JSON.stringify(diff));
        expect(diff.differing, name).toBeLessThan(0.005);
        expect(diff.mean, name).toBeLessThan(2);
      }
    });
  });

  describe('other report shapes as .docx', () => {
    it('standalone sections, 1. and （1） items, a recipient and the signature without a seal', () => {
      const doc = readConverted(pdfs.standalone);
      checkTemplateLayout(doc, { text: renderText(shapes.standalone) });
      expect(doc.headers).toEqual([]);
      const recipient = doc.body.find((l) => l.text.startsWith('市人民政府'))!;
      expect(Math.abs(recipient.xMin - LEFT)).toBeLessThan(MM);
      const [unit, date] = doc.body.slice(-2);
      expect([squash(unit!.text), squash(date!.text)]).toEqual(['市司法局', '2025年1月20日']);
      // The date is longer than the unit: 2 characters in from the right, the unit 2 characters left of its start.
      // The unit is placed from the date's width as Word sets it; LibreOffice widens the date by the space it
      // puts between Chinese characters and digits (it ignores w:autoSpaceDN), hence the looser bound.
      expect(Math.abs(date!.xMax - (RIGHT - 2 * CELL))).toBeLessThan(MM);
      expect(Math.abs(unit!.xMin - (date!.xMin - 2 * CELL))).toBeLessThan(1.5 * CELL);
      expect(cellOf(date!)! - cellOf(unit!)!).toBe(1);
    });

    it('the signature with space for the seal: the date 4 characters in, the unit centred above it', () => {
      const doc = readConverted(pdfs.seal);
      checkTemplateLayout(doc, { text: renderText(shapes.seal) });
      const [before, unit, date] = doc.body.slice(-3);
      expect(Math.abs(date!.xMax - (RIGHT - 4 * CELL))).toBeLessThan(MM);
      expect(Math.abs((unit!.xMin + unit!.xMax) / 2 - (date!.xMin + date!.xMax) / 2)).toBeLessThan(CELL);
      if (before!.page === unit!.page) expect(cellOf(unit!)! - cellOf(before!)!).toBe(3);
    });

    it('a five-part report and a 12-page report', () => {
      for (const name of ['five-part', 'long'] as const) {
        const doc = readConverted(pdfs[name]);
        const { exactShare } = checkTemplateLayout(doc, { text: renderText(shapes[name]) });
        expect(exactShare, name).toBeGreaterThan(0.8);
      }
    });

    it('an English report, set word by word in a Latin face on the same line grid', () => {
      const doc = readConverted(pdfs.english);
      checkTemplateLayout(doc, { text: renderText(shapes.english), latin: true });
    });
  });
});

describe('the .docx itself', () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const file = path.join(artifacts, 'xml.docx');
    await writeOutput('docx', importOutline(seedText()), file, {});
    const zip = await JSZip.loadAsync(readFileSync(file));
    parts = {};
    for (const name of Object.keys(zip.files)) parts[name] = await zip.file(name)!.async('string');
  });

  it('sets A4, the 37/35/28/26 mm margins and a line grid of 22 lines (579 twips)', () => {
    const document = parts['word/document.xml']!;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    // Numbers are typed characters, not Word lists.
    expect(document).not.toMatch(/<w:numPr>/);
    expect(document).toContain('一、</w:t>');
  });

  it('carries faces and sizes in named styles: 仿宋_GB2312 16 pt body indented two characters, 方正小标宋简体 22 pt title, 黑体 and 楷体_GB2312 headings', () => {
    const styles = parts['word/styles.xml']!;
    const style = (id: string) =>
      new RegExp(`<w:style[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
    expect(styles).toMatch(/<w:ind w:firstLine="632" w:firstLineChars="200"\/>/);
    expect(style('Normal')).toMatch(/<w:sz w:val="32"\/>/);
    expect(style('Normal')).toMatch(/<w:spacing w:val="-5"\/>/);
    expect(style('GwTitle')).toMatch(/<w:name w:val="公文标题"\/>/);
    expect(style('GwTitle')).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(style('GwTitle')).toMatch(/<w:sz w:val="44"\/>/);
    expect(style('GwTitle')).toMatch(/<w:jc w:val="center"\/>/);
    expect(style('GwHeading1')).toMatch(/w:eastAsia="黑体"/);
    expect(style('GwHeading1')).toMatch(/<w:outlineLvl w:val="0"\/>/);
    expect(style('GwHeading2')).toMatch(/w:eastAsia="楷体_GB2312"/);
    for (const id of ['GwRecipient', 'GwHeading3', 'GwHeading4', 'GwSignatureUnit', 'GwSignatureDate'])
      expect(style(id), id).not.toBe('');
  });

  it('names the Windows alternates of the official faces in the font table', () => {
    const fonts = parts['word/fontTable.xml']!;
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
  });

  it('has different odd and even footers holding a PAGE field in 14 pt 宋体', () => {
    expect(parts['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>/);
    const footers = Object.keys(parts).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers).toHaveLength(2);
    const alignments = footers.map((n) => /<w:jc w:val="(\w+)"\/>/.exec(parts[n]!)?.[1]).sort();
    expect(alignments).toEqual(['left', 'right']);
    for (const n of footers) expect(parts[n]).toMatch(/PAGE/);
    expect(parts['word/styles.xml']).toMatch(
      /w:styleId="GwPageNumber"[\s\S]*?w:eastAsia="宋体"[\s\S]*?<w:sz w:val="28"\/>[\s\S]*?<\/w:style>/,
    );
  });

  it('keeps punctuation inside the type area and records title, author and language', () => {
    expect(parts['word/document.xml']).toMatch(/<w:overflowPunct w:val="0"\/>/);
    expect(parts['docProps/core.xml']).toMatch(/<dc:title>区统计局2023年法治政府建设情况报告<\/dc:title>/);
    expect(parts['docProps/core.xml']).toMatch(/<dc:creator>区统计局<\/dc:creator>/);
    expect(parts['docProps/core.xml']).toMatch(/<dcterms:created [^>]*>\d{4}-/);
    expect(parts['word/styles.xml']).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
  });
});
