// The Word export: report → the office's 公文 template as .docx, written with the `docx` package. It lays out
// the same document blocks as the PDF and the plain text (core/document.ts), so numbering and text agree; the
// numbers are typed characters, as offices expect when they copy paragraphs between documents. Word, WPS and
// LibreOffice set the lines themselves on the template's 22 × 28 grid; what decides pages is set as the PDF sets
// it: the title broken where the PDF breaks it, a row of the grid to each of its lines, widow control, and the
// last lines of text kept with the signature.
import {
  AlignmentType,
  Document,
  DocumentDefaults,
  FrameAnchorType,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  StyleForParagraph,
  TextRun,
  StyleForCharacter,
  type XmlComponent,
  type ICharacterStyleOptions,
  type IParagraphOptions,
  type IParagraphPropertiesOptions,
  type IParagraphStyleOptions,
  type IRunOptions,
} from 'docx';
import { buildDocument, type Block, type Run, type RunRole } from '../../../core/document';
import { asAppError } from '../../../core/errors';
import { translator } from '../../../core/i18n';
import { isFullWidth } from '../../../core/char-width';
import type { Language, Report } from '../../../core/model';
import { boldRuns } from '../../../core/print-emphasis';
import { printsAsDraft } from '../../../core/report-ops';
import { placeSignature } from '../../../core/signature-placement';
import { stampLine } from '../../../core/export-stamp';
import {
  DOCX_CHARACTER_STYLE_NAMES,
  DOCX_PARAGRAPH_STYLE_NAMES as NAMES,
  DOCX_PROPERTIES,
} from '../../../core/docx-structure';
import { BODY_SIZE, CELL, LEFT, MM, PAGE_NUMBER_BASELINE, TYPE_WIDTH } from '../../../core/page-geometry';
import { loadFontSet } from '../pdf/fonts';
import { titleLineTexts } from '../pdf/page-layout';
import { fontTableXml } from './font-table';
import { OffGridStyle, TypesetParagraph, latentStyles } from './style-elements';
import {
  CELL_TWIPS,
  CHARACTER_SPACING,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  LINE_PITCH_TWIPS,
  MARGIN,
  PAGE,
  SIZE,
  STYLE,
  TYPE_WIDTH_TWIPS,
  runFonts,
  twips,
  type DocxFace,
} from './template';

export interface DocxOptions {
  /** Mark the copy as a draft even when the report is final. Drafts always are. */
  forceDraft?: boolean;
  /** The stamp line to print instead of the report's own: a copy's (the public copy, core/export-stamp.ts). */
  stampLine?: string;
}

export interface DocxResult {
  bytes: Uint8Array;
  /** Paragraphs written (title, body, headings, signature lines). */
  paragraphs: number;
  draft: boolean;
}

interface Context {
  language: Language;
  latinSerif: boolean;
  report: Report;
}

/** Every paragraph is set as the PDF sets it (TypesetParagraph). */
const para = (options: IParagraphOptions): Paragraph => new TypesetParagraph(options);

/** The face a run's role is set in (the same assignment as the PDF's). */
function faceOf(role: RunRole): DocxFace {
  if (role === 'chapter-marker' || role === 'chapter-title') return 'heading';
  if (role === 'section-marker' || role === 'section-heading') return 'kai';
  return 'body';
}

/** The character style that marks a run as an item's number or title, for the import to read them back. */
function markOf(role: RunRole): string | undefined {
  if (role === 'item-marker' || role === 'subitem-marker') return STYLE.itemMarker;
  if (role === 'item-title' || role === 'subitem-title') return STYLE.itemTitle;
  return undefined;
}

/** Text as Word's runs: a line break inside a paragraph ("\n" in the model) is Word's line break, <w:br/>. */
const textRuns = (text: string, options: IRunOptions = {}): TextRun[] =>
  text.split('\n').map((part, i) => new TextRun({ ...options, text: part, ...(i > 0 ? { break: 1 } : {}) }));

