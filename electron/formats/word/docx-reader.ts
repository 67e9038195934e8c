// The body of a .docx as paragraphs in reading order, with what Word knows about each beyond its text: the
// number its list shows, its style's heading level, the face it is set in, its alignment. Tables are read row
// by row, cell by cell; tracked changes are taken as accepted; images, text boxes, comments, notes and the
// revisions found are counted for the notices. Headers and footers (with page numbers) are not read at all.
import type { ImportNotice, ImportNoticeCode } from '../../../core/import-notices';
import { WORD_LIMITS } from './limits';
import { beyondLimit, damaged } from './errors';
import { attr, child, childrenOf, descendants, parseXml, root, tagOf, textOf, type XNode } from './safe-xml';
import { WordNumbering } from './word-numbering';
import { WordStyles, eastAsiaFontOf, numberingOf } from './word-styles';
import type { ZipParts } from './zip-parts';

export interface WordParagraph {
  /** The paragraph's text; a line break inside the paragraph (<w:br/>, Shift+Enter) is '\n'. */
  text: string;
  /** The name of the paragraph's style. */
  styleName: string | null;
  /** The number Word's automatic numbering shows before the text ('' when none). */
  listNumber: string;
  /** The list level (0-based) when the paragraph is in a list. */
  listLevel: number | null;
  /** Heading level from the paragraph's style (Heading 1–4, 标题 1–4, outline level). */
  headingLevel: number | null;
  titleStyle: boolean;
  /** Each stretch of text in order: its East Asian face (direct formatting, else the styles') and character style. */
  faces: { text: string; face: string | null; charStyle: string | null }[];
  alignment: string | null;
  inTable: boolean;
}

export interface DocxContent {
  paragraphs: WordParagraph[];
  notices: ImportNotice[];
  /** The names of the document's styles, to tell the app's own .docx (core/docx-structure.ts). */
  styleNames: Set<string>;
  /** Custom document properties (docProps/custom.xml), name → text. */
  properties: Map<string, string>;
}

type Counts = Record<ImportNoticeCode, number>;

const SKIPPED_IN_RUN = new Set([
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'w:rPr',
  'w:footnoteReference',
  'w:endnoteReference',
]);

class BodyReader {
  readonly paragraphs: WordParagraph[] = [];
  readonly counts: Counts = {
    tables: 0,
    images: 0,
    textBoxes: 0,
    comments: 0,
    revisions: 0,
    footnotes: 0,
    binaryNumbering: 0,
  };
  private characters = 0;
  private tableDepth = 0;

  constructor(
    private readonly styles: WordStyles,
    private readonly numbering: WordNumbering,
  ) {}

  block(nodes: XNode[]): void {
    for (const node of nodes) {
      switch (tagOf(node)) {
        case 'w:p':
          this.paragraph(node);
          break;
        case 'w:tbl':
          if (this.tableDepth === 0) this.counts.tables++;
          this.tableDepth++;
          for (const row of childrenOf(node).filter((n) => tagOf(n) === 'w:tr'))
            for (const cell of childrenOf(row).filter((n) => tagOf(n) === 'w:tc')) this.block(childrenOf(cell));
          this.tableDepth--;
          break;
        case 'w:sdt':
          this.block(childrenOf(child(node, 'w:sdtContent') ?? {}));
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.block(childrenOf(node));
          break;
        default:
          break;
      }
    }
  }

  private paragraph(p: XNode): void {
    const pPr = child(p, 'w:pPr');
    const styleId = pPr ? (attr(child(pPr, 'w:pStyle') ?? {}, 'w:val') ?? null) : null;
    const faces: WordParagraph['faces'] = [];
    const paragraphFace = this.styles.eastAsiaFont(styleId);
    const state = { text: '' };
    const runs = (nodes: XNode[]) => {
      for (const node of nodes) {
        const tag = tagOf(node);
        switch (tag) {
          case 'w:r':
            this.run(node, paragraphFace, faces, state);
            break;
          case 'w:ins':
          case 'w:moveTo':
            this.counts.revisions++;
            runs(childrenOf(node));
            break;
          case 'w:del':
          case 'w:moveFrom':
            this.counts.revisions++;
            break;
          case 'w:hyperlink':
          case 'w:smartTag':
          case 'w:customXml':
          case 'w:fldSimple':
          case 'w:dir':
          case 'w:bdo':
            runs(childrenOf(node));
            break;
          case 'w:sdt':
            runs(childrenOf(child(node, 'w:sdtContent') ?? {}));
            break;
          case 'w:pPr':
            if (child(node, 'w:pPrChange') || descendants(node, 'w:rPrChange').length) this.counts.revisions++;
            break;
          default:
            break;
        }
      }
    };
    runs(childrenOf(p));
    const direct = numberingOf(pPr);
    const list = direct === undefined ? this.styles.numbering(styleId) : direct;
    const jc = pPr ? attr(child(pPr, 'w:jc') ?? {}, 'w:val') : undefined;
    this.characters += state.text.length;
    if (this.characters > WORD_LIMITS.characters) throw beyondLimit('docx', 'characters');
    if (this.paragraphs.length >= WORD_LIMITS.paragraphs) throw beyondLimit('docx', 'paragraphs');
    this.paragraphs.push({
      text: state.text,
      styleName: this.styles.name(styleId ?? null),
      listNumber: list ? this.numbering.next(list.numId, list.ilvl) : '',
      listLevel: list ? list.ilvl : null,
      headingLevel: this.styles.headingLevel(styleId),
      titleStyle: this.styles.isTitle(styleId),
      faces,
      alignment: jc ?? this.styles.alignment(styleId),
      inTable: this.tableDepth > 0,
    });
  }

