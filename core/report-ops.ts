// Whole-report operations shared by the store, the wizard and the CLI.
import { newId } from './ids';
import { isLocked } from './sign-off';
import { reportSchema, type Chapter, type Language, type Report, type ReportSummary } from './model';
import { presetIndicator } from './indicator-presets';
import { fillYear, findTemplate } from './templates';

/** 2023年 → 2024年 and 2024年 → 2025年 in one pass, so a plan chapter's next year moves on too. */
function shiftYears(text: string, year: number): string {
  return text.replace(new RegExp(`(${year}|${year + 1})(?=\\s*年)`, 'g'), (y) => String(Number(y) + 1));
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

/** Next year's draft: structure and texts kept, indicator values cleared, year + 1, new ids, no date. */
export function duplicateAsNextYear(report: Report, now: string = new Date().toISOString()): Report {
  const year = report.meta.year;
  const indicatorIds = new Map(report.indicators.map((i) => [i.id, newId()]));
  return reportSchema.parse({
    ...report,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    meta: {
      ...report.meta,
      year: year + 1,
      title: report.meta.title ? shiftYears(report.meta.title, year) : null,
      date: null,
      status: 'draft',
    },
    // A new year's report is signed off anew: last year's records stay with last year's report.
    signOff: { records: [], roles: report.signOff.roles },
    chapters: report.chapters.map((c) => renewIds(c, year)),
    indicators: report.indicators.map((i) => ({
      ...i,
      id: indicatorIds.get(i.id)!,
      partOf: i.partOf ? indicatorIds.get(i.partOf) : undefined,
      value: null,
      notApplicable: false,
    })),
  });
}

/**
 * Switch a report's own language (which template labels and the PDF follow). Template texts the user has not
 * changed — chapter titles, section headings, indicator labels and units — follow into the new language;
 * everything the user wrote stays as written.
 */
export function setReportLanguage(report: Report, language: Language): Report {
  const from = report.meta.language;
  const template = findTemplate(report.templateId);
  if (from === language) return report;
  const relabel = (current: string, label: Record<Language, string> | undefined, fill = (s: string) => s) =>
    label && current === fill(label[from]) ? fill(label[language]) : current;
  const year = (s: string) => fillYear(s, report.meta.year);
  return {
    ...report,
    meta: { ...report.meta, language },
    chapters: report.chapters.map((chapter) => {
      const source = template?.chapters.find((c) => c.key === chapter.key);
      return {
        ...chapter,
        title: relabel(chapter.title, source?.title, year),
        sections: chapter.sections.map((section) => ({
          ...section,
          heading: relabel(section.heading, source?.sections.find((s) => s.key === section.guidanceKey)?.heading),
        })),
      };
    }),
    indicators: report.indicators.map((indicator) => {
      const source = presetIndicator(indicator.key);
      return {
        ...indicator,
        label: relabel(indicator.label, source?.label),
        unit: relabel(indicator.unit, source?.unit),
      };
    }),
  };
}

/** A report prints with the draft watermark unless signed off or published, or when a draft copy is asked for. */
export const printsAsDraft = (report: Pick<Report, 'meta'>, forced?: boolean): boolean =>
  forced === true || !isLocked(report);

/** The order of report lists (the store's index, the home screen): newest change first, then by id. */
export function byUpdatedDesc(
  a: Pick<ReportSummary, 'updatedAt' | 'id'>,
  b: Pick<ReportSummary, 'updatedAt' | 'id'>,
): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id);
}