function runs(block: { runs: Run[] }, paragraphFace: DocxFace, ctx: Context): TextRun[] {
  const bold = boldRuns(block.runs, ctx.report.style);
  const english = ctx.language === 'en';
  return block.runs.flatMap((run, i) => {
    const face = faceOf(run.role);
    // English chapter headings are set bold in the Latin face, as the PDF does; section headings stay regular.
    const strong = bold[i]! || (english && face === 'heading');
    const mark = markOf(run.role);
    return textRuns(run.text, {
      ...(mark ? { style: mark } : {}),
      ...(strong ? { bold: true } : {}),
      ...(face !== paragraphFace ? { font: runFonts(face, ctx.language, ctx.latinSerif) } : {}),
    });
  });
}

/** A text's width in points as the template sets the body: a grid cell for each Chinese character, about half
 * one for Latin. */
const estimatedWidth = (text: string): number =>
  [...text].reduce((sum, ch) => sum + (isFullWidth(ch) ? CELL : BODY_SIZE / 2), 0);

/** The title broken where the PDF breaks it (balanced, longer lines first), each break a line break. */
function titleParagraph(text: string, ctx: Context): Paragraph {
  const lines = titleLineTexts(text, ctx.report.style, loadFontSet({ language: ctx.language }), ctx.language === 'en');
  return para({
    style: STYLE.title,
    children: lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

const blankParagraph = (keepNext = false): Paragraph => para({ ...(keepNext ? { keepNext: true } : {}) });

/**
 * The signature block as the PDF places it (core/signature-placement.ts). A line whose end the rule fixes (2 or
 * 4 characters in from the right) is right-aligned, so it ends there whatever the engine's glyph widths; the
 * other is indented to where the rule starts it, or centred above the date when there is room for a seal.
 */
function signatureParagraphs(unit: string, date: string | null, ctx: Context): Paragraph[] {
  const u = unit ? estimatedWidth(unit) : null;
  const d = date ? estimatedWidth(date) : null;
  const seal = ctx.report.style.seal;
  const place = placeSignature(u, d, seal, TYPE_WIDTH, CELL);
  const fromRight = (start: number, w: number) => ({
    alignment: AlignmentType.RIGHT,
    indent: { right: twips(Math.max(0, TYPE_WIDTH - start - w)) },
  });
  const fromLeft = (start: number) => ({ alignment: AlignmentType.LEFT, indent: { left: twips(start) } });
  const dateEndsOnRule = d !== null && (seal || u === null || place.dateStart! + d >= TYPE_WIDTH - 2 * CELL - 0.01);
  let unitLayout = {};
  if (u !== null) {
    if (seal && d !== null) {
      const centre = place.dateStart! + d / 2;
      unitLayout = { alignment: AlignmentType.CENTER, indent: { left: twips(Math.max(0, 2 * centre - TYPE_WIDTH)) } };
    } else unitLayout = dateEndsOnRule && d !== null ? fromLeft(place.unitStart!) : fromRight(place.unitStart!, u);
  }
  // The block moves as one: its blank lines and the unit keep with what follows.
  const paragraphs = Array.from({ length: place.blankLines }, () => blankParagraph(true));
  if (unit) {
    paragraphs.push(
      para({ style: STYLE.signatureUnit, keepNext: date !== null, ...unitLayout, children: [new TextRun(unit)] }),
    );
  }
  if (date) {
    const layout = dateEndsOnRule ? fromRight(place.dateStart!, d!) : fromLeft(place.dateStart!);
    paragraphs.push(para({ style: STYLE.signatureDate, ...layout, children: [new TextRun(date)] }));
  }
  return paragraphs;
}

/**
 * Whether block i keeps with the next, so that the signature never opens a page without the last two lines of
 * text before it, as the PDF keeps them: the last paragraph keeps with the signature (widow control brings two
 * of its lines), and the one before too when the last is a single line.
 */
function keepsWithSignature(blocks: Block[], i: number): boolean {
  const next = blocks[i + 1];
  if (next?.type === 'signature') return true;
  const oneLine = (block: Block) =>
    block.type === 'paragraph' && 2 * CELL + estimatedWidth(block.runs.map((r) => r.text).join('')) <= TYPE_WIDTH;
  return blocks[i + 2]?.type === 'signature' && next !== undefined && oneLine(next);
}

function blockParagraphs(block: Block, ctx: Context, keepNext: boolean): Paragraph[] {
  switch (block.type) {
    case 'title':
      return [titleParagraph(block.text, ctx), blankParagraph()];
    case 'recipient':
      return [para({ style: STYLE.recipient, children: [new TextRun(block.text)] })];
    case 'heading':
      return block.level === 1
        ? [para({ style: STYLE.heading1, children: runs(block, 'heading', ctx) })]
        : [para({ style: STYLE.heading2, children: runs(block, 'kai', ctx) })];
    case 'paragraph': {
      // An item or a sub-item of its own (not items running inline in a paragraph): 三级标题, 四级标题.
      const kind = block.path.at(-2);
      const style = kind === 'items' ? STYLE.heading3 : kind === 'subItems' ? STYLE.heading4 : undefined;
      return [
        para({ ...(style ? { style } : {}), ...(keepNext ? { keepNext } : {}), children: runs(block, 'body', ctx) }),
      ];
    }
    case 'signature':
      return signatureParagraphs(block.unit, block.date, ctx);
  }
}

/** The template's paragraph styles: every face and size lives in a style, so a typist restyles in one place. */
function styleOptions(ctx: Context): IParagraphStyleOptions[] {
  const fonts = (face: DocxFace) => runFonts(face, ctx.language, ctx.latinSerif);
  const english = ctx.language === 'en';
  const flush = { indent: { firstLine: 0, firstLineChars: 0 } };
  return [
    {
      // The body's face and size also on Normal itself, not only in the document defaults: LibreOffice sizes the
      // character grid from the Normal style.
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      // English text is set word by word in its own face: no squeeze.
      run: { font: fonts('body'), size: SIZE.body, ...(english ? {} : { characterSpacing: CHARACTER_SPACING }) },
    },
    {
      id: STYLE.title,
      name: NAMES.title,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: fonts('title'), size: SIZE.title, ...(english ? { bold: true } : {}) },
      paragraph: {
        alignment: AlignmentType.CENTER,
        ...flush,
        // One row of the grid per title line, as the PDF sets it (off the grid, or LibreOffice gives it two).
        spacing: { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT },
        keepNext: true,
      },
    },
    {
      id: STYLE.recipient,
      name: NAMES.recipient,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: { ...flush },
    },
    {
      id: STYLE.heading1,
      name: NAMES.chapter,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: fonts('heading'), ...(english ? { bold: true } : {}) },
      paragraph: { outlineLevel: 0, keepNext: true },
    },
    {
      id: STYLE.heading2,
      name: NAMES.section,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: fonts('kai') },
      paragraph: { outlineLevel: 1, keepNext: true },
    },
    { id: STYLE.heading3, name: NAMES.item, basedOn: 'Normal', next: 'Normal', quickFormat: true },
    { id: STYLE.heading4, name: NAMES.subitem, basedOn: 'Normal', next: 'Normal', quickFormat: true },
    {
      id: STYLE.signatureUnit,
      name: NAMES['signature-unit'],
      basedOn: 'Normal',
      next: STYLE.signatureDate,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.LEFT, ...flush, keepNext: true },
    },
    {
      id: STYLE.signatureDate,
      name: NAMES['signature-date'],
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.LEFT, ...flush },
    },
    {
      id: STYLE.pageNumber,
      name: '页码',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: fonts('pageNumber'), size: SIZE.pageNumber, snapToGrid: false },
      paragraph: { ...flush, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
    },
  ];
}