  private run(r: XNode, paragraphFace: string | null, faces: WordParagraph['faces'], state: { text: string }): void {
    const rPr = child(r, 'w:rPr');
    if (rPr && child(rPr, 'w:rPrChange')) this.counts.revisions++;
    const rStyle = rPr ? attr(child(rPr, 'w:rStyle') ?? {}, 'w:val') : undefined;
    const charStyle = this.styles.name(rStyle ?? null);
    const face = eastAsiaFontOf(rPr) ?? (rStyle ? this.styles.eastAsiaFont(rStyle) : null) ?? paragraphFace;
    let text = '';
    for (const node of childrenOf(r)) {
      const tag = tagOf(node);
      if (SKIPPED_IN_RUN.has(tag)) {
        if (tag === 'w:footnoteReference' || tag === 'w:endnoteReference') this.counts.footnotes++;
        continue;
      }
      switch (tag) {
        case 'w:t':
          // A line end inside w:t is no break in Word, which shows it as a space; breaks are w:br.
          text += childrenOf(node)
            .map(textOf)
            .join('')
            .replace(/[\r\n]/g, ' ');
          break;
        case 'w:tab':
        case 'w:ptab':
          text += '\t';
          break;
        case 'w:br':
          // A page or column break ends nothing in the text; a line break starts a new line.
          if (!attr(node, 'w:type') || attr(node, 'w:type') === 'textWrapping') text += '\n';
          break;
        case 'w:cr':
          text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          this.countGraphic(node);
          break;
        default:
          break;
      }
    }
    if (!text) return;
    state.text += text;
    faces.push({ text, face, charStyle });
  }

  /** A drawing holding a text box counts as a text box, any other as an image. */
  private countGraphic(node: XNode): void {
    if (descendants(node, 'w:txbxContent').length > 0) this.counts.textBoxes++;
    else this.counts.images++;
  }
}

async function partXml(zip: ZipParts, name: string): Promise<XNode[] | null> {
  const text = await zip.text(name);
  return text === null ? null : parseXml(text, 'docx');
}

/** A part the package relationships name by type (…/officeDocument, …/custom-properties), or `fallback`. */
async function packagePart(zip: ZipParts, type: RegExp, fallback: string): Promise<string> {
  const rels = await partXml(zip, '_rels/.rels');
  const relationships = rels ? root(rels, 'Relationships') : undefined;
  const found = relationships ? childrenOf(relationships).find((r) => type.test(attr(r, 'Type') ?? '')) : undefined;
  const target = found ? attr(found, 'Target') : undefined;
  return target ? target.replace(/^\//, '') : fallback;
}

/** Custom document properties as text, name → value (vt:lpwstr and the other simple types). */
async function customProperties(zip: ZipParts): Promise<Map<string, string>> {
  const xml = await partXml(zip, await packagePart(zip, /\/custom-properties$/, 'docProps/custom.xml'));
  const properties = new Map<string, string>();
  for (const property of childrenOf((xml && root(xml, 'Properties')) ?? {})) {
    const name = attr(property, 'name');
    const value = childrenOf(property)[0];
    if (name && value) properties.set(name, childrenOf(value).map(textOf).join(''));
  }
  return properties;
}

export async function readDocx(zip: ZipParts): Promise<DocxContent> {
  const documentName = await packagePart(zip, /\/officeDocument$/, 'word/document.xml');
  const folder = documentName.includes('/') ? documentName.slice(0, documentName.lastIndexOf('/') + 1) : '';
  const document = await partXml(zip, documentName);
  const body = document ? child(root(document, 'w:document') ?? {}, 'w:body') : undefined;
  if (!body) throw damaged('docx');
  const styles = new WordStyles(await partXml(zip, `${folder}styles.xml`));
  const numbering = new WordNumbering(await partXml(zip, `${folder}numbering.xml`));
  const reader = new BodyReader(styles, numbering);
  reader.block(childrenOf(body));
  const comments = await partXml(zip, `${folder}comments.xml`);
  reader.counts.comments = comments
    ? childrenOf(root(comments, 'w:comments') ?? {}).filter((c) => tagOf(c) === 'w:comment').length
    : 0;
  const notices = (Object.entries(reader.counts) as [ImportNoticeCode, number][])
    .filter(([, count]) => count > 0)
    .map(([code, count]) => ({ code, count }));
  return {
    paragraphs: reader.paragraphs,
    notices,
    styleNames: styles.names(),
    properties: await customProperties(zip),
  };
}
