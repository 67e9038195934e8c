// Outline import: the text of an existing report → a report in the model. Recognises chapter, section, item
// and sub-item lines in the numbering styles real reports use (一、 （一） (一) 一是 第一， 1. 1、 （1） (1),
// full- and half-width; an English report's 1. (1) (a)), items running inline in one paragraph (一是…；二是…。),
// the title, a 主送机关 line and a closing signature unit with or without a date. Typed numbers at the start of
// lines are dropped: numbering.ts derives them again, so gaps and repeats in the source come back numbered
// correctly. An inline list is taken as items only when its numbers count on (一是…二是…三是): a damaged one
// stays as typed, for validation to point out.
//
// A source may know more than its text: a Word file's styles say which paragraph is a heading, an item or the
// signature, and the app's own .docx marks every item's number and title (OutlineLine's role and spans).
// Where the source says, it is followed; elsewhere the text is read as plain text is.
import { machineTimeZone, parseOfficialDate, yearIn } from './date-time';
import { AppError } from './errors';
import { stripBom } from './text-decode';
import { isCjk } from './char-width';
import { newId } from './ids';
import { defaultTitleParts, reportTitle } from './document';
import {
  SCHEMA_VERSION,
  indicatorSchema,
  isPlausibleYear,
  reportSchema,
  type Chapter,
  type Indicator,
  type Item,
  type ItemScheme,
  type Language,
  type Report,
  type Requirement,
  type Section,
} from './model';
import { findTemplate, type Template } from './templates';
import { findReportIndicatorValues, presetIndicators, suggestIndicatorPreset } from './indicator-presets';
import {
  chapterLineMarker,
  countsOn,
  inlineMarkers,
  inlineSchemes,
  itemLineMarker,
  sectionLineMarker,
} from './outline-markers';
import { yearsIn } from './number-reader';
import { LINE_SEPARATOR } from './text-render';

export interface OutlineImportOptions {
  organisation?: string;
  year?: number;
  language?: Language;
  /** The indicator preset to start from; by default the one the unit's name suggests. */
  indicatorPreset?: string;
  now?: string;
  /** The office's time zone: without a year in the text, the report is on the year before the office's this year. */
  timeZone?: string;
}

/** What the source's structure says a line is (a Word paragraph style); absent: the text decides. */
export type OutlineRole =
  'title' | 'recipient' | 'chapter' | 'section' | 'item' | 'subitem' | 'signature-unit' | 'signature-date';

/** A stretch of a line's text, [start, end). */
export interface OutlineSpan {
  start: number;
  end: number;
}

/** One paragraph of the source; "\n" in its text is a line break inside the paragraph. */
export interface OutlineLine {
  text: string;
  role?: OutlineRole;
  /** A run-in section heading the source sets apart (a 楷体 first sentence): where it ends, its number included. */
  headingEnd?: number;
  /** Item numbers and item titles the source marks (the app's own .docx). */
  markers?: OutlineSpan[];
  titles?: OutlineSpan[];
}

/** A document read by a format (electron/formats/word) for the recogniser. */
export interface OutlineSource {
  lines: OutlineLine[];
  /** The source marks every item's number and title: where none is marked, there is none. */
  marksItems?: boolean;
  /** What the file records beyond its text (the app's .docx properties): taken where the text does not say. */
  properties?: { organisation?: string; year?: number; language?: Language; indicators?: unknown };
}

/** Longer than any real heading: a line this long is a heading that runs on into its text. */
const MAX_HEADING = 200;

type Container = Chapter | Section;

/** The end of a sentence: 。！？ in Chinese; . ! ? before a space or the end in English. */
const sentenceEnd = (language: Language): RegExp => (language === 'en' ? /[.!?](?=\s|$)/ : /[。！？!?]/);

/** A paragraph's text as the model keeps it: spaces at its ends dropped, line breaks inside it kept. */
const paragraphText = (text: string): string => text.trim();

/**
 * A heading line → heading and the text that runs on after it. Section headings run in at their first
 * sentence (（一）加强学习。组织…); chapter titles only when the line is too long to be a title.
 */
function splitHeading(rest: string, runIn: boolean, language: Language): [string, string] {
  const end = rest.search(sentenceEnd(language));
  if (end < 0 || end >= rest.length - 1 || (!runIn && rest.length <= MAX_HEADING)) return [rest, ''];
  return [rest.slice(0, end + 1), rest.slice(end + 1).trim()];
}