/**
 * Justified, indented two characters, no space between paragraphs; and widow control, as the PDF paginates: a
 * paragraph's first line never alone at a page's foot nor its last at a page's head (Word and WPS leave it off
 * unless a document says so). Typed as a paragraph's options: the `docx` package's type for the defaults leaves
 * out w:widowControl, which it writes all the same.
 */
const PARAGRAPH_DEFAULTS: IParagraphPropertiesOptions = {
  widowControl: true,
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLineChars: 200, firstLine: 2 * CELL_TWIPS },
  spacing: { before: 0, after: 0 },
};

/**
 * The document defaults and the template's paragraph and character styles, and nothing else: the `docx` package's own defaults (a blue
 * Heading 1 to 6, a 28 pt Title, footnote and hyperlink styles) would stand in the style gallery beside them.
 */
function templateStyles(ctx: Context): XmlComponent[] {
  const defaults = new DocumentDefaults({
    run: {
      font: runFonts('body', ctx.language, ctx.latinSerif),
      size: SIZE.body,
      language: { value: ctx.language === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' },
    },
    paragraph: PARAGRAPH_DEFAULTS,
  });
  const styles = styleOptions(ctx).map((o) => (o.id === STYLE.title ? new OffGridStyle(o) : new StyleForParagraph(o)));
  return [defaults, latentStyles(), ...styles, ...characterStyles().map((o) => new StyleForCharacter(o))];
}

/** Character styles with no formatting of their own: they mark an item's number and title for the import. */
const characterStyles = (): ICharacterStyleOptions[] => [
  { id: STYLE.itemMarker, name: DOCX_CHARACTER_STYLE_NAMES.marker },
  { id: STYLE.itemTitle, name: DOCX_CHARACTER_STYLE_NAMES.title },
];

/** What prints nowhere but is the report's: the unit, the year, the language, the office's indicators. */
const reportProperties = (report: Report) => [
  { name: DOCX_PROPERTIES.organisation, value: report.meta.organisation },
  { name: DOCX_PROPERTIES.year, value: String(report.meta.year) },
  { name: DOCX_PROPERTIES.language, value: report.meta.language },
  { name: DOCX_PROPERTIES.indicators, value: JSON.stringify(report.indicators) },
];

/** 「— 3 —」: odd pages right, one character in from the type area's edge; even pages left, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      para({
        style: STYLE.pageNumber,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CELL_TWIPS } : { left: CELL_TWIPS },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** The word 草稿 / DRAFT in grey at the head of every page: what offices put on a copy still in revision. */
function draftHeader(text: string): Header {
  return new Header({
    children: [
      para({
        alignment: AlignmentType.RIGHT,
        indent: { firstLine: 0, firstLineChars: 0 },
        children: [new TextRun({ text, color: '999999', snapToGrid: false })],
      }),
    ],
  });
}

/** The stamp's size in points, the PDF's. */
const STAMP_SIZE = 8;

/**
 * The sign-off stamp where the PDF prints it: small, at the foot of the last page under the page number, from the
 * left margin. A frame fixed to the page holds it there, outside the type area, so no line of the 22-line grid
 * moves; the Word import knows the line (isStampLine) and leaves it out of the report.
 */
const stampParagraph = (text: string): Paragraph =>
  para({
    frame: {
      type: 'absolute',
      position: { x: twips(LEFT), y: twips(PAGE_NUMBER_BASELINE + 9 * MM - STAMP_SIZE) },
      width: TYPE_WIDTH_TWIPS,
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    },
    alignment: AlignmentType.LEFT,
    indent: { firstLine: 0, firstLineChars: 0 },
    spacing: { line: twips(STAMP_SIZE * 1.25), lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, size: STAMP_SIZE * 2, snapToGrid: false })],
  });

