// Outline import: the plain text of an existing report → a report in the model. Recognises chapter, section,
// item and sub-item lines in the numbering styles real reports use (一、 （一） (一) 一是 第一， 1. 1、 （1） (1),
// full- and half-width), items running inline in one paragraph (一是…。二是…。), the title, a 主送机关 line and
// a closing signature unit + date. Typed numbers are dropped: numbering.ts derives them again, so gaps and
// repeats in the source come back numbered correctly.
import { machineTimeZone, yearIn } from './date-time';
import { AppError } from './errors';
import { stripBom } from './text-decode';
import { foldFullWidth } from './char-width';
import { newId } from './ids';
import { reportTitle } from './document';
import {
  SCHEMA_VERSION,
  isPlausibleYear,
  reportSchema,
  type Chapter,
  type Item,
  type ItemScheme,
  type Language,
  type Report,
  type Requirement,
  type Section,
  type SubItem,
} from './model';
import { findTemplate } from './templates';
import { findReportIndicatorValues, presetIndicators, suggestIndicatorPreset } from './indicator-presets';
import { CHINESE_DIGIT, CHINESE_NUMERAL } from './chinese-numerals';
import { readNumber, yearsIn } from './number-reader';

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

const NUM = `${CHINESE_NUMERAL}+`;
const CHAPTER_LINE = new RegExp(`^(?:(${NUM})\\s*[、.．]|第(${NUM})部分\\s*[、，,:：.．]?)\\s*(.*)$`);
const SECTION_LINE = new RegExp(`^[（(]\\s*(${NUM})\\s*[)）]\\s*[、.．]?\\s*(.*)$`);
const ITEM_LINE: Record<ItemScheme, RegExp> = {
  yishi: new RegExp(`^(${NUM})是\\s*(.*)$`),
  diyi: new RegExp(`^第(${NUM})[，,、]\\s*(.*)$`),
  arabic: /^([0-9０-９]{1,3})\s*[.．、](?![0-9０-９])\s*(.*)$/,
  'paren-arabic': /^[（(]\s*([0-9０-９]{1,3})\s*[)）]\s*(.*)$/,
};
/** Markers that run inline after the end of a sentence (or at the start of a paragraph). */
const INLINE_MARKER: Partial<Record<ItemScheme, RegExp>> = {
  yishi: new RegExp(`(?<=^|[。；;！？!?])\\s*${NUM}是`, 'g'),
  diyi: new RegExp(`(?<=^|[。；;！？!?])\\s*第${NUM}[，,、]`, 'g'),
};
const SENTENCE_END = /[。！？!?]/;
/** Longer than any real heading: a line this long is a heading that runs on into its text. */
const MAX_HEADING = 200;

type Container = Chapter | Section;

function cleanLines(text: string): string[] {
  return stripBom(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/(?!\t)\p{Cc}/gu, '').trim());
}

/**
 * A heading line → heading and the text that runs on after it. Section headings run in at their first
 * sentence (（一）加强学习。组织…); chapter titles only when the line is too long to be a title.
 */
function splitHeading(rest: string, runIn: boolean): [string, string] {
  const end = rest.search(SENTENCE_END);
  if (end < 0 || end >= rest.length - 1 || (!runIn && rest.length <= MAX_HEADING)) return [rest, ''];
  return [rest.slice(0, end + 1), rest.slice(end + 1).trim()];
}

/** The item scheme of a line that opens an item, if any (in the order real reports most often use). */
function itemLineScheme(line: string): ItemScheme | null {
  for (const scheme of ['yishi', 'diyi', 'paren-arabic', 'arabic'] as const) {
    if (ITEM_LINE[scheme].test(line)) return scheme;
  }
  return null;
}

/** Splits 「lead。一是…。二是…。」 into its lead and item texts; null when fewer than two markers run inline. */
function splitInline(text: string, scheme: ItemScheme): { lead: string; items: string[] } | null {
  const marker = INLINE_MARKER[scheme];
  if (!marker) return null;
  const starts = [...text.matchAll(marker)].map((m) => ({ at: m.index, length: m[0].length }));
  if (starts.length < 2) return null;
  const items = starts.map((s, i) => text.slice(s.at + s.length, starts[i + 1]?.at ?? text.length).trim());
  return { lead: text.slice(0, starts[0]!.at).trim(), items };
}

/** 「积极履职，提前谋划。结合…」 → title + body, when the first sentence is short and more text follows. */
function splitTitle(text: string): { title: string; body: string } {
  const end = text.search(SENTENCE_END);
  if (end > 0 && end < 60 && end < text.length - 1) return { title: text.slice(0, end + 1), body: text.slice(end + 1) };
  return { title: '', body: text };
}

function inferCovers(title: string): Requirement[] {
  const covers: Requirement[] = [];
  if (/第一责任人/.test(title)) covers.push('first-responsible');
  else if (/举措|成效|主要工作|工作开展|工作情况|主要做法|工作成效/.test(title)) covers.push('measures');
  if (/不足|问题|短板/.test(title)) covers.push('shortcomings');
  if (/下一步|计划|安排|打算|思路/.test(title)) covers.push('plans');
  if (/其他/.test(title)) covers.push('other');
  return covers;
}

