// Validation: what a report must hold before it is signed — the required content items of the regulation,
// no empty chapters, sections or items, indicator rules, a plausible year, the title and signature.
// Findings carry a stable code, a severity, a path into the report and messages in both languages.
// While the report is being written, a part not filled in yet is said so (a warning); it becomes an error
// once the user asks for review or for the report to be final.
// An optional chapter (one covering only 其他) left empty is a warning at every stage: it may be left out.
import { isCalendarDate, machineTimeZone, todayIn, yearOfDate } from './date-time';
import { buildDocument, reportTitle, runsText, type Block } from './document';
import { countsOn, inlineMarkers } from './outline-markers';
import { FINDING_VARIANTS, NOT_FILLED_IN_CODES, type FindingCode } from './finding-codes';
import type { Chapter, Report, Requirement, Section } from './model';
import { chapterHasContent, partHasBody, sectionHasContent } from './part-content';
import { blocksText } from './text-render';
import { statedValueDifferences } from './stated-values';
import { finding, type Finding } from './validation-types';
import { yearlyFindings } from './yearly-checks';

export type { Finding } from './validation-types';

export interface ValidationOptions {
  /** Today in the office's zone, YYYY-MM-DD (for the plausible-year check); defaults to the machine's today. */
  today?: string;
  /**
   * 'writing': the user is still filling the report in, and parts not written yet are warnings ("not filled
   * in"), not errors. 'review' (the default): everything the final report needs, as errors.
   */
  stage?: 'writing' | 'review';
  /** The report's document blocks, when the caller has built them already (the roll-up): built once, not twice. */
  blocks?: readonly Block[];
}

const NOT_FILLED_IN: ReadonlySet<FindingCode> = new Set(NOT_FILLED_IN_CODES);

const REQUIRED: ReadonlySet<Requirement> = new Set(FINDING_VARIANTS.REQUIREMENT_NOT_COVERED);
/** A chapter that covers only what the regulation leaves optional (五、其他需要报告的情况): may stay empty. */
const isOptional = (chapter: Chapter): boolean =>
  chapter.covers.length > 0 && chapter.covers.every((r) => !REQUIRED.has(r));

type Params = Finding['params'];

const hasText = (s: string) => s.trim().length > 0;

/** Nested quotes: a label that has its own “…” is quoted as ‘…’ inside a message's “…”. */
const nested = (label: string): string => label.replace(/“/g, '‘').replace(/”/g, '’');

function partFindings(part: Chapter | Section, path: Finding['path'], where: Params): Finding[] {
  const out: Finding[] = [];
  part.items.forEach((item, k) => {
    const itemPath = [...path, 'items', k];
    if (!hasText(item.title) && !hasText(item.body) && item.subItems.length === 0)
      out.push(finding('ITEM_EMPTY', 'error', itemPath, { ...where, item: k + 1 }));
    item.subItems.forEach((sub, m) => {
      if (!hasText(sub.title) && !hasText(sub.body))
        out.push(
          finding('SUBITEM_EMPTY', 'error', [...itemPath, 'subItems', m], { ...where, item: k + 1, subItem: m + 1 }),
        );
    });
  });
  return out;
}

function chapterText(chapter: Chapter): string {
  const parts: (Chapter | Section)[] = [chapter, ...chapter.sections];
  return parts
    .flatMap((p) => [
      ...p.paragraphs,
      ...p.closing,
      ...p.items.flatMap((i) => [i.title, i.body, ...i.subItems.map((s) => s.body)]),
    ])
    .concat(chapter.sections.map((s) => s.heading))
    .join('');
}

function indicatorFindings(report: Report): Finding[] {
  const out: Finding[] = [];
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  report.indicators.forEach((indicator, i) => {
    const path = ['indicators', i, 'value'];
    const params = { label: nested(indicator.label) || String(i + 1) };
    // Said whatever the figure is, and only here: a link to a removed total is wrong even when not applicable.
    const whole = indicator.partOf ? byId.get(indicator.partOf) : undefined;
    if (indicator.partOf && !whole)
      out.push(finding('INDICATOR_WHOLE_MISSING', 'error', ['indicators', i, 'partOf'], params));
    if (indicator.notApplicable) return;
    const value = indicator.value;
    if (value === null) {
      out.push(finding('INDICATOR_EMPTY', 'warning', path, params));
      return;
    }
    if (value < 0) out.push(finding('INDICATOR_NEGATIVE', 'error', path, params));
    if (indicator.kind === 'count' && !Number.isInteger(value))
      out.push(finding('INDICATOR_NOT_INTEGER', 'error', path, params));
    if (indicator.kind === 'percent' && value > 100)
      out.push(finding('INDICATOR_PERCENT_RANGE', 'error', path, params));
    if (whole && !whole.notApplicable && whole.value !== null && value > whole.value) {
      out.push(
        finding('INDICATOR_PART_EXCEEDS_WHOLE', 'error', path, {
          ...params,
          whole: nested(whole.label),
          value,
          wholeValue: whole.value,
        }),
      );
    }
  });
  return out;
}

/**
 * A figure the text states for an indicator (read as the import reads it) that is not the indicator's value:
 * the printed report and the roll-up, which takes the value, would disagree. Said once per indicator.
 */
function statedValueFindings(report: Report, blocks: readonly Block[]): Finding[] {
  return statedValueDifferences(report, blocksText(blocks)).map(({ index, label, value, stated, unit }) =>
    finding('INDICATOR_TEXT_DIFFERS', 'warning', ['indicators', index, 'value'], {
      label: nested(label) || String(index + 1),
      stated,
      value,
      unit,
    }),
  );
}

