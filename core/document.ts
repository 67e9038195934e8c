// A report as a sequence of printable blocks, in reading order. The plain-text rendering, the live preview
// and the PDF all lay out these same blocks, so they always agree on numbering and text.
import {
  LANGUAGES,
  type Chapter,
  type DocumentStyle,
  type Item,
  type ItemScheme,
  type Language,
  type Report,
  type Section,
} from './model';
import {
  chapterMarker,
  englishChapterMarker,
  englishItemMarker,
  englishSectionMarker,
  itemMarker,
  sectionMarker,
} from './numbering';
import { formatOfficialDate } from './date-time';
import { translator } from './i18n';
import type { DocPath } from './doc-path';
import type { Block, Run } from './document-blocks';
import { isStatementSection } from './part-content';
import { planChecklistBlocks } from './plan-checklist';

export type { Block, Run, RunRole } from './document-blocks';
export type { DocPath } from './doc-path';

export interface DocumentModel {
  language: Language;
  title: string;
  blocks: Block[];
}

/** The report's title: the override, or 「{单位}{年度}年法治政府建设情况报告」. */
export function reportTitle(report: Pick<Report, 'meta'>): string {
  const { title, organisation, year, language } = report.meta;
  if (title && title.trim()) return title.trim();
  // Filled in from the translation made once per language: a roll-up asks for thousands of titles.
  const text = DEFAULT_TITLE.find((d) => d.language === language)!.text;
  return text.replace(YEAR_SLOT, () => String(year)).replace(ORGANISATION_SLOT, () => organisation);
}

const ORGANISATION_SLOT = '\u0000O';
const YEAR_SLOT = '\u0000Y';
/** The default title of each language with slots for unit and year, and as a pattern: unit, then year. */
const DEFAULT_TITLE = LANGUAGES.map((language) => {
  const text = translator(language, 'document')('defaultTitle', { organisation: ORGANISATION_SLOT, year: YEAR_SLOT });
  const pattern = text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(ORGANISATION_SLOT, '(?<organisation>.+?)')
    .replace(YEAR_SLOT, '(?<year>\\d{4})');
  return { language, text, pattern: new RegExp(`^${pattern}$`) };
});

/** The unit, year and language of a title in the default form (the reverse of reportTitle), or null. */
export function defaultTitleParts(title: string): { organisation: string; year: number; language: Language } | null {
  for (const { language, pattern } of DEFAULT_TITLE) {
    const groups = pattern.exec(title.trim())?.groups;
    if (groups) return { organisation: groups.organisation!, year: Number(groups.year), language };
  }
  return null;
}

export interface Markers {
  chapter(n: number): string;
  section(n: number): string;
  item(scheme: ItemScheme, n: number): string;
  subItem(n: number): string;
  /** The scheme sub-item markers are made with (an English report keeps sub-items apart from its items). */
  subItemScheme: ItemScheme;
}

/** The markers of a report's numbering style in its language (the fields beside the editor use them too). */
export function markersFor(style: Pick<DocumentStyle, 'itemScheme' | 'subItemScheme'>, language: Language): Markers {
  const { itemScheme, subItemScheme } = style;
  if (language === 'en') {
    const englishSubItemScheme = subItemScheme === itemScheme ? 'paren-arabic' : subItemScheme;
    return {
      chapter: englishChapterMarker,
      section: englishSectionMarker,
      item: englishItemMarker,
      subItem: (n) => englishItemMarker(englishSubItemScheme, n),
      subItemScheme: englishSubItemScheme,
    };
  }
  return {
    chapter: chapterMarker,
    section: sectionMarker,
    item: itemMarker,
    subItem: (n) => itemMarker(subItemScheme, n),
    subItemScheme,
  };
}

/**
 * The number of the first item in a part of a chapter (`sectionIndex` null: the chapter's own items): items
 * restart in each section unless the style numbers them continuously through the chapter.
 */
export function firstItemNumber(
  style: Pick<DocumentStyle, 'itemNumbering'>,
  chapter: Pick<Chapter, 'items' | 'sections'>,
  sectionIndex: number | null,
): number {
  if (style.itemNumbering !== 'continuous' || sectionIndex === null) return 1;
  return 1 + chapter.items.length + chapter.sections.slice(0, sectionIndex).reduce((n, s) => n + s.items.length, 0);
}

function itemRuns(item: Item, marker: string, role: 'item' | 'subitem', scheme: ItemScheme): Run[] {
  const runs: Run[] = [{ text: marker, role: `${role}-marker`, scheme }];
  if (item.title) runs.push({ text: item.title, role: `${role}-title` });
  if (item.body) runs.push({ text: item.body, role: 'body' });
  return runs;
}

const body = (text: string): Run => ({ text, role: 'body' });

/**
 * Lead paragraphs, items and closing paragraphs of a chapter or section. `opening` runs (a run-in section
 * heading) start the first paragraph; inline items run on inside the last lead paragraph.
 */