/** 「积极履职，提前谋划。结合…」 → title + body, when the first sentence is short and more text follows. */
export function splitTitle(text: string, language: Language): { title: string; body: string } {
  const end = text.search(sentenceEnd(language));
  const body = text.slice(end + 1).trimStart();
  // A sentence the paragraph breaks the line after is not a title: the item prints as it did.
  if (end > 0 && end < 60 && body && !/^[^\S\n]*\n/.test(text.slice(end + 1)))
    return { title: text.slice(0, end + 1), body };
  return { title: '', body: text };
}

function inferCovers(title: string): Requirement[] {
  const covers: Requirement[] = [];
  if (/第一责任人|first responsible/i.test(title)) covers.push('first-responsible');
  else if (/举措|成效|主要工作|工作开展|工作情况|主要做法|工作成效|measures|main work|results/i.test(title))
    covers.push('measures');
  if (/不足|问题|短板|shortcoming|problem/i.test(title)) covers.push('shortcomings');
  if (/下一步|计划|安排|打算|思路|\bplans?\b/i.test(title)) covers.push('plans');
  if (/其他|\bother\b/i.test(title)) covers.push('other');
  return covers;
}

/** The text of a line from `start` on, its spans moved with it; spaces at the cut dropped. */
function tail(line: OutlineLine, start: number): OutlineLine {
  const from = start + (line.text.slice(start).length - line.text.slice(start).trimStart().length);
  const shift = (spans?: OutlineSpan[]) =>
    spans?.filter((s) => s.end > from).map((s) => ({ start: Math.max(s.start, from) - from, end: s.end - from }));
  return { text: line.text.slice(from), markers: shift(line.markers), titles: shift(line.titles) };
}

/** An item's (or a sub-item's) title and its body. */
interface ItemText {
  title: string;
  body: string;
}

class OutlineBuilder {
  readonly preamble: string[] = [];
  readonly chapters: Chapter[] = [];
  itemScheme: ItemScheme | null = null;
  subItemScheme: ItemScheme | null = null;
  /** Evidence of how items are numbered across a chapter's parts: runs on, or restarts. */
  readonly numbering = { continuous: 0, restart: 0 };
  private chapter: Chapter | null = null;
  private inAttachments = false;
  private section: Section | null = null;

  constructor(
    private readonly language: Language,
    private readonly marksItems: boolean,
  ) {}

  private get container(): Container | null {
    return this.section ?? this.chapter;
  }

  addLine(line: OutlineLine): void {
    const text = line.text;
    if (this.inAttachments || /^附\s*件\s*[：:]/.test(text)) return this.addAttachmentLine(text);
    switch (line.role) {
      case 'chapter':
        if (this.startChapter(chapterLineMarker(text, this.language)?.rest ?? text)) return;
        break;
      case 'section':
        if (this.chapter && this.startSection(line)) return;
        break;
      case 'item':
      case 'subitem':
        if (this.container && this.addItemLine(this.container, line, line.role)) return;
        break;
      default: {
        // A number the source marks as an item's opens items, whatever heading it looks like.
        const marked = line.markers?.[0]?.start === 0;
        const chapter = marked ? null : chapterLineMarker(text, this.language);
        if (chapter && this.startChapter(chapter.rest)) return;
        if (!marked && this.chapter && sectionLineMarker(text, this.language) && this.startSection(line)) return;
        const item = marked || !this.marksItems;
        if (item && this.container && !this.isInline(line) && this.addItemLine(this.container, line, null)) return;
      }
    }
    this.addParagraph(line);
  }

  /** Returns false when the line is too long to be a heading: it stays a paragraph as typed. */
  private startChapter(rest: string): boolean {
    const [title, runOn] = splitHeading(rest, false, this.language);
    if (title.length > MAX_HEADING) return false;
    this.chapter = {
      id: newId(),
      title,
      covers: inferCovers(title),
      paragraphs: [],
      items: [],
      itemLayout: 'paragraphs',
      closing: [],
      sections: [],
    };
    this.section = null;
    this.chapters.push(this.chapter);
    if (runOn) this.addParagraph({ text: runOn });
    return true;
  }

