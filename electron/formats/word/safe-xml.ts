// XML parts of a Word file, parsed within bounds. Word never writes a DOCTYPE, so one is refused outright (no
// external entities, no entity expansion); nesting is measured in one linear pass before parsing, so a
// 10,000-deep document is refused before any recursive code sees it.
import { XMLParser } from 'fast-xml-parser';
import { WORD_LIMITS } from './limits';
import { beyondLimit, damaged } from './errors';
import type { FileKind } from '../../../core/input-kind';

/** A parsed element in document order: fast-xml-parser's preserveOrder form. */
export type XNode = Record<string, unknown>;

const ATTRS = ':@';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Numeric character references (&#x4E00;) are decoded only with the HTML entity set.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

/** The deepest element nesting of the text, stopping as soon as it passes `max`. */
export function nestingExceeds(xml: string, max: number): boolean {
  let depth = 0;
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x2f /* / */) {
      depth--;
      continue;
    }
    if (next === 0x3f /* ? */ || next === 0x21 /* ! */) continue;
    const close = xml.indexOf('>', i);
    if (close < 0) break;
    if (xml.charCodeAt(close - 1) !== 0x2f) {
      depth++;
      if (depth > max) return true;
    }
    i = close;
  }
  return false;
}

export function parseXml(xml: string, kind: FileKind): XNode[] {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw beyondLimit(kind, 'dtd');
  if (nestingExceeds(xml, WORD_LIMITS.xmlDepth)) throw beyondLimit(kind, 'depth');
  try {
    return parser.parse(xml) as XNode[];
  } catch (err) {
    throw damaged(kind, err);
  }
}

/** The element's tag name ('#text' for text). */
export const tagOf = (node: XNode): string => {
  for (const key in node) if (key !== ATTRS) return key;
  return '';
};

export const childrenOf = (node: XNode): XNode[] => {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XNode[]) : [];
};

export const textOf = (node: XNode): string => {
  const value = node['#text'];
  return typeof value === 'string' ? value : value === undefined ? '' : String(value);
};

export const attr = (node: XNode, name: string): string | undefined => {
  const attrs = node[ATTRS] as Record<string, string> | undefined;
  return attrs?.[name];
};

export const child = (node: XNode, tag: string): XNode | undefined => childrenOf(node).find((c) => tagOf(c) === tag);

/** The first element named `tag` among the top-level nodes (the document's root). */
export const root = (nodes: XNode[], tag: string): XNode | undefined => nodes.find((n) => tagOf(n) === tag);

/** Every descendant named `tag` (depth-first); the depth is bounded by the check above. */
export function descendants(node: XNode, tag: string, out: XNode[] = []): XNode[] {
  for (const c of childrenOf(node)) {
    if (tagOf(c) === tag) out.push(c);
    descendants(c, tag, out);
  }
  return out;
}