function buildDocx(report: Report, options: DocxOptions): { doc: Document; paragraphs: number; draft: boolean } {
  const language = report.meta.language;
  const ctx: Context = { language, latinSerif: report.style.latinFont === 'serif', report };
  const model = buildDocument(report);
  const children = [
    ...model.blocks.flatMap((block, i) => blockParagraphs(block, ctx, keepsWithSignature(model.blocks, i))),
    stampParagraph(options.stampLine ?? stampLine(report, language)),
  ];
  const draft = printsAsDraft(report, options.forceDraft);
  const watermark = draft ? draftHeader(translator(language, 'document')('draftWatermark')) : null;
  const doc = new Document({
    title: model.title,
    creator: report.meta.signatureUnit?.trim() || report.meta.organisation,
    lastModifiedBy: report.meta.signatureUnit?.trim() || report.meta.organisation,
    description: 'Rule-of-Law Report Desk',
    customProperties: reportProperties(report),
    evenAndOddHeaderAndFooters: true,
    styles: {
      importedStyles: templateStyles(ctx),
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS },
        },
        headers: watermark ? { default: watermark, even: watermark } : {},
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  return { doc, paragraphs: children.length, draft };
}

/** The report as .docx bytes. */
export async function renderDocx(report: Report, options: DocxOptions = {}): Promise<DocxResult> {
  try {
    const { doc, paragraphs, draft } = buildDocx(report, options);
    const bytes = await Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
    return { bytes: new Uint8Array(bytes), paragraphs, draft };
  } catch (err) {
    throw asAppError(err, 'DOCX_EXPORT_FAILED');
  }
}