  /** A section line: its heading by the source's mark (a 楷体 first sentence), else by the first sentence. */
  private startSection(line: OutlineLine): boolean {
    const marker = sectionLineMarker(line.text, this.language);
    const rest = marker?.rest ?? line.text;
    const markerLength = line.text.length - rest.length;
    let heading: string;
    let runOn: OutlineLine | null = null;
    if (line.headingEnd !== undefined) {
      heading = rest.slice(0, Math.max(0, line.headingEnd - markerLength)).trim();
      const after = tail(line, Math.max(line.headingEnd, markerLength));
      runOn = after.text ? after : null;
    } else if (line.role === 'section') heading = rest.trim();
    else {
      const [h, r] = splitHeading(rest, true, this.language);
      heading = h;
      runOn = r ? tail(line, line.text.length - r.length) : null;
    }
    if (heading.length > MAX_HEADING) return false;
    this.section = {
      id: newId(),
      heading,
      // A heading the source sets apart as a first sentence runs in, even with nothing after it.
      headingStyle: runOn || line.headingEnd !== undefined ? 'run-in' : 'standalone',
      paragraphs: [],
      items: [],
      itemLayout: 'paragraphs',
      closing: [],
    };
    this.chapter!.sections.push(this.section);
    if (runOn) this.addParagraph(runOn);
    return true;
  }

  /**
   * 附件：1.… and the lines after it (GB/T 9704 附件说明) are kept as they are, after the body: their numbers
   * belong to the attachment list, not to the report's items.
   */
  private addAttachmentLine(line: string): void {
    this.inAttachments = true;
    const container = this.container;
    if (container) container.closing.push(line);
    else this.preamble.push(line);
  }

  /** An item's title and body: the source's marked title, or the first short sentence. */
  private itemText(text: string, line: OutlineLine, bodyStart: number): ItemText {
    if (!this.marksItems) return splitTitle(paragraphText(text), this.language);
    const title = line.titles?.find((s) => s.start >= bodyStart && s.start < bodyStart + text.length + 1);
    if (!title) return { title: '', body: paragraphText(text) };
    return {
      title: line.text.slice(title.start, title.end).trim(),
      body: paragraphText(line.text.slice(title.end, bodyStart + text.length)),
    };
  }

  /** The first number an item of `container` gets when items run on through the chapter (else 1). */
  private continuousStart(container: Container): number {
    const chapter = this.chapter!;
    if (container === chapter) return 1;
    return (
      1 + chapter.items.length + chapter.sections.filter((s) => s !== container).reduce((n, s) => n + s.items.length, 0)
    );
  }

  /** The numbers of a part's first item tell whether items restart in each part or run on through the chapter. */
  private noteFirstNumber(container: Container, number: number): void {
    const runOn = this.continuousStart(container);
    if (runOn === 1) return;
    if (number === runOn) this.numbering.continuous++;
    else if (number === 1) this.numbering.restart++;
  }

  /** Returns false when the line only looks like an item and is kept as a plain paragraph. */
  private addItemLine(container: Container, line: OutlineLine, role: 'item' | 'subitem' | null): boolean {
    const marker = itemLineMarker(line.text, this.language);
    if (!marker || container.closing.length > 0) return false;
    const text = marker.rest;
    const bodyStart = line.text.length - text.length;
    const partScheme = container.items.length ? this.schemeOf(container) : marker.scheme;
    const isItem = role ? role === 'item' : marker.scheme === partScheme;
    if (isItem) {
      if (container.itemLayout === 'inline') return false;
      if (container.items.length === 0) this.noteFirstNumber(container, marker.number);
      this.setScheme(container, marker.scheme);
      container.items.push({ id: newId(), ...this.itemText(text, line, bodyStart), subItems: [] });
      return true;
    }
    const lastItem = container.items.at(-1);
    if (!lastItem) return false;
    this.subItemScheme ??= marker.scheme;
    if (!role && marker.scheme !== this.subItemScheme) return false;
    lastItem.subItems.push({ id: newId(), ...this.itemText(text, line, bodyStart) });
    return true;
  }

  /**
   * An English report prints sub-items with the report's sub-item scheme unless it is the report's item scheme
   * (then (1), core/document.ts's markersFor): the schemes are chosen so that they print as the text shows.
   */
  settleEnglishSchemes(): void {
    if (this.language !== 'en' || !this.subItemScheme) return;
    const report = this.itemScheme ?? 'yishi';
    if (this.subItemScheme === 'arabic' && report === 'arabic') {
      for (const part of this.chapters.flatMap((c) => [c, ...c.sections]))
        if (part.items.length && !part.itemScheme) part.itemScheme = 'arabic';
      this.itemScheme = 'yishi';
    }
    if (this.subItemScheme === 'yishi' || this.subItemScheme === 'diyi')
      this.subItemScheme = (this.itemScheme ?? 'yishi') === 'yishi' ? 'diyi' : 'yishi';
  }

