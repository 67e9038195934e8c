// What the template's paragraphs and styles need beyond the `docx` package's options, built from its public
// elements: the East Asian typography of every paragraph, a paragraph style off the document grid, and the
// defaults of the latent (built-in, undefined) styles.
import {
  BuilderElement,
  OnOffElement,
  Paragraph,
  ParagraphProperties,
  StyleForParagraph,
  elementOf,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
} from 'docx';

/** CT_PPr's elements in the schema's order (ECMA-376 §17.3.1.26): Word refuses a w:pPr whose elements are not. */
const PPR_ORDER = [
  ...['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr'],
  ...['w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap'],
  ...['w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd'],
  ...['w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc'],
  ...['w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle'],
  ...['w:rPr', 'w:sectPr', 'w:pPrChange'],
];

/** Puts an on/off element into a w:pPr's children where the schema orders it. */
function placeOff(root: unknown[], name: string): void {
  const rank = PPR_ORDER.indexOf(name);
  const at = root.findIndex((element) => PPR_ORDER.indexOf(elementOf(element) ?? '') > rank);
  root.splice(at < 0 ? root.length : at, 0, new OnOffElement(name, false));
}

class OffGridProperties extends ParagraphProperties {
  constructor(options: IParagraphStylePropertiesOptions) {
    super(options, { implicitListParagraphStyle: false, inListOrder: false });
    placeOff(this.root, 'w:snapToGrid');
  }
}

/**
 * Punctuation inside the type area, as GB/T 9704 wants (Word, WPS and LibreOffice hang it in the margin unless
 * w:overflowPunct is off), and no extra space between Chinese text and Latin letters (w:autoSpaceDE) or digits
 * (w:autoSpaceDN), as the PDF sets 「2024年1月5日」 and 「GDP增长」. The package writes w:autoSpaceDN only, after
 * w:jc where the paragraph has one, and no w:autoSpaceDE; all three go where CT_PPr orders them.
 */
class TypesetProperties extends ParagraphProperties {
  constructor(options: IParagraphOptions) {
    super(options);
    for (const name of ['w:overflowPunct', 'w:autoSpaceDE', 'w:autoSpaceDN']) placeOff(this.root, name);
  }
}

/**
 * A paragraph of the template: the package's paragraph with the East Asian typography of TypesetProperties. The
 * document has one section, so no paragraph carries a w:sectPr, which the package would add to the properties it
 * made itself.
 */
export class TypesetParagraph extends Paragraph {
  constructor(options: IParagraphOptions) {
    super(options);
    this.root.splice(0, 1, new TypesetProperties(options));
  }
}

/**
 * A paragraph style whose lines leave the document grid (w:snapToGrid off). Word and WPS set a line of exact
 * spacing in one row of the grid whatever its size (ECMA-376 §17.6.5); LibreOffice ignores the spacing while the
 * paragraph snaps to the grid and gives a line taller than a row (the 22 pt title) two rows. Off the grid, all
 * three set each line at its exact spacing. The package has no option for the paragraph's w:snapToGrid, so the
 * element goes into the style's properties where CT_PPr orders it: after the keeps, before the spacing.
 */
export class OffGridStyle extends StyleForParagraph {
  constructor(options: IParagraphStyleOptions) {
    super(options);
    const at = this.root.findIndex((element) => elementOf(element) === 'w:pPr');
    this.root.splice(at, 1, new OffGridProperties(options.paragraph ?? {}));
  }
}

/**
 * No built-in style Word or WPS knows but the document does not define (Heading 1, Title, Quote …) is a quick
 * style: the gallery shows the template's own styles only. Without w:latentStyles each application shows its own
 * choice of built-ins there.
 */
export const latentStyles = (): BuilderElement<{ defQFormat: boolean }> =>
  new BuilderElement({ name: 'w:latentStyles', attributes: { defQFormat: { key: 'w:defQFormat', value: false } } });
