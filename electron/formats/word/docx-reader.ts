// The body of a .docx as paragraphs in reading order, with what Word knows about each beyond its text: the
// number its list shows, its style's heading level, the face it is set in, its alignment. Tables are read row
// by row, cell by cell; tracked changes are taken as accepted; images, text boxes, comments, notes and the
// revisions found are counted for the notices, with the authors of comments and revisions and the text of text
// boxes, headers and footers, none of which becomes report text.
import type { ImportNotice } from '../../../core/import-notices';
import type { ReviewNote } from '../../../core/version-types';
import { importNotices, noFindings, type ImportFindings } from './import-findings';
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
  /** The comments, each with its author and its paragraphs' text. */
  comments: ReviewNote[];
}

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
  readonly found: ImportFindings = noFindings();
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
          if (this.tableDepth === 0) this.found.tables++;
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
            this.revision(node, 'insertions');
            runs(childrenOf(node));
            break;
          case 'w:del':
          case 'w:moveFrom':
            this.revision(node, 'deletions');
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
            for (const change of [child(node, 'w:pPrChange'), ...descendants(node, 'w:rPrChange')])
              if (change) this.revision(change, 'formatting');
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
    if (this.tableDepth > 0 && state.text.trim()) this.found.tableParagraphs++;
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
    const formatChange = rPr && child(rPr, 'w:rPrChange');
    if (formatChange) this.revision(formatChange, 'formatting');
    const rStyle = rPr ? attr(child(rPr, 'w:rStyle') ?? {}, 'w:val') : undefined;
    const charStyle = this.styles.name(rStyle ?? null);
    const face = eastAsiaFontOf(rPr) ?? (rStyle ? this.styles.eastAsiaFont(rStyle) : null) ?? paragraphFace;
    let text = '';
    for (const node of childrenOf(r)) {
      const tag = tagOf(node);
      if (SKIPPED_IN_RUN.has(tag)) {
        if (tag === 'w:footnoteReference') this.found.footnotes++;
        if (tag === 'w:endnoteReference') this.found.endnotes++;
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

  /** A tracked change taken as accepted, and who made it. */
  private revision(node: XNode, kind: 'insertions' | 'deletions' | 'formatting'): void {
    this.found[kind]++;
    const author = attr(node, 'w:author');
    if (author) this.found.revisionAuthors.push(author);
  }

  /** A drawing holding a text box counts as a text box (with its text), any other as an image. */
  private countGraphic(node: XNode): void {
    // A text box comes twice, as DrawingML and as its VML fallback: the first is the box.
    const [box] = descendants(node, 'w:txbxContent');
    if (box) this.found.textBoxes.push(boxText(box));
    else this.found.images++;
  }
}

/** The text of a paragraph outside the body (a header's, a text box's), without deleted text. */
const plainText = (p: XNode): string =>
  descendants(p, 'w:t')
    .flatMap((t) => childrenOf(t).map(textOf))
    .join('');
/** A text box's paragraphs on one line. */
const boxText = (box: XNode): string => descendants(box, 'w:p').map(plainText).join(' ');

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
  const { found } = reader;
  const commentsXml = await partXml(zip, `${folder}comments.xml`);
  const comments: ReviewNote[] = [];
  for (const comment of childrenOf(root(commentsXml ?? [], 'w:comments') ?? {}).filter(
    (c) => tagOf(c) === 'w:comment',
  )) {
    found.comments++;
    const author = attr(comment, 'w:author') ?? '';
    if (author) found.commentAuthors.push(author);
    comments.push({ author, text: descendants(comment, 'w:p').map(plainText).join('\n').trim() });
  }
  for (const name of zip.list(folder).filter((n) => /^(header|footer)\d*\.xml$/.test(n.slice(folder.length)))) {
    const part = (await partXml(zip, name)) ?? [];
    const story = root(part, 'w:hdr') ?? root(part, 'w:ftr');
    if (story) found.headersFooters.push(...descendants(story, 'w:p').map(plainText));
  }
  return {
    paragraphs: reader.paragraphs,
    notices: importNotices(found),
    styleNames: styles.names(),
    properties: await customProperties(zip),
    comments,
  };
}