class OutlineBuilder {
  readonly preamble: string[] = [];
  readonly chapters: Chapter[] = [];
  itemScheme: ItemScheme | null = null;
  subItemScheme: ItemScheme | null = null;
  private chapter: Chapter | null = null;
  private inAttachments = false;
  private section: Section | null = null;

  private get container(): Container | null {
    return this.section ?? this.chapter;
  }

  addLine(line: string): void {
    if (this.inAttachments || /^附\s*件\s*[：:]/.test(line)) return this.addAttachmentLine(line);
    const chapter = CHAPTER_LINE.exec(line);
    if (chapter && this.startChapter(chapter[3]!)) return;
    const section = SECTION_LINE.exec(line);
    if (section && this.chapter && this.startSection(section[2]!)) return;
    const scheme = itemLineScheme(line);
    if (scheme && this.container && this.addItemLine(this.container, scheme, line)) return;
    this.addParagraph(line);
  }

  /** Returns false when the line is too long to be a heading: it stays a paragraph as typed. */
  private startChapter(rest: string): boolean {
    const [title, runOn] = splitHeading(rest, false);
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
    if (runOn) this.addParagraph(runOn);
    return true;
  }

  private startSection(rest: string): boolean {
    const [heading, runOn] = splitHeading(rest, true);
    if (heading.length > MAX_HEADING) return false;
    this.section = {
      id: newId(),
      heading,
      headingStyle: runOn ? 'run-in' : 'standalone',
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

  /** Returns false when the line only looks like an item and is kept as a plain paragraph. */
  private addItemLine(container: Container, scheme: ItemScheme, line: string): boolean {
    const text = ITEM_LINE[scheme].exec(line)![2]!;
    if (container.closing.length > 0) return false;
    const partScheme = container.items.length ? this.schemeOf(container) : scheme;
    if (scheme === partScheme) {
      if (container.itemLayout === 'inline') return false;
      if (container.items.length === 0 && this.addInline(container, line)) return true;
      this.setScheme(container, scheme);
      container.items.push({ id: newId(), ...splitTitle(text), subItems: [] });
      return true;
    }
    const lastItem = container.items.at(-1);
    if (!lastItem) return false;
    this.subItemScheme ??= scheme;
    if (scheme !== this.subItemScheme) return false;
    lastItem.subItems.push({ id: newId(), ...splitTitle(text) } satisfies SubItem);
    return true;
  }

  private schemeOf(container: Container): ItemScheme {
    return container.itemScheme ?? this.itemScheme ?? 'yishi';
  }

  /** The first scheme seen is the report's; a part numbered otherwise keeps its own. */
  private setScheme(container: Container, scheme: ItemScheme): void {
    this.itemScheme ??= scheme;
    if (scheme !== this.itemScheme) container.itemScheme = scheme;
  }

  /** Items running inline in one paragraph: the paragraph becomes lead + inline items. */
  private addInline(container: Container, text: string): boolean {
    if (container.items.length > 0 || container.closing.length > 0) return false;
    for (const scheme of ['yishi', 'diyi'] as const) {
      const split = splitInline(text, scheme);
      if (!split) continue;
      this.setScheme(container, scheme);
      if (split.lead) container.paragraphs.push(split.lead);
      container.items = split.items.map((body): Item => ({ id: newId(), title: '', body, subItems: [] }));
      container.itemLayout = 'inline';
      return true;
    }
    return false;
  }

  private addParagraph(text: string): void {
    const container = this.container;
    if (!container) {
      if (text) this.preamble.push(text);
      return;
    }
    if (!text) return;
    if (this.addInline(container, text)) return;
    if (container.items.length > 0) container.closing.push(text);
    else container.paragraphs.push(text);
  }
}

function isTitleLine(line: string, next: string | undefined): boolean {
  if (CHAPTER_LINE.test(line) || SECTION_LINE.test(line) || itemLineScheme(line) || /[：:。]$/.test(line)) return false;
  if (/报告|总结|情况/.test(line) && line.length <= 80) return true;
  return next === '' && line.length <= 60 && !/[。，；]/.test(line);
}

/** A title set over two lines (XX区司法局关于 / 2023年法治政府建设情况的报告): the first line reads on. */
function isTitleStart(line: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    next !== '' &&
    line.length + next.length <= 80 &&
    !/[。，；：:]$/.test(line) &&
    !/报告|总结/.test(line) &&
    isTitleLine(next, undefined) &&
    !CHAPTER_LINE.test(line) &&
    !SECTION_LINE.test(line)
  );
}

/** 主送机关 ends in a colon; 现将有关情况报告如下： is the preamble's last sentence, not an addressee. */
const isRecipientLine = (line: string) =>
  /[：:]$/.test(line) && line.length <= 60 && !/[。，；]/.test(line) && !/如下|报告/.test(line);

const DATE_LINE = new RegExp(
  `^(\\d{4}|${CHINESE_DIGIT}{4})\\s*年\\s*(\\d{1,2}|${CHINESE_NUMERAL}{1,3})\\s*月\\s*(\\d{1,2}|${CHINESE_NUMERAL}{1,3})\\s*日$`,
);

/** 2024年1月5日, ２０２４年１月５日, or in Chinese numerals 二〇二四年一月五日 → 2024-01-05. */
function parseDateLine(line: string): string | null {
  const date = DATE_LINE.exec(foldFullWidth(line));
  if (!date) return null;
  const [year, month, day] = date.slice(1).map((part) => readNumber(part) ?? 0) as [number, number, number];
  if (!month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The three-part form (work / problems / plans) or the regulation's own chapter set. */
function chooseTemplate(chapters: Chapter[]): string {
  const keys = chapters.map((c) => c.covers[0]);
  const threePart = chapters.length === 3 && keys[1] === 'shortcomings' && keys[2] === 'plans';
  return threePart ? 'three-part' : 'department-annual';
}

export function importOutline(text: string, options: OutlineImportOptions = {}): Report {
  const lines = cleanLines(text);
  while (lines.length && lines.at(-1) === '') lines.pop();
  let start = lines.findIndex((l) => l !== '');
  if (start < 0) throw new AppError('OUTLINE_EMPTY');

  let title: string | null = null;
  if (isTitleStart(lines[start]!, lines[start + 1])) {
    title = lines[start]! + lines[start + 1]!;
    start += 2;
  } else if (isTitleLine(lines[start]!, lines[start + 1])) title = lines[start++]!;
  while (lines[start] === '') start++;
  let recipient: string | null = null;
  if (lines[start] !== undefined && isRecipientLine(lines[start]!)) recipient = lines[start++]!.replace(/[：:]$/, '');

  let end = lines.length;
  let date: string | null = null;
  let signatureUnit: string | null = null;
  const dateLine = parseDateLine(lines[end - 1] ?? '');
  if (dateLine && end - 1 > start) {
    date = dateLine;
    end--;
    const unitLine = lines[end - 1] ?? '';
    if (end - 1 > start && unitLine.length <= 40 && !/[。，；：:]/.test(unitLine) && !CHAPTER_LINE.test(unitLine)) {
      signatureUnit = unitLine;
      end--;
    }
  }

  const builder = new OutlineBuilder();
  for (const line of lines.slice(start, end)) if (line) builder.addLine(line);
  if (!title && builder.preamble.length === 0 && builder.chapters.length === 0) throw new AppError('OUTLINE_EMPTY');

  // The title names the unit and the year (区统计局2023年法治政府建设…, 区统计局关于二〇二三年…).
  const titleYear = title ? yearsIn(title)[0] : undefined;
  const titleUnit = titleYear ? title!.slice(0, titleYear.start).replace(/关于$/, '') : '';
  const yearsInText = yearsIn(text).map((m) => m.year);
  const now = options.now ?? new Date().toISOString();
  const year =
    options.year ??
    [titleYear?.year ?? NaN, ...yearsInText].find(isPlausibleYear) ??
    yearIn(options.timeZone ?? machineTimeZone(), new Date(now)) - 1;
  const organisation = options.organisation ?? (titleUnit || undefined) ?? signatureUnit ?? '';
  const language = options.language ?? 'zh-CN';

  const templateId = chooseTemplate(builder.chapters);
  const template = findTemplate(templateId);
  for (const chapter of builder.chapters) {
    chapter.key = template?.chapters.find((c) => c.covers[0] === chapter.covers[0])?.key;
    if (chapter.covers.includes('measures') && /第一责任人/.test(JSON.stringify(chapter)))
      chapter.covers.push('first-responsible');
  }

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
    },
    preamble: builder.preamble,
    chapters: builder.chapters,
    indicators: presetIndicators(options.indicatorPreset ?? suggestIndicatorPreset(organisation), language),
  });
  // What is left to fail are the model's size limits (a chapter of more than 1000 paragraphs, a line of
  // millions of characters): name where, in the user's terms.
  if (!parsed.success)
    throw new AppError('OUTLINE_TOO_LARGE', { detail: parsed.error.issues[0]?.path.join('.') ?? '' });
  const report = parsed.data;
  // Only values the text settles; an unsure one stays empty for the user (the indicators step says why).
  for (const hint of findReportIndicatorValues(report, text).found) {
    report.indicators.find((i) => i.id === hint.indicatorId)!.value = hint.value;
  }
  // Keep the title generated (so it follows later edits of unit and year) when the source used the default form.
  if (title && title === reportTitle({ meta: { ...report.meta, title: null } })) report.meta.title = null;
  return report;
}

/**
 * The outline level a line's typed number gives it: 1 (一、), 2 (（一）), 3 (an item: 一是, 第一，, 1., （1）) or
 * null for a plain paragraph. Word import uses it not to number again what the text already numbers.
 */
export function typedOutlineLevel(line: string): 1 | 2 | 3 | null {
  if (CHAPTER_LINE.test(line)) return 1;
  if (SECTION_LINE.test(line)) return 2;
  return itemLineScheme(line) ? 3 : null;
}
