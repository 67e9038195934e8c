// Stale years: a report started from last year's keeps last year's words, and with them last year as the
// report year ("2023年以来", "2023年，我局…", "2023年度", "二〇二三年"). Every mention of an earlier year is
// found, except where an earlier year is meant: comparisons (比2023年增长, 与2023年相比, 2023年同期), a range
// that reaches the report year (2021年至2024年, 2021年至今), titles of documents (《…2023年…》), and the
// dates of cited documents and laws (2021年修订的《…》, 《…》（2021年修订）, 自2023年1月1日起施行, 2023年第5号).
import type { DocPath } from './document';
import type { Report } from './model';
import { CHINESE_NUMERAL } from './chinese-numerals';
import { NUMBER_WORD, yearLike, yearsIn } from './number-reader';
import { reportTextFields, textAt, withTextAt } from './report-texts';

export interface YearMention {
  /** The text field (a paragraph, an item's body, a heading …). */
  path: DocPath;
  /** Where the year's digits stand in that text. */
  start: number;
  end: number;
  /** The digits as written: 2023, ２０２３ or 二〇二三. */
  written: string;
  year: number;
  /** The words around the mention, to show. */
  excerpt: string;
}

/** Words before an earlier year that make it a comparison: 比2023年, 较2023年, 相较于2023年. */
const COMPARED_BEFORE = /(?:比|较|相比|相较于?|对比|高于|低于|多于|少于|超过|超出|好于|优于|不及)\s*$/;
/** 与 / 同 / 和 / 跟 2023年 … 相比: a comparison only when the clause goes on to compare. */
const PAIRED_BEFORE = /(?:与|同|和|跟)\s*$/;
const PAIRED_AFTER = /^[^。；！？\n]{0,20}?(?:相比|比较|对比|持平|相当|基本一致)/;
/** 2023年同期, 2023年的两倍, 2023年水平. */
const COMPARED_AFTER = new RegExp(`^(?:同期|相比|比较|水平|基数|的\\s*${NUMBER_WORD}\\s*倍)`);
const RANGE_SEPARATOR = /^\s*(?:[—–\-－~～]+|至|到)\s*/;
/** The date of a document or law: 2021年修订的, 2023年5月印发的, （2021年修订）, 自…起施行, 2023年第5号, 2023年版. */
const DOCUMENT_DATE_AFTER = new RegExp(
  `^\\s*(?:${NUMBER_WORD}\\s*月(?:\\s*${NUMBER_WORD}\\s*日)?)?\\s*(?:(?:新|第${CHINESE_NUMERAL}+次)?(?:修订|修正|修改|颁布|公布|印发|发布|出台|通过|制定|施行|实施)的|起(?:施行|实施|执行))`,
);
const DOCUMENT_NUMBER_AFTER = new RegExp(`^\\s*(?:第\\s*${NUMBER_WORD}\\s*号|版)`);
const LAW_NOTE_AROUND = /》\s*[（(]\s*$/;

function insideBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

/** Whether the year at [start, end) is meant as an earlier year, not as the report year. */
function meantAsEarlierYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const afterYear = text.slice(end).replace(/^\s*年/, '');
  if (insideBookTitle(text, start)) return true;
  if (COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(afterYear)) return true;
  if (PAIRED_BEFORE.test(before) && PAIRED_AFTER.test(afterYear)) return true;
  if (LAW_NOTE_AROUND.test(before) || /^[^（）()]{0,12}(?:修订|修正|修改|颁布|公布)\s*[）)]/.test(afterYear))
    return true;
  if (DOCUMENT_DATE_AFTER.test(afterYear) || DOCUMENT_NUMBER_AFTER.test(afterYear)) return true;
  // The start of a range (2021年至2024年, 2021年至今): its end says whether the range is stale.
  const separator = RANGE_SEPARATOR.exec(afterYear);
  if (separator) {
    const rest = afterYear.slice(separator[0].length);
    if (/^今/.test(rest) || yearsIn(rest)[0]?.start === 0) return true;
  }
  return false;
}

function excerptOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 8);
  const to = Math.min(text.length, end + 10);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** Earlier years in one text; of a range (2021年至2023年) only the end can be one. */
export function staleYearsInText(text: string, reportYear: number): Omit<YearMention, 'path'>[] {
  const out: Omit<YearMention, 'path'>[] = [];
  for (const { start, end, written, year } of yearsIn(text)) {
    if (year < 1949 || year >= reportYear) continue;
    if (meantAsEarlierYear(text, start, end)) continue;
    out.push({ start, end, written, year, excerpt: excerptOf(text, start, end) });
  }
  return out;
}

export function findStaleYears(report: Report): YearMention[] {
  const reportYear = report.meta.year;
  return reportTextFields(report).flatMap(({ path, text }) =>
    staleYearsInText(text, reportYear).map((m) => ({ ...m, path })),
  );
}

/** The report with one mention changed to the report year; unchanged when the text no longer holds it there. */
export function fixStaleYear(report: Report, mention: Pick<YearMention, 'path' | 'start' | 'end' | 'written'>): Report {
  const text = textAt(report, mention.path);
  if (text === undefined || text.slice(mention.start, mention.end) !== mention.written) return report;
  const fixed = text.slice(0, mention.start) + yearLike(report.meta.year, mention.written) + text.slice(mention.end);
  return withTextAt(report, mention.path, fixed);
}

/** Every mention changed to the report year (later mentions first, so earlier offsets stay valid). */
export function fixAllStaleYears(report: Report): Report {
  return findStaleYears(report)
    .reverse()
    .reduce((r, mention) => fixStaleYear(r, mention), report);
}
