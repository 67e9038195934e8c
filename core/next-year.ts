// Next year's report from this year's: year + 1, the title and the chapter titles moved on a year, no date, no
// sign-off, new ids, last year's text kept as the starting draft (stale years are then flagged by
// core/stale-years.ts), last year's figures kept beside this year's empty ones, last year's plans as this
// year's checklist, and a link back to last year's report.
import { newId } from './ids';
import { yearLike, yearsIn } from './number-reader';
import { reportSchema, type Chapter, type Report } from './model';
import { planEntriesFrom } from './plan-checklist';
import { clearSignOff } from './sign-off-state';

/**
 * 2023年 → 2024年 and 2024年 → 2025年 in one pass, so a plan chapter's next year moves on too; a year keeps its
 * script (二〇二三年 → 二〇二四年).
 */
function shiftYears(text: string, year: number): string {
  let out = '';
  let at = 0;
  for (const mention of yearsIn(text)) {
    if (mention.year !== year && mention.year !== year + 1) continue;
    out += text.slice(at, mention.start) + yearLike(mention.year + 1, mention.written);
    at = mention.end;
  }
  return out + text.slice(at);
}

function renewIds(chapter: Chapter, year: number): Chapter {
  const item = <T extends { id: string }>(x: T): T => ({ ...x, id: newId() });
  const part = <T extends Pick<Chapter, 'items'>>(p: T): T => ({
    ...p,
    items: p.items.map((i) => ({ ...item(i), subItems: i.subItems.map(item) })),
  });
  return {
    ...part(chapter),
    id: newId(),
    title: shiftYears(chapter.title, year),
    sections: chapter.sections.map((s) => ({ ...part(s), id: newId() })),
  };
}

export function nextYearReport(report: Report, now: string = new Date().toISOString()): Report {
  const year = report.meta.year;
  const indicatorIds = new Map(report.indicators.map((i) => [i.id, newId()]));
  return reportSchema.parse({
    ...report,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    ...clearSignOff(report),
    meta: {
      ...clearSignOff(report).meta,
      year: year + 1,
      title: report.meta.title ? shiftYears(report.meta.title, year) : null,
      date: null,
    },
    chapters: report.chapters.map((c) => renewIds(c, year)),
    indicators: report.indicators.map((i) => ({
      ...i,
      id: indicatorIds.get(i.id)!,
      partOf: i.partOf ? indicatorIds.get(i.partOf) : undefined,
      previousValue: i.notApplicable ? null : i.value,
      value: null,
      notApplicable: false,
    })),
    previous: { id: report.id, year },
    plans: planEntriesFrom(report),
  });
}