  private schemeOf(container: Container): ItemScheme {
    return container.itemScheme ?? this.itemScheme ?? 'yishi';
  }

  /** The first scheme seen is the report's; a part numbered otherwise keeps its own. */
  private setScheme(container: Container, scheme: ItemScheme): void {
    this.itemScheme ??= scheme;
    if (scheme !== this.itemScheme) container.itemScheme = scheme;
  }

  /** Where items run inline in a paragraph: the source's marks, or markers of one scheme that count on. */
  private inlineStarts(
    container: Container,
    line: OutlineLine,
  ): { scheme: ItemScheme; at: number[]; ends: number[] } | null {
    if (this.marksItems) {
      const marks = line.markers ?? [];
      const first = marks[0] ? itemLineMarker(line.text.slice(marks[0].start).trimStart(), this.language) : null;
      if (!first) return null;
      return { scheme: first.scheme, at: marks.map((m) => m.start), ends: marks.map((m) => m.end) };
    }
    for (const scheme of inlineSchemes(this.language)) {
      const markers = inlineMarkers(line.text, scheme, this.language);
      if (markers.length < 2) continue;
      const first = markers[0]!.number;
      if (!countsOn(markers, first) || (first !== 1 && first !== this.continuousStart(container))) continue;
      return { scheme, at: markers.map((m) => m.at), ends: markers.map((m) => m.at + m.length) };
    }
    return null;
  }

  private isInline(line: OutlineLine): boolean {
    const container = this.container;
    if (!container || container.items.length > 0 || container.closing.length > 0) return false;
    const starts = this.inlineStarts(container, line);
    return starts !== null && (starts.at.length > 1 || this.marksItems);
  }

  /** Items running inline in one paragraph: the paragraph becomes lead + inline items. */
  private addInline(container: Container, line: OutlineLine): boolean {
    if (container.items.length > 0 || container.closing.length > 0) return false;
    const starts = this.inlineStarts(container, line);
    if (!starts) return false;
    const numbered = itemLineMarker(line.text.slice(starts.at[0]!).trimStart(), this.language);
    if (numbered) this.noteFirstNumber(container, numbered.number);
    this.setScheme(container, starts.scheme);
    // Items run on inside the last lead paragraph: after lead paragraphs, a list that starts its own paragraph
    // has an empty lead of its own.
    const lead = paragraphText(line.text.slice(0, starts.at[0]));
    if (lead || container.paragraphs.length) container.paragraphs.push(lead);
    container.items = starts.at.map((_, i): Item => {
      const from = starts.ends[i]!;
      const to = starts.at[i + 1] ?? line.text.length;
      const raw = line.text.slice(from, to);
      const text = this.marksItems ? this.itemText(raw, line, from) : { title: '', body: paragraphText(raw) };
      return { id: newId(), ...text, subItems: [] };
    });
    container.itemLayout = 'inline';
    return true;
  }

  private addParagraph(line: OutlineLine): void {
    const text = paragraphText(line.text);
    const container = this.container;
    if (!container) {
      if (text) this.preamble.push(text);
      return;
    }
    if (!text) return;
    if (this.addInline(container, line)) return;
    if (container.items.length > 0) container.closing.push(text);
    else container.paragraphs.push(text);
  }
}

const hasTypedNumber = (line: string, language: Language): boolean =>
  Boolean(chapterLineMarker(line, language) || sectionLineMarker(line, language) || itemLineMarker(line, language));

export function isTitleLine(line: string, next: string | undefined, language: Language): boolean {
  if (hasTypedNumber(line, language) || /[：:。.；;，,]$/.test(line)) return false;
  if (/报告|总结|情况/.test(line) && line.length <= 80) return true;
  return next === '' && line.length <= MAX_HEADING && !(language === 'en' ? /[;]/ : /[。，；]/).test(line);
}

/** A title set over two lines (XX区司法局关于 / 2023年法治政府建设情况的报告): the first line reads on. */
function isTitleStart(line: string, next: string | undefined, language: Language): boolean {
  return (
    next !== undefined &&
    next !== '' &&
    line.length + next.length <= 80 &&
    !/[。，；：:]$/.test(line) &&
    !/报告|总结/.test(line) &&
    isTitleLine(next, undefined, language) &&
    !hasTypedNumber(line, language)
  );
}

/** 主送机关 ends in a colon; 现将有关情况报告如下： is the preamble's last sentence, not an addressee. */
const isRecipientLine = (line: string) =>
  /[：:]$/.test(line) && line.length <= 60 && !/[。，；]/.test(line) && !/如下|报告|follows|report/i.test(line);

