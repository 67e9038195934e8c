// Word paragraphs → the lines of an outline text, for the one structure recogniser (core/outline-import.ts).
// What Word knows beyond the text becomes the typed numbers the recogniser reads: the number automatic
// numbering shows, and for an unnumbered paragraph in a heading style (Heading 1–4, 标题 1–4) or set wholly in
// 黑体 / 楷体 the number of its level (一、 / （一） / 1. / （1）), counted as the document goes.
import { chapterMarker, itemMarker, sectionMarker } from '../../../core/numbering';
import { typedOutlineLevel } from '../../../core/outline-markers';
import type { WordParagraph } from './docx-reader';

const HEI = /黑体|SimHei|\bHei\b|方正黑体/i;
const KAI = /楷体|KaiTi|\bKai\b/i;
const SENTENCE_END = /[。！？]$/;
/** Longer than any heading set in 黑体: such a paragraph is body text in a bold face, not a chapter. */
const MAX_HEI_HEADING = 60;
const MAX_KAI_HEADING = 200;

/** The level the faces of a paragraph hint at: wholly 黑体 → 1; wholly 楷体, or opening with a 楷体 sentence → 2. */
function faceLevel(p: WordParagraph): 1 | 2 | null {
  const parts = p.faces.filter((f) => f.text.trim());
  if (!parts.length) return null;
  const text = p.text.trim();
  if (parts.every((f) => f.face && HEI.test(f.face)) && text.length <= MAX_HEI_HEADING) return 1;
  if (parts.every((f) => f.face && KAI.test(f.face))) return text.length <= MAX_KAI_HEADING ? 2 : null;
  let lead = '';
  for (const f of parts) {
    if (!f.face || !KAI.test(f.face)) break;
    lead += f.text;
  }
  return lead && SENTENCE_END.test(lead.trim()) ? 2 : null;
}

/** Joins the lines of a title set over two lines: no space between Chinese characters, one between words. */
function joinTitle(parts: string[]): string {
  return parts.reduce(
    (out, part) => (out && /[A-Za-z0-9,]$/.test(out) && /^[A-Za-z0-9]/.test(part) ? `${out} ${part}` : out + part),
    '',
  );
}

const clean = (s: string): string => s.replace(/\t/g, ' ').trim();

export function outlineLines(paragraphs: WordParagraph[]): string[] {
  const lines: string[] = [];
  const count = { chapter: 0, section: 0, item: 0, subItem: 0 };
  let titleSeen = false;

  const track = (line: string) => {
    const level = typedOutlineLevel(line);
    if (level === 1) Object.assign(count, { chapter: count.chapter + 1, section: 0, item: 0, subItem: 0 });
    else if (level === 2) Object.assign(count, { section: count.section + 1, item: 0, subItem: 0 });
  };

  /** The typed number for a paragraph Word numbers or styles but whose text carries no number. */
  const reconstructed = (p: WordParagraph, first: string): string => {
    if (typedOutlineLevel(first) !== null) return '';
    const styleLevel = p.headingLevel !== null && p.headingLevel <= 4 ? p.headingLevel : null;
    const number = p.listNumber.trim();
    if (number) {
      const expected = styleLevel === 1 || styleLevel === 2 ? styleLevel : null;
      const level = typedOutlineLevel(number + first);
      if (expected === null || level === expected) return number;
    }
    const level = styleLevel ?? (p.inTable ? null : faceLevel(p));
    switch (level) {
      case 1:
        return chapterMarker(count.chapter + 1);
      case 2:
        return count.chapter ? sectionMarker(count.section + 1) : '';
      case 3:
        count.subItem = 0;
        return count.chapter ? itemMarker('arabic', ++count.item) : '';
      case 4:
        return count.chapter ? itemMarker('paren-arabic', ++count.subItem) : '';
      default:
        return number;
    }
  };

  for (const p of paragraphs) {
    const parts = p.text.split('\n').map(clean);
    const text = parts.filter((s) => s).join('');
    if (!text) {
      lines.push('');
      continue;
    }
    // The first paragraph, centred or in a title style, is the title however many lines Word set it over.
    if (!titleSeen) {
      titleSeen = true;
      if (p.titleStyle || p.alignment === 'center') {
        lines.push(joinTitle(parts.filter((s) => s)));
        continue;
      }
    }
    const [first = '', ...rest] = parts.filter((s) => s);
    const aside = p.alignment === 'center' || p.alignment === 'right' || p.alignment === 'end';
    const line = (aside ? '' : reconstructed(p, first)) + first;
    track(line);
    lines.push(line, ...rest);
  }
  return lines;
}
