// What a paste into a paragraph box carries besides its words: lines numbered as a list (1. 2. 3. / 一是 二是 /
// （一）（二） / 一、二、), which the wizard offers to make items, or a whole chapter or report (headings over
// items or paragraphs, a title line), which it offers to the outline import. The paste itself is kept as typed
// until the user takes an offer; the markers are read as outline-markers.ts reads them, the title as the outline
// import does, so the offer and the import never disagree about what a line is.
import type { Chapter, Item, Language, Section } from './model';
import { newId } from './ids';
import { joinWrappedLines } from './line-breaking';
import { chapterLineMarker, countsOn, itemLineMarker, sectionLineMarker } from './outline-markers';
import { isTitleLine, splitTitle } from './outline-import';

export interface PastedItems {
  kind: 'items';
  /** The text before the first numbered line (a lead-in such as 主要做法如下：), joined as one paragraph. */
  lead: string;
  /** Each numbered line without its number (numbering.ts prints the report's own), with its title split off. */
  items: { title: string; body: string }[];
}

export interface PastedOutline {
  kind: 'outline';
  /** A report has a title line or more than one chapter heading; a chapter has one heading over its content. */
  scope: 'chapter' | 'report';
}

export type PastedStructure = PastedItems | PastedOutline | null;

/** A line's typed number: its level (1 一、, 2 （一）, 3 an item's) and the number and text after it. */
interface Numbered {
  level: 1 | 2 | 3;
  /** The item scheme (3) or the level's own name, so that one list keeps to one kind of number. */
  kind: string;
  number: number;
  rest: string;
}

function numbered(line: string, language: Language): Numbered | null {
  // An English report's 1. is a chapter and an item alike: as pasted lines, it is read as an item.
  const item = itemLineMarker(line, language);
  if (language === 'en') return item && { level: 3, kind: item.scheme, number: item.number, rest: item.rest };
  const chapter = chapterLineMarker(line, language);
  if (chapter) return { level: 1, kind: 'chapter', ...chapter };
  const section = sectionLineMarker(line, language);
  if (section) return { level: 2, kind: 'section', ...section };
  return item && { level: 3, kind: item.scheme, number: item.number, rest: item.rest };
}

const isReportTitle = (line: string, language: Language) =>
  isTitleLine(line, undefined, language) && (language === 'en' ? /report$/i : /(报告|总结)$/).test(line);

/**
 * What the pasted `text` holds: a numbered list (two lines or more numbered alike, counting on), a chapter or a
 * report, or nothing to offer (one paragraph, or lines as a word processor wraps them).
 */
export function pastedStructure(text: string, language: Language): PastedStructure {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 2) return null;
  const marks = lines.map((line) => numbered(line, language));
  const chapters = marks.filter((m) => m?.level === 1).length;
  if (isReportTitle(lines[0]!, language)) return { kind: 'outline', scope: 'report' };

  const first = marks.findIndex(Boolean);
  if (first < 0) return null;
  const listed = marks.filter((m): m is Numbered => m !== null);
  const head = listed[0]!;
  // Headings over something else (一、 over （一） or 1., or over paragraphs of their own): an outline.
  const mixed = listed.some((m) => m.level !== head.level || m.kind !== head.kind);
  const headingsOverText = head.level === 1 && marks.slice(first).some((m) => m === null);
  if (mixed || headingsOverText) {
    if (chapters > 1) return { kind: 'outline', scope: 'report' };
    if (chapters === 1 || head.level === 2) return { kind: 'outline', scope: 'chapter' };
    return null;
  }
  if (listed.length < 2 || !countsOn(listed, head.number)) return null;

  // Lines after a numbered one without a number of their own are that item's text, wrapped.
  const items: string[][] = [];
  marks.slice(first).forEach((m, i) => {
    if (m) items.push([m.rest]);
    else items.at(-1)!.push(lines[first + i]!);
  });
  return {
    kind: 'items',
    lead: joinWrappedLines(lines.slice(0, first)),
    items: items.map((parts) => splitTitle(joinWrappedLines(parts), language)),
  };
}

/**
 * The part after the pasted list was taken as items: lead paragraph `index` holds `paragraph` (the text around
 * the paste with the list's lead-in, or nothing: then it is dropped) and the items follow the part's own.
 */
export function withPastedItems<P extends Chapter | Section>(
  part: P,
  index: number,
  paragraph: string,
  pasted: PastedItems,
): P {
  const paragraphs = paragraph.trim()
    ? part.paragraphs.map((p, i) => (i === index ? paragraph : p))
    : part.paragraphs.filter((_, i) => i !== index);
  const items = pasted.items.map((item): Item => ({ id: newId(), ...item, subItems: [] }));
  return { ...part, paragraphs, items: [...part.items, ...items] };
}
