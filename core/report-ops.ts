// Whole-report operations shared by the store, the wizard and the CLI.
import { isLocked } from './sign-off';
import type { Language, Report, ReportSummary } from './model';
import { presetIndicator } from './indicator-presets';
import { fillYear, findTemplate } from './templates';

/** Next year's draft (core/next-year.ts). */
export { nextYearReport as duplicateAsNextYear } from './next-year';

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