/** A signing unit: a short line, no sentence or clause in it, no typed number. */
const isUnitLine = (line: string, language: Language) =>
  line !== '' &&
  line.length <= 40 &&
  !/[。，；：:]/.test(line) &&
  !sentenceEnd(language).test(line) &&
  !hasTypedNumber(line, language);

/** The three-part form (work / problems / plans) or the regulation's own chapter set. */
function chooseTemplate(chapters: Chapter[]): string {
  const keys = chapters.map((c) => c.covers[0]);
  const threePart = chapters.length === 3 && keys[1] === 'shortcomings' && keys[2] === 'plans';
  return threePart ? 'three-part' : 'department-annual';
}

/** Chapters and sections as the template made them: its keys, and the guidance of a section still its prompt. */
function linkTemplate(chapters: Chapter[], template: Template | undefined): void {
  for (const chapter of chapters) {
    const model = template?.chapters.find((c) => c.covers[0] === chapter.covers[0]);
    chapter.key = model?.key;
    if (chapter.covers.includes('measures') && /第一责任人/.test(JSON.stringify(chapter)))
      chapter.covers.push('first-responsible');
    for (const section of chapter.sections) {
      const prompt = model?.sections.find((s) => Object.values(s.heading).includes(section.heading));
      if (prompt) section.guidanceKey = prompt.key;
    }
  }
}

