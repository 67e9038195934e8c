// The layout's choices that a PDF's text layer does not show: faces and weights per run, and how pages break.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/document';
import { reportSchema, type DocumentStyle, type Report } from '../../core/model';
import { loadFontSet, type FaceRole } from '../../electron/formats/pdf/fonts';
import { LINES_PER_PAGE } from '../../core/page-geometry';
import { layoutDocument, paginate, type LaidLine } from '../../electron/formats/pdf/page-layout';

const fonts = loadFontSet();

function report(style: Partial<DocumentStyle>): Report {
  return reportSchema.parse({
    schemaVersion: 1,
    id: 'layout',
    templateId: 'department-annual',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    meta: { organisation: '测试局', year: 2024 },
    style,
    chapters: [
      {
        id: 'c1',
        title: '主要工作',
        sections: [
          {
            id: 's1',
            heading: '加强学习。',
            headingStyle: 'run-in',
            paragraphs: ['正文内容。'],
            items: [{ id: 'i1', title: '积极履职。', body: '结合实际开展工作。' }],
          },
        ],
      },
    ],
  });
}

/** Each character of the laid-out document with the face role that set it and its weight. */
function glyphsOf(r: Report): { ch: string; role: FaceRole | null; bold: boolean }[] {
  const roleOf = (faceId: string): FaceRole | null =>
    (['heading', 'kai', 'body', 'title'] as const).find((role) => fonts.chain(role)[0]!.id === faceId) ?? null;
  const { pages } = layoutDocument(buildDocument(r), r.style, fonts);
  return pages.flatMap((p) =>
    p.lines.flatMap((l) =>
      l.glyphs.map((g) => ({ ch: String.fromCodePoint(g.codePoint), role: roleOf(g.face.id), bold: g.bold })),
    ),
  );
}

const textOf = (gs: { ch: string }[]) => gs.map((g) => g.ch).join('');

describe('faces and weights', () => {
  it('sets level-1 headings in 黑体, section headings in 楷体 and the body in 仿宋', () => {
    const gs = glyphsOf(report({}));
    expect(textOf(gs.filter((g) => g.role === 'heading'))).toBe('一、主要工作');
    expect(textOf(gs.filter((g) => g.role === 'kai'))).toBe('（一）加强学习。');
    expect(textOf(gs.filter((g) => g.role === 'body'))).toContain('正文内容。');
  });

  it('bolds item titles only under the Arabic scheme, and section headings when the style says so', () => {
    const arabic = glyphsOf(report({ itemScheme: 'arabic', boldItemHeadings: true }));
    expect(textOf(arabic.filter((g) => g.bold))).toBe('1.积极履职。');
    const yishi = glyphsOf(report({ itemScheme: 'yishi', boldItemHeadings: true }));
    expect(yishi.some((g) => g.bold)).toBe(false);
    const sections = glyphsOf(report({ itemScheme: 'yishi', boldSectionHeadings: true }));
    expect(textOf(sections.filter((g) => g.bold))).toBe('（一）加强学习。');
  });
});

describe('Latin letters and digits', () => {
  it('take the Latin face inside Chinese text when the style asks for a serif', () => {
    const r = report({});
    r.chapters[0]!.paragraphs = ['2023年GB标准'];
    const { pages } = layoutDocument(
      buildDocument({ ...r, style: { ...r.style, latinFont: 'serif' } }),
      { ...r.style, latinFont: 'serif' },
      fonts,
    );
    const latin = fonts.chain('latin')[0]!.id;
    const set = pages[0]!.lines
      .flatMap((l) => l.glyphs)
      .filter((g) => g.face.id === latin)
      .map((g) => String.fromCodePoint(g.codePoint));
    expect(set.join('')).toContain('2023GB');
  });
});

describe('paginate', () => {
  const line = (kind: LaidLine['kind'], block: number, last = false): LaidLine => ({
    kind,
    glyphs: [],
    keepWithNext: kind === 'heading',
    block,
    last,
  });
  /** A paragraph of n lines as block b. */
  const paragraph = (b: number, n: number) => Array.from({ length: n }, (_, i) => line('body', b, i === n - 1));

  it('fills pages with 22 lines', () => {
    const pages = paginate(paragraph(0, 50));
    expect(pages.map((p) => p.lines.length)).toEqual([22, 22, 6]);
  });

  it('moves a heading that would end a page to the next one', () => {
    const pages = paginate([...paragraph(0, 21), line('heading', 1), ...paragraph(2, 5)]);
    expect(pages[0]!.lines.length).toBe(21);
    expect(pages[1]!.lines[0]!.kind).toBe('heading');
  });

  it('carries the line before a paragraph’s last line along, so that it never stands alone at the top', () => {
    const pages = paginate([...paragraph(0, 10), ...paragraph(1, 13)]);
    expect(pages.map((p) => p.lines.length)).toEqual([21, 2]);
  });

  it('never leaves a paragraph’s first line alone at the bottom of a page', () => {
    const pages = paginate([...paragraph(0, 21), ...paragraph(1, 5)]);
    expect(pages.map((p) => p.lines.length)).toEqual([21, 5]);
  });

  it('keeps a two-line heading whole and with the first two lines of its paragraph', () => {
    const heading = [line('heading', 1), line('heading', 1, true)];
    const pages = paginate([...paragraph(0, 19), ...heading, ...paragraph(2, 5)]);
    expect(pages.map((p) => p.lines.length)).toEqual([19, 7]);
  });

  it('moves one-line paragraphs freely: a page of them is always full', () => {
    const lines = Array.from({ length: 30 }, (_, b) => line('body', b, true));
    expect(paginate(lines).map((p) => p.lines.length)).toEqual([22, 8]);
  });

  it('takes two body lines along with a signature that does not fit, and never opens a page with a blank', () => {
    const signature = [line('signature', 9), line('signature', 9), line('signature', 9)];
    signature[1]!.glyphs.push({} as never);
    signature[2]!.glyphs.push({} as never);
    const pages = paginate([...paragraph(0, LINES_PER_PAGE), ...signature]);
    expect(pages.map((p) => p.lines.length)).toEqual([20, 5]);
    expect(pages[1]!.lines.map((l) => l.kind)).toEqual(['body', 'body', 'signature', 'signature', 'signature']);
  });
});
