// Word paragraphs → the lines of an outline, for the one structure recogniser (core/outline-import.ts).
// What Word knows beyond the text goes with each line: the role the app's own paragraph styles give it (title,
// heading, item, signature: core/docx-structure.ts), the item numbers and titles its character styles mark, the
// 楷体 first sentence of a run-in section heading; and for other files the number automatic numbering shows,
// and for an unnumbered paragraph in a heading style (Heading 1–4, 标题 1–4) or set wholly in 黑体 / 楷体 the
// number of its level (一、 / （一） / 1. / （1））, counted as the document goes. A line break inside a paragraph
// (Shift+Enter) stays inside its line; page breaks, fields' codes and bookmarks never reach the text.
import { chapterMarker, itemMarker, sectionMarker } from '../../../core/numbering';
import { sectionLineMarker, typedOutlineLevel } from '../../../core/outline-markers';
import { joinWrappedLines } from '../../../core/line-breaking';
import { DOCX_CHARACTER_STYLE_NAMES, DOCX_PROPERTIES, roleOfStyleName } from '../../../core/docx-structure';
import { LANGUAGES } from '../../../core/model';
import type { OutlineLine, OutlineSource, OutlineSpan } from '../../../core/outline-import';
import type { DocxContent, WordParagraph } from './docx-reader';

const HEI = /黑体|SimHei|\bHei\b|方正黑体/i;
const KAI = /楷体|KaiTi|\bKai\b/i;
const SENTENCE_END = /[。！？]$/;
/** Longer than any heading set in 黑体: such a paragraph is body text in a bold face, not a chapter. */
const MAX_HEI_HEADING = 60;
const MAX_KAI_HEADING = 200;

/** The text set in 楷体 at the start of a paragraph (a run-in section heading), '' when none. */
function kaiLead(p: WordParagraph): string {
  let lead = '';
  for (const f of p.faces) {
    if (!f.text.trim()) {
      lead += f.text;
      continue;
    }
    if (!f.face || !KAI.test(f.face)) break;
    lead += f.text;
  }
  return lead.trim() ? lead : '';
}

/** The level the faces of a paragraph hint at: wholly 黑体 → 1; wholly 楷体, or opening with a 楷体 sentence → 2. */
function faceLevel(p: WordParagraph): 1 | 2 | null {
  const parts = p.faces.filter((f) => f.text.trim());
  if (!parts.length) return null;
  const text = p.text.trim();
  if (parts.every((f) => f.face && HEI.test(f.face)) && text.length <= MAX_HEI_HEADING) return 1;
  if (parts.every((f) => f.face && KAI.test(f.face))) return text.length <= MAX_KAI_HEADING ? 2 : null;
  return SENTENCE_END.test(kaiLead(p).trim()) ? 2 : null;
}

/** Where the runs of a character style stand in the paragraph's text. */
function styledSpans(p: WordParagraph, name: string): OutlineSpan[] {
  const spans: OutlineSpan[] = [];
  let at = 0;
  for (const f of p.faces) {
    if (f.charStyle === name) {
      const last = spans.at(-1);
      if (last && last.end === at) last.end += f.text.length;
      else spans.push({ start: at, end: at + f.text.length });
    }
    at += f.text.length;
  }
  return spans;
}

/** Spans moved by `shift` characters (the paragraph's leading spaces dropped, a number put before it). */
const moved = (spans: OutlineSpan[], shift: number): OutlineSpan[] =>
  spans.map((s) => ({ start: Math.max(0, s.start + shift), end: Math.max(0, s.end + shift) }));

function outlineLines(paragraphs: WordParagraph[]): OutlineLine[] {
  const lines: OutlineLine[] = [];
  const count = { chapter: 0, section: 0, item: 0, subItem: 0 };
  let titleSeen = false;

  const track = (line: string) => {
    const level = typedOutlineLevel(line);
    if (level === 1) Object.assign(count, { chapter: count.chapter + 1, section: 0, item: 0, subItem: 0 });
    else if (level === 2) Object.assign(count, { section: count.section + 1, item: 0, subItem: 0 });
  };

  /** The typed number for a paragraph Word numbers or styles but whose text carries no number. */
  const reconstructed = (p: WordParagraph, text: string): string => {
    if (typedOutlineLevel(text) !== null) return '';
    const styleLevel = p.headingLevel !== null && p.headingLevel <= 4 ? p.headingLevel : null;
    const number = p.listNumber.trim();
    if (number) {
      const expected = styleLevel === 1 || styleLevel === 2 ? styleLevel : null;
      const level = typedOutlineLevel(number + text);
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
    const raw = p.text.replace(/\t/g, ' ');
    const text = raw.trim();
    if (!text) {
      lines.push({ text: '' });
      continue;
    }
    const role = roleOfStyleName(p.styleName);
    // The first paragraph, centred or in a title style, is the title however many lines Word set it over.
    if (!titleSeen) {
      titleSeen = true;
      if (role === 'title' || p.titleStyle || p.alignment === 'center') {
        lines.push({
          text: joinWrappedLines(
            text
              .split('\n')
              .map((part) => part.trim())
              .filter(Boolean),
          ),
          role: 'title',
        });
        continue;
      }
    }
    const aside = p.alignment === 'center' || p.alignment === 'right' || p.alignment === 'end';
    const number = role || aside ? '' : reconstructed(p, text);
    const shift = number.length - (raw.length - raw.trimStart().length);
    const line: OutlineLine = {
      text: number + text,
      ...(role ? { role } : {}),
      markers: moved(styledSpans(p, DOCX_CHARACTER_STYLE_NAMES.marker), shift),
      titles: moved(styledSpans(p, DOCX_CHARACTER_STYLE_NAMES.title), shift),
    };
    // A 楷体 heading that opens the paragraph's text is a run-in section heading: it ends where the 楷体 does.
    const lead = kaiLead(p);
    const sectionLine = sectionLineMarker(line.text, 'zh-CN') ?? sectionLineMarker(line.text, 'en');
    if (!role && lead && lead.trim() !== text && sectionLine) {
      line.role = 'section';
      line.headingEnd = lead.length + shift;
    }
    track(line.text);
    lines.push(line);
  }
  return lines;
}

/** What the app's own .docx records beyond its text (core/docx-structure.ts), as the recogniser takes it. */
function recorded(properties: Map<string, string>): OutlineSource['properties'] {
  const year = Number(properties.get(DOCX_PROPERTIES.year));
  const language = properties.get(DOCX_PROPERTIES.language);
  let indicators: unknown;
  try {
    indicators = JSON.parse(properties.get(DOCX_PROPERTIES.indicators) ?? 'null');
  } catch {
    indicators = undefined;
  }
  return {
    organisation: properties.get(DOCX_PROPERTIES.organisation) || undefined,
    year: Number.isInteger(year) ? year : undefined,
    language: LANGUAGES.find((l) => l === language),
    indicators: indicators ?? undefined,
  };
}

/** A .docx read (docx-reader.ts) as the recogniser's source. */
export function docxOutline(content: DocxContent): OutlineSource {
  return {
    lines: outlineLines(content.paragraphs),
    marksItems: content.styleNames.has(DOCX_CHARACTER_STYLE_NAMES.marker),
    properties: recorded(content.properties),
  };
}