/** English when Latin letters outnumber Chinese characters. */
function textLanguage(text: string): Language {
  let cjk = 0;
  let latin = 0;
  for (const ch of text) {
    if (isCjk(ch)) cjk++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return latin > cjk ? 'en' : 'zh-CN';
}

/** The years a text names: before 年 (2023年, 二〇二三年), or in English any four digits standing alone. */
const yearsOf = (text: string, language: Language): number[] =>
  language === 'en'
    ? [...text.matchAll(/(?<![\d.,])\d{4}(?![\d])/g)].map((m) => Number(m[0]))
    : yearsIn(text).map((m) => m.year);

/** The unit a title names before its year or a colon: 某区司法局关于2023年… , District Bureau: Report…. */
function titleUnit(title: string, language: Language): string {
  if (language === 'en') return /^([^:]{2,80}):\s/.exec(title)?.[1] ?? '';
  const year = yearsIn(title)[0];
  return year ? title.slice(0, year.start).replace(/关于$/, '') : '';
}

/** The office's indicators as the file recorded them (the app's own .docx), if they read as indicators. */
function recordedIndicators(value: unknown): Indicator[] | null {
  const parsed = indicatorSchema.array().max(500).safeParse(value);
  return parsed.success ? parsed.data : null;
}

function cleanLines(text: string): OutlineLine[] {
  return stripBom(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => ({
      text: line
        .replace(/(?!\t)\p{Cc}/gu, '')
        .replaceAll(LINE_SEPARATOR, '\n')
        .trim(),
    }));
}

/** Plain text as the recogniser's source: a line a paragraph, U+2028 a line break inside one. */
export const outlineOfText = (text: string): OutlineSource => ({ lines: cleanLines(text) });

export function importOutline(text: string, options: OutlineImportOptions = {}): Report {
  return importOutlineSource(outlineOfText(text), options);
}

export function importOutlineSource(source: OutlineSource, options: OutlineImportOptions = {}): Report {
  const lines = source.lines.map((line) => ({ ...line, text: line.text.trim() }));
  // What the file records is taken only where it is what the model can hold.
  const { organisation: recordedUnit, year: recordedYear, ...properties } = source.properties ?? {};
  const recordedOrganisation = recordedUnit && recordedUnit.length <= 200 ? recordedUnit : undefined;
  const text = lines.map((line) => line.text).join('\n');
  const language = options.language ?? properties.language ?? textLanguage(text);
  const plain = (i: number) => lines[i] !== undefined && !lines[i]!.role;
  while (lines.length && lines.at(-1)!.text === '') lines.pop();
  let start = lines.findIndex((l) => l.text !== '');
  if (start < 0) throw new AppError('OUTLINE_EMPTY');

  let title: string | null = null;
  const line = (i: number) => lines[i]?.text;
  if (lines[start]!.role === 'title') title = line(start++)!;
  else if (plain(start) && isTitleStart(line(start)!, line(start + 1), language) && plain(start + 1)) {
    title = line(start)! + line(start + 1)!;
    start += 2;
  } else if (plain(start) && isTitleLine(line(start)!, line(start + 1), language)) title = line(start++)!;
  while (line(start) === '') start++;
  let recipient: string | null = null;
  const recipientLine = lines[start];
  if (recipientLine && (recipientLine.role === 'recipient' || (plain(start) && isRecipientLine(recipientLine.text))))
    recipient = line(start++)!.replace(/[：:]$/, '');

  // The signature: a date last, the unit above it; without a date, a unit standing apart after a blank line.
  // Under a title it may be all there is; without one, a line is left for the body.
  const mayEnd = (i: number) => i > start || (title !== null && i === start);
  let end = lines.length;
  let date: string | null = null;
  let signatureUnit: string | null = null;
  const last = lines[end - 1]!;
  const dateLine = last.role === 'signature-date' || !last.role ? parseOfficialDate(last.text) : null;
  if (dateLine && mayEnd(end - 1)) {
    date = dateLine;
    end--;
  }
  const unit = lines[end - 1];
  const apart = date !== null || line(end - 2) === '';
  if (
    unit &&
    mayEnd(end - 1) &&
    (unit.role === 'signature-unit' || (!unit.role && apart && isUnitLine(unit.text, language)))
  ) {
    signatureUnit = unit.text;
    end--;
  }
  // Two blank lines or more above the signature leave room for the seal (GB/T 9704 §7.3.5).
  let blanks = 0;
  if (date !== null || signatureUnit !== null) while (line(end - 1 - blanks) === '') blanks++;

  const builder = new OutlineBuilder(language, source.marksItems === true);
  for (const l of lines.slice(start, end)) if (l.text) builder.addLine(l);
  builder.settleEnglishSchemes();
  if (!title && builder.preamble.length === 0 && builder.chapters.length === 0) throw new AppError('OUTLINE_EMPTY');

  // The title names the unit and the year: in the default form exactly, else before its year (区统计局关于二〇二三年…).
  const parts = title ? defaultTitleParts(title) : null;
  const titleParts = parts && isPlausibleYear(parts.year) ? parts : null;
  const titleYear = title ? yearsOf(title, language)[0] : undefined;
  const now = options.now ?? new Date().toISOString();
  const year =
    options.year ??
    titleParts?.year ??
    (recordedYear !== undefined && isPlausibleYear(recordedYear) ? recordedYear : undefined) ??
    [titleYear ?? NaN, ...yearsOf(text, language)].find(isPlausibleYear) ??
    yearIn(options.timeZone ?? machineTimeZone(), new Date(now)) - 1;
  const organisation =
    options.organisation ??
    titleParts?.organisation ??
    recordedOrganisation ??
    ((title ? titleUnit(title, language) : '') || signatureUnit || '');

  const templateId = chooseTemplate(builder.chapters);
  const template = findTemplate(templateId);
  linkTemplate(builder.chapters, template);
  const recorded = recordedIndicators(properties.indicators);

  const parsed = reportSchema.safeParse({
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    templateId,
    createdAt: now,
    updatedAt: now,
    meta: { organisation, year, title, recipient, signatureUnit, date, language },
    style: {
      itemScheme: builder.itemScheme ?? template?.style.itemScheme ?? 'yishi',
      subItemScheme: builder.subItemScheme ?? (builder.itemScheme === 'paren-arabic' ? 'arabic' : 'paren-arabic'),
      itemNumbering: builder.numbering.continuous > 0 && builder.numbering.restart === 0 ? 'continuous' : 'restart',
      seal: blanks >= 2,
    },
    preamble: builder.preamble,
    chapters: builder.chapters,
    indicators: recorded ?? presetIndicators(options.indicatorPreset ?? suggestIndicatorPreset(organisation), language),
  });
  // What is left to fail are the model's size limits (a chapter of more than 1000 paragraphs, a line of
  // millions of characters): name where, in the user's terms.
  if (!parsed.success)
    throw new AppError('OUTLINE_TOO_LARGE', { detail: parsed.error.issues[0]?.path.join('.') ?? '' });
  const report = parsed.data;
  // Only values the text settles; an unsure one stays empty for the user (the indicators step says why). The
  // office's own recorded figures are taken as they were.
  if (!recorded)
    for (const hint of findReportIndicatorValues(report, text).found) {
      report.indicators.find((i) => i.id === hint.indicatorId)!.value = hint.value;
    }
  // Keep the title generated (so it follows later edits of unit and year) when the source used the default form.
  if (title && title === reportTitle({ meta: { ...report.meta, title: null } })) report.meta.title = null;
  return report;
}
