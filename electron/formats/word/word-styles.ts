// What a .docx's styles (word/styles.xml) say about a paragraph: its heading level (Heading 1–4 or 标题 1–4 by
// name or id, or an outline level), whether it is the document's title style, the list it belongs to, the
// East Asian face its text is set in (黑体 and 楷体 hint at heading levels in offices' documents), and a
// style's name (the app's own .docx names its structure: core/docx-structure.ts).
import { attr, child, childrenOf, root, tagOf, type XNode } from './safe-xml';

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

interface StyleInfo {
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
  numbering: NumberingRef | null;
  eastAsiaFont: string | null;
  alignment: string | null;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
const HEADING_ID = /^(?:heading)?([1-9])$/i;
const TITLE_NAME = /^(?:title|标题)$/i;

/** w:numPr of a w:pPr: the list and level, or null (numId 0 switches numbering off). */
export function numberingOf(pPr: XNode | undefined): NumberingRef | null | undefined {
  const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
  if (!numPr) return undefined;
  const numId = attr(child(numPr, 'w:numId') ?? {}, 'w:val');
  if (!numId || numId === '0') return null;
  return { numId, ilvl: Number(attr(child(numPr, 'w:ilvl') ?? {}, 'w:val') ?? 0) || 0 };
}

export const eastAsiaFontOf = (rPr: XNode | undefined): string | null => {
  const fonts = rPr ? child(rPr, 'w:rFonts') : undefined;
  return fonts ? (attr(fonts, 'w:eastAsia') ?? attr(fonts, 'w:ascii') ?? null) : null;
};

export class WordStyles {
  private readonly styles = new Map<string, StyleInfo>();
  private readonly defaultParagraph: string | null = null;

  constructor(stylesXml: XNode[] | null) {
    const styles = stylesXml ? root(stylesXml, 'w:styles') : undefined;
    if (!styles) return;
    for (const node of childrenOf(styles)) {
      if (tagOf(node) !== 'w:style') continue;
      const id = attr(node, 'w:styleId');
      if (!id) continue;
      const pPr = child(node, 'w:pPr');
      const outline = pPr ? child(pPr, 'w:outlineLvl') : undefined;
      const outlineLevel = outline ? Number(attr(outline, 'w:val')) : NaN;
      if (attr(node, 'w:type') === 'paragraph' && attr(node, 'w:default') === '1') this.defaultParagraph = id;
      this.styles.set(id, {
        name: attr(child(node, 'w:name') ?? {}, 'w:val') ?? '',
        basedOn: attr(child(node, 'w:basedOn') ?? {}, 'w:val') ?? null,
        outlineLevel: Number.isInteger(outlineLevel) && outlineLevel < 9 ? outlineLevel : null,
        numbering: numberingOf(pPr) ?? null,
        eastAsiaFont: eastAsiaFontOf(child(node, 'w:rPr')),
        alignment: pPr ? (attr(child(pPr, 'w:jc') ?? {}, 'w:val') ?? null) : null,
      });
    }
  }

  /** The style and the styles it is based on, nearest first (a cycle is cut). */
  private chain(styleId: string | null): StyleInfo[] {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    for (let id = styleId ?? this.defaultParagraph; id && !seen.has(id) && out.length < 20;) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      out.push(style);
      id = style.basedOn;
    }
    return out;
  }

  /** Heading level 1–9 of a paragraph style, or null. */
  headingLevel(styleId: string | null): number | null {
    if (styleId) {
      const own = this.styles.get(styleId);
      const byName = own ? HEADING_NAME.exec(own.name.trim()) : null;
      if (byName) return Number(byName[1]);
      const byId = HEADING_ID.exec(styleId);
      if (byId && (!own || !own.name || HEADING_NAME.test(own.name.trim()))) return Number(byId[1]);
    }
    const outline = this.chain(styleId).find((s) => s.outlineLevel !== null)?.outlineLevel;
    return outline === undefined || outline === null ? null : outline + 1;
  }

  /** A style's name as the user sees it (names survive a re-save by another office suite; ids need not). */
  name(styleId: string | null): string | null {
    return (styleId ? this.styles.get(styleId) : undefined)?.name ?? null;
  }

  /** The names of every style the document defines. */
  names(): Set<string> {
    return new Set([...this.styles.values()].map((style) => style.name));
  }

  isTitle(styleId: string | null): boolean {
    return this.chain(styleId).some((s) => TITLE_NAME.test(s.name.trim()));
  }

  numbering(styleId: string | null): NumberingRef | null {
    return this.chain(styleId).find((s) => s.numbering)?.numbering ?? null;
  }

  eastAsiaFont(styleId: string | null): string | null {
    return this.chain(styleId).find((s) => s.eastAsiaFont)?.eastAsiaFont ?? null;
  }

  alignment(styleId: string | null): string | null {
    return this.chain(styleId).find((s) => s.alignment)?.alignment ?? null;
  }
}
