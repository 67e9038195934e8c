// Reports of other shapes than the seed: standalone sections, 1./（1） items, a recipient line, the signature
// with and without seal space, an English report, a 60-page report. Each passes the same layout checks.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/document';
import { importOutline } from '../../core/outline-import';
import { reportSchema, type Report } from '../../core/model';
import { renderPdf } from '../../electron/formats/pdf/export';
import { CELL, LEFT, TOP, TYPE_WIDTH } from '../../core/page-geometry';
import { checkOfficialLayout } from './layout-checks';
import { longReport } from './long-report';
import { paginationProblems } from './pagination-checks';
import { emTop, isPageNumber, slotOf, type TextLine } from './pdf-inspect';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(repoRoot, 'tests/artifacts/pdf');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures', name), 'utf8');
const RIGHT = LEFT + TYPE_WIDTH;

async function exported(name: string, report: Report) {
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.pdf`);
  const { bytes, ...result } = await renderPdf(report);
  writeFileSync(file, bytes);
  return { file, result };
}

const body = (lines: TextLine[]) => lines.filter((l) => !isPageNumber(l));

describe('standalone sections, 1. and （1） items, recipient and signature', () => {
  const text = fixture('standalone-sections-2024.txt');
  let lines: TextLine[];

  beforeAll(async () => {
    const report = importOutline(text);
    const { file, result } = await exported('standalone', report);
    expect(result.missingCharacters).toEqual([]);
    ({ lines } = checkOfficialLayout(file, { text }));
    expect(paginationProblems(lines, buildDocument(report))).toEqual([]);
  });

  it('sets the recipient flush left on the line after the blank line below the title', () => {
    const recipient = lines.find((l) => l.text.startsWith('市人民政府'))!;
    expect(recipient.text).toBe('市人民政府：');
    expect(Math.abs(recipient.xMin - LEFT)).toBeLessThan(0.5);
    expect(slotOf(recipient)).toBe(2);
  });

  it('sets standalone section headings on their own line, indented two characters', () => {
    const heading = lines.find((l) => l.text.startsWith('（一）健全'))!;
    expect(heading.text).toBe('（一）健全依法行政制度体系');
    expect(Math.abs(heading.xMin - (LEFT + 2 * CELL))).toBeLessThan(0.5);
  });

  it('signs without a seal: unit 2 characters in from the right, the date below starting 2 characters further right', () => {
    const all = body(lines);
    const [unit, date] = all.slice(-2) as [TextLine, TextLine];
    expect(unit.text).toBe('市司法局');
    expect(date.text).toBe('2025年1月20日');
    // The date is longer than the unit: the date sits 2 characters in, the unit 2 characters left of its start.
    expect(Math.abs(date.xMax - (RIGHT - 2 * CELL))).toBeLessThan(1);
    expect(Math.abs(unit.xMin - (date.xMin - 2 * CELL))).toBeLessThan(1);
    // One blank line between the body and the unit, the date on the next line.
    const last = all[all.length - 3]!;
    expect(slotOf(unit)! - slotOf(last)!).toBe(2);
    expect(slotOf(date)! - slotOf(unit)!).toBe(1);
    expect(unit.page).toBe(last.page);
  });

  it('signs with seal space: the date 4 characters in from the right and the unit centred above it', async () => {
    const report = importOutline(text);
    const { file } = await exported('seal', { ...report, style: { ...report.style, seal: true } });
    const all = body(checkOfficialLayout(file, { text }).lines);
    const [unit, date] = all.slice(-2) as [TextLine, TextLine];
    expect(Math.abs(date.xMax - (RIGHT - 4 * CELL))).toBeLessThan(1);
    expect(Math.abs((unit.xMin + unit.xMax) / 2 - (date.xMin + date.xMax) / 2)).toBeLessThan(1);
    expect(slotOf(unit)! - slotOf(all[all.length - 3]!)!).toBe(3);
  });

  it('never leaves the signature alone on a page', async () => {
    // Pad the report until the body ends on the last line of a page: the signature then takes body lines along.
    const base = importOutline(text);
    for (let extra = 0; extra < 22; extra++) {
      const report = {
        ...base,
        preamble: [...base.preamble, ...Array.from({ length: extra }, (_, i) => `补充说明第${i + 1}项。`)],
      };
      const { file } = await exported('signature-keep', report);
      const checked = checkOfficialLayout(file).lines;
      expect(paginationProblems(checked, buildDocument(report)), `extra ${extra}`).toEqual([]);
      const all = body(checked);
      const lastPage = all[all.length - 1]!.page;
      expect(all.filter((l) => l.page === lastPage).length, `extra ${extra}`).toBeGreaterThan(2);
    }
  });
});

describe('an English report', () => {
  const report = reportSchema.parse({
    schemaVersion: 1,
    id: 'en-1',
    templateId: 'department-annual',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    meta: {
      organisation: 'District Statistics Bureau',
      year: 2024,
      language: 'en',
      status: 'final',
      signatureUnit: 'District Statistics Bureau',
      date: '2025-01-20',
    },
    preamble: [
      'In 2024 the bureau carried out the annual plan for building a rule-of-law government, in line with the national outline and the provincial work points, and improved the quality of its statistical law enforcement.',
    ],
    chapters: [
      {
        id: 'c1',
        title: 'Main work and results',
        sections: [
          {
            id: 's1',
            heading: 'Studying and publicising the law.',
            paragraphs: [
              'The leading group held 12 study sessions on the Statistics Law and the Civil Code, and invited legal advisers to give lectures to all staff. Internationalisation-related counter-responsibilities were reviewed, and 98.6% of cases met the standard.'.repeat(
                3,
              ),
            ],
          },
        ],
      },
      {
        id: 'c2',
        title: 'Shortcomings',
        paragraphs: [
          'Training for grassroots enforcement staff still needs strengthening, and the integration of legal work with statistical business is not yet sufficient.',
        ],
      },
    ],
  });

  it('wraps words, justifies full lines to the grid edge and carries no watermark when final', async () => {
    const { file, result } = await exported('english', report);
    expect(result.missingCharacters).toEqual([]);
    const { lines } = checkOfficialLayout(file, { latin: true });
    const words = new Set(
      [
        report.preamble.join(' '),
        ...report.chapters.flatMap((c) => [
          c.title,
          ...c.paragraphs,
          ...c.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
        ]),
      ]
        .join(' ')
        .split(/\s+/),
    );
    // Every word on every line is a whole word of the source: no word was split across lines.
    const text = body(lines).filter((l) => l.yMax - l.yMin < 20); // not the 22 pt title
    for (const line of text.slice(0, -2)) {
      for (const word of line.text.split(/\s+/).filter((w) => !/^\(?\d+\.?\)?$/.test(w)))
        expect(words.has(word), `${word} in 「${line.text}」`).toBe(true);
    }
    expect(lines.some((l) => /DRAFT/.test(l.text))).toBe(false);
    expect(body(lines).at(-1)!.text).toBe('January 20, 2025');
  });
});

describe('a 60-page report', () => {
  it('keeps every page on the grid and numbers all 60', async () => {
    const report = longReport(11);
    const { file, result } = await exported('long', report);
    expect(result.pages).toBeGreaterThanOrEqual(55);
    const { lines, pages } = checkOfficialLayout(file);
    expect(pages).toBe(result.pages);
    expect(paginationProblems(lines, buildDocument(report))).toEqual([]);
    expect(lines.filter(isPageNumber)).toHaveLength(pages);
    // The copies are varied so that line breaks fall differently (what the benchmark relies on).
    const texts = body(lines).map((l) => l.text);
    expect(texts.length - new Set(texts).size).toBeLessThan(texts.length / 50);
    for (const page of [2, Math.floor(pages / 2), pages - 1]) {
      const first = body(lines).find((l) => l.page === page)!;
      expect(Math.abs(emTop(first) - TOP)).toBeLessThan(1);
    }
  });
});