/**
 * A list running inline that repeats or skips a number (一是…一是…, 一是…三是…), as the paragraph prints: the
 * numbers the app adds and those typed in the text alike, so a damaged list (one an import or a paste left so)
 * is never silent. An item's own number, which opens its paragraph, is not part of the text's list.
 */
function inlineListFindings(report: Report, blocks: readonly Block[]): Finding[] {
  if (report.meta.language !== 'zh-CN') return [];
  const out: Finding[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const ownNumber = block.path.at(-2) === 'items' || block.path.at(-2) === 'subItems';
    const text = runsText(ownNumber ? block.runs.slice(1) : block.runs);
    for (const scheme of ['yishi', 'diyi'] as const) {
      const markers = inlineMarkers(text, scheme, 'zh-CN');
      if (markers.length < 2 || countsOn(markers, markers[0]!.number)) continue;
      const numbers = markers.map((m) => text.slice(m.at, m.at + m.length).trim()).join('、');
      out.push(finding('INLINE_LIST_NUMBERING', 'warning', block.path, { numbers }));
    }
  }
  return out;
}

function metaFindings(report: Report, today: string): Finding[] {
  const out: Finding[] = [];
  const { meta } = report;
  const currentYear = yearOfDate(today);
  if (!hasText(meta.organisation)) out.push(finding('ORGANISATION_MISSING', 'error', ['meta', 'organisation']));
  if (!hasText(reportTitle(report))) out.push(finding('TITLE_MISSING', 'error', ['meta', 'title']));
  if (meta.year > currentYear) out.push(finding('YEAR_IN_FUTURE', 'error', ['meta', 'year'], { year: meta.year }));
  else if (meta.year < currentYear - 10)
    out.push(finding('YEAR_LONG_AGO', 'warning', ['meta', 'year'], { year: meta.year }));
  if (!hasText(meta.signatureUnit ?? ''))
    out.push(finding('SIGNATURE_UNIT_MISSING', 'warning', ['meta', 'signatureUnit']));
  if (!meta.date) out.push(finding('DATE_MISSING', 'warning', ['meta', 'date']));
  else if (!isCalendarDate(meta.date))
    out.push(finding('DATE_INVALID', 'error', ['meta', 'date'], { date: meta.date }));
  else if (yearOfDate(meta.date) < meta.year)
    out.push(finding('DATE_BEFORE_YEAR', 'error', ['meta', 'date'], { date: meta.date, year: meta.year }));
  if (!report.preamble.some(hasText)) out.push(finding('PREAMBLE_EMPTY', 'warning', ['preamble']));
  return out;
}

export function validateReport(report: Report, options: ValidationOptions = {}): Finding[] {
  const today = options.today ?? todayIn(machineTimeZone());
  const out: Finding[] = metaFindings(report, today);

  if (report.chapters.length === 0) out.push(finding('NO_CHAPTERS', 'error', ['chapters']));
  report.chapters.forEach((chapter, c) => {
    const path = ['chapters', c];
    const where = { chapter: c + 1, title: nested(chapter.title) };
    if (!hasText(chapter.title)) out.push(finding('CHAPTER_TITLE_EMPTY', 'error', [...path, 'title'], where));
    if (!partHasBody(chapter) && chapter.sections.every((s) => !partHasBody(s) && !hasText(s.heading)))
      out.push(finding('CHAPTER_EMPTY', isOptional(chapter) ? 'warning' : 'error', path, where));
    out.push(...partFindings(chapter, path, where));
    chapter.sections.forEach((section, s) => {
      const sectionPath = [...path, 'sections', s];
      const sectionWhere = { ...where, section: s + 1 };
      if (!hasText(section.heading))
        out.push(finding('SECTION_HEADING_EMPTY', 'error', [...sectionPath, 'heading'], sectionWhere));
      // A bodiless section whose heading is a whole sentence is a list entry: that sentence is its content.
      if (!sectionHasContent(report, chapter, section))
        out.push(finding('SECTION_EMPTY', 'error', sectionPath, sectionWhere));
      out.push(...partFindings(section, sectionPath, sectionWhere));
    });
    // An empty chapter is said to be empty, not to lack causes.
    if (
      chapter.covers.includes('shortcomings') &&
      report.meta.language === 'zh-CN' &&
      chapterHasContent(report, chapter) &&
      !/原因|由于|导致|受限于|根源/.test(chapterText(chapter))
    )
      out.push(finding('SHORTCOMINGS_WITHOUT_CAUSES', 'warning', path, where));
  });

  const covered = new Set(report.chapters.flatMap((c) => c.covers));
  // The content items the regulation requires (the fifth, 其他, is optional), each with its own message.
  for (const requirement of FINDING_VARIANTS.REQUIREMENT_NOT_COVERED) {
    if (!covered.has(requirement))
      out.push(finding('REQUIREMENT_NOT_COVERED', 'warning', ['chapters'], { requirement }, requirement));
  }
  out.push(...indicatorFindings(report));
  const blocks = options.blocks ?? buildDocument(report).blocks;
  out.push(...statedValueFindings(report, blocks));
  out.push(...inlineListFindings(report, blocks));
  out.push(...yearlyFindings(report));
  if (options.stage !== 'writing') return out;
  return out.map((f) => (NOT_FILLED_IN.has(f.code) ? { ...f, severity: 'warning' } : f));
}

export const errorCount = (findings: readonly Finding[]): number =>
  findings.filter((f) => f.severity === 'error').length;
export const hasErrors = (findings: readonly Finding[]): boolean => errorCount(findings) > 0;