function bodyBlocks(
  part: Chapter | Section,
  path: DocPath,
  opening: Run[],
  markers: Markers,
  firstItem: number,
  reportScheme: ItemScheme,
): Block[] {
  const blocks: Block[] = [];
  const scheme = part.itemScheme ?? reportScheme;
  let pending: Run[] = [...opening];
  const flush = (p: DocPath) => {
    if (pending.length) blocks.push({ type: 'paragraph', runs: pending, path: p });
    pending = [];
  };
  part.paragraphs.forEach((text, i) => {
    if (i > 0) flush([...path, 'paragraphs', i - 1]);
    if (text) pending.push(body(text));
  });
  const leadPath: DocPath = part.paragraphs.length ? [...path, 'paragraphs', part.paragraphs.length - 1] : path;
  const inline = part.itemLayout === 'inline' && part.items.length > 0;
  const subItemBlocks = (item: Item, itemPath: DocPath): Block[] =>
    item.subItems.map((sub, j) => ({
      type: 'paragraph',
      runs: itemRuns({ ...sub, subItems: [] }, markers.subItem(j + 1), 'subitem', markers.subItemScheme),
      path: [...itemPath, 'subItems', j],
    }));
  if (inline) {
    part.items.forEach((item, i) =>
      pending.push(...itemRuns(item, markers.item(scheme, firstItem + i), 'item', scheme)),
    );
    flush(leadPath);
    // Sub-items cannot run inline: they follow the paragraph, each on its own.
    part.items.forEach((item, i) => blocks.push(...subItemBlocks(item, [...path, 'items', i])));
  } else {
    flush(leadPath);
    part.items.forEach((item, i) => {
      const itemPath = [...path, 'items', i];
      blocks.push({
        type: 'paragraph',
        runs: itemRuns(item, markers.item(scheme, firstItem + i), 'item', scheme),
        path: itemPath,
      });
      blocks.push(...subItemBlocks(item, itemPath));
    });
  }
  part.closing.forEach((text, i) =>
    blocks.push({ type: 'paragraph', runs: [body(text)], path: [...path, 'closing', i] }),
  );
  return blocks;
}

/** Whether a part's body starts with a paragraph a run-in heading can open: lead text, or items running inline. */
const opensParagraph = (part: Section): boolean =>
  part.paragraphs.length ? Boolean(part.paragraphs[0]!.trim()) : part.itemLayout === 'inline' && part.items.length > 0;

/** The blocks of one chapter (numbered `index` from 0), as the preview shows a single step. */
export function chapterBlocks(report: Report, index: number): Block[] {
  const chapter = report.chapters[index];
  if (!chapter) return [];
  const { style } = report;
  const markers = markersFor(style, report.meta.language);
  const path: DocPath = ['chapters', index];
  const blocks: Block[] = [
    {
      type: 'heading',
      level: 1,
      runs: [
        { text: markers.chapter(index + 1), role: 'chapter-marker' },
        { text: chapter.title, role: 'chapter-title' },
      ],
      path,
    },
  ];
  blocks.push(...bodyBlocks(chapter, path, [], markers, firstItemNumber(style, chapter, null), style.itemScheme));
  chapter.sections.forEach((section, s) => {
    const sectionPath = [...path, 'sections', s];
    const headingRuns: Run[] = [
      { text: markers.section(s + 1), role: 'section-marker' },
      { text: section.heading, role: 'section-heading' },
    ];
    const first = firstItemNumber(style, chapter, s);
    // A bodiless section whose heading is a sentence is a list entry: a paragraph, not a heading awaiting text.
    // A run-in heading with no paragraph to open stands alone, as a heading kept with what follows.
    const runsIn = section.headingStyle === 'run-in' && opensParagraph(section);
    if (!runsIn && !isStatementSection(report, chapter, section)) {
      blocks.push({ type: 'heading', level: 2, runs: headingRuns, path: sectionPath });
      blocks.push(...bodyBlocks(section, sectionPath, [], markers, first, style.itemScheme));
    } else {
      blocks.push(...bodyBlocks(section, sectionPath, headingRuns, markers, first, style.itemScheme));
    }
  });
  return report.meta.language === 'en' ? blocks.map(spaceEnglishRuns) : blocks;
}

/** English runs are words: a space between a title and its body, a heading and its paragraph. */
function spaceEnglishRuns(block: Block): Block {
  if (block.type !== 'paragraph' && block.type !== 'heading') return block;
  const runs = block.runs.map((run, i) => {
    const previous = block.runs[i - 1];
    const needsSpace = previous && !/\s$/.test(previous.text) && !run.text.startsWith(' ');
    return needsSpace ? { ...run, text: ' ' + run.text } : run;
  });
  return { ...block, runs };
}

export function buildDocument(report: Report): DocumentModel {
  const title = reportTitle(report);
  const t = translator(report.meta.language, 'document');
  const blocks: Block[] = [{ type: 'title', text: title }];
  if (report.meta.recipient?.trim()) {
    const recipient = report.meta.recipient.trim().replace(/[：:]$/, '');
    blocks.push({ type: 'recipient', text: recipient + t('recipientSuffix') });
  }
  report.preamble.forEach((text, i) => {
    if (text) blocks.push({ type: 'paragraph', runs: [body(text)], path: ['preamble', i] });
  });
  report.chapters.forEach((_, i) => blocks.push(...chapterBlocks(report, i)));
  blocks.push(...planChecklistBlocks(report));
  const unit = report.meta.signatureUnit?.trim();
  const date = report.meta.date ? formatOfficialDate(report.meta.date, report.meta.language) : null;
  if (unit || date) blocks.push({ type: 'signature', unit: unit ?? '', date });
  return { language: report.meta.language, title, blocks };
}

export const runsText = (runs: Run[]): string => runs.map((r) => r.text).join('');
