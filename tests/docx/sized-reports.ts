// Reports of a chosen length for comparing the Word export's pages with the PDF's: the long report's varied
// chapters (tests/pdf/long-report.ts) taken whole section by section up to a length, then a closing paragraph
// whose length varies with the size, so that the text ends at every height of a page; every other one with a
// title of two lines, and each of the four signature blocks in turn (unit and date, with space for the seal,
// undated, date only).
import type { Chapter, Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { longReport } from '../pdf/long-report';

/** About what a page holds of the long report's text, headings and indents included. */
const CHARACTERS_PER_PAGE = 600;

export const TWO_LINE_TITLE = '区统计局关于2023年度法治政府建设工作情况和2024年工作安排的报告';

const textLength = (report: Report, chapter: Chapter): number =>
  renderText({ ...report, preamble: [], chapters: [chapter] }).length;

export function sizedReport(pages: number): Report {
  const long = longReport(Math.ceil(pages / 5) + 1);
  let left = (pages - 0.5) * CHARACTERS_PER_PAGE - renderText({ ...long, chapters: [] }).length;
  const chapters: Chapter[] = [];
  for (const chapter of long.chapters) {
    const whole = textLength(long, chapter);
    if (whole <= left) {
      chapters.push(chapter);
      left -= whole;
      continue;
    }
    const lead = { ...chapter, sections: [] };
    left -= textLength(long, lead);
    const sections = chapter.sections.filter((section) => {
      const size = textLength(long, { ...lead, paragraphs: [], items: [], closing: [], sections: [section] });
      return size <= left && (left -= size) >= 0;
    });
    if (left > -CHARACTERS_PER_PAGE) chapters.push({ ...lead, sections });
    break;
  }
  const last = chapters.at(-1)!;
  const filler = long.chapters.at(-1)!.sections.at(-1)!.paragraphs[0]!;
  const closing = `${filler.slice(0, 10 + ((pages * 53) % 280)).replace(/[，、；：。]$/, '')}。`;
  chapters[chapters.length - 1] = { ...last, closing: [...last.closing, closing] };
  const variant = pages % 4;
  return {
    ...long,
    meta: {
      ...long.meta,
      title: pages % 2 ? TWO_LINE_TITLE : null,
      signatureUnit: variant === 3 ? null : '区统计局',
      date: variant === 2 ? null : '2024-01-15',
    },
    style: { ...long.style, seal: variant === 1 },
    chapters,
  };
}
