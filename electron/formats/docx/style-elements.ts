// What the template's styles need beyond the `docx` package's options, built from its public elements: a
// paragraph style off the document grid, and the defaults of the latent (built-in, undefined) styles.
import {
  BuilderElement,
  OnOffElement,
  ParagraphProperties,
  StyleForParagraph,
  elementOf,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
} from 'docx';

/** The elements of CT_PPr that come after w:snapToGrid, in the schema's order. */
const AFTER_SNAP = new Set([
  'w:spacing',
  'w:ind',
  'w:contextualSpacing',
  'w:mirrorIndents',
  'w:suppressOverlap',
  'w:jc',
  'w:textDirection',
  'w:textAlignment',
  'w:textboxTightWrap',
  'w:outlineLvl',
  'w:divId',
  'w:cnfStyle',
  'w:rPr',
]);

class OffGridProperties extends ParagraphProperties {
  constructor(options: IParagraphStylePropertiesOptions) {
    super(options, { implicitListParagraphStyle: false, inListOrder: false });
    const at = this.root.findIndex((element) => AFTER_SNAP.has(elementOf(element) ?? ''));
    this.root.splice(at < 0 ? this.root.length : at, 0, new OnOffElement('w:snapToGrid', false));
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
