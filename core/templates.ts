// Templates are data (core/templates/*.json): chapters with zh-CN/en titles and guidance, and the numbering
// scheme. This module checks them with a schema and makes new reports from them. Indicators are not the
// template's: they come from the office's choice of preset (indicator-presets.ts).
import { z } from 'zod';
import departmentAnnual from './templates/department-annual.json';
import threePart from './templates/three-part.json';
import { AppError } from './errors';
import { newId } from './ids';
import { presetIndicators, suggestIndicatorPreset } from './indicator-presets';
import { SCHEMA_VERSION, itemSchemeSchema, reportSchema, requirementSchema, type Language, type Report } from './model';
import type { TemplateSummary } from './api';

const bilingualText = z.object({ 'zh-CN': z.string(), en: z.string() });

const templateSchema = z.object({
  id: z.string(),
  name: bilingualText,
  description: bilingualText,
  style: z.object({ itemScheme: itemSchemeSchema, subItemScheme: itemSchemeSchema }),
  preamble: z.object({ guidance: bilingualText }),
  chapters: z.array(
    z.object({
      key: z.string(),
      covers: z.array(requirementSchema),
      required: z.boolean(),
      /** May hold {{year}} (the report year) and {{nextYear}}. */
      title: bilingualText,
      guidance: bilingualText,
      itemLayout: z.enum(['paragraphs', 'inline']).optional(),
      sections: z.array(z.object({ key: z.string(), heading: bilingualText, guidance: bilingualText })),
    }),
  ),
});
export type Template = z.infer<typeof templateSchema>;

const TEMPLATES: readonly Template[] = [templateSchema.parse(departmentAnnual), templateSchema.parse(threePart)];
export const DEFAULT_TEMPLATE_ID = 'department-annual';

export function listTemplates(): TemplateSummary[] {
  return TEMPLATES.map(({ id, name, description }) => ({ id, name, description }));
}

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export function getTemplate(id: string): Template {
  const template = findTemplate(id);
  if (!template) throw new AppError('TEMPLATE_UNKNOWN', { id });
  return template;
}

/** {{year}} / {{nextYear}} in template titles. */
export function fillYear(text: string, year: number): string {
  return text.replaceAll('{{year}}', String(year)).replaceAll('{{nextYear}}', String(year + 1));
}

export interface NewReportOptions {
  organisation: string;
  year: number;
  language?: Language;
  /** The indicator preset to start from; by default the one the unit's name suggests. */
  indicatorPreset?: string;
  now?: string;
}

export function createReportFromTemplate(templateId: string, options: NewReportOptions): Report {
  const template = getTemplate(templateId);
  const language = options.language ?? 'zh-CN';
  const now = options.now ?? new Date().toISOString();
  return reportSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    templateId,
    createdAt: now,
    updatedAt: now,
    meta: { organisation: options.organisation, year: options.year, language, signatureUnit: options.organisation },
    style: { itemScheme: template.style.itemScheme, subItemScheme: template.style.subItemScheme },
    preamble: [],
    chapters: template.chapters.map((c) => ({
      id: newId(),
      key: c.key,
      title: fillYear(c.title[language], options.year),
      covers: c.covers,
      itemLayout: c.itemLayout ?? 'paragraphs',
      sections: c.sections.map((s) => ({ id: newId(), heading: s.heading[language], guidanceKey: s.key })),
    })),
    indicators: presetIndicators(options.indicatorPreset ?? suggestIndicatorPreset(options.organisation), language),
  });
}

/** The template chapter a report chapter came from (by key), if the report's template has it. */
export function templateChapter(report: Pick<Report, 'templateId'>, chapterKey: string | undefined) {
  if (!chapterKey) return undefined;
  return findTemplate(report.templateId)?.chapters.find((c) => c.key === chapterKey);
}

/** Guidance for a wizard step: the template chapter's, or nothing for chapters the user added. */
export function chapterGuidance(report: Report, chapterIndex: number, language: Language): string {
  return templateChapter(report, report.chapters[chapterIndex]?.key)?.guidance[language] ?? '';
}

export function sectionGuidance(
  report: Report,
  chapterIndex: number,
  sectionIndex: number,
  language: Language,
): string {
  const chapter = report.chapters[chapterIndex];
  const key = chapter?.sections[sectionIndex]?.guidanceKey;
  return templateChapter(report, chapter?.key)?.sections.find((s) => s.key === key)?.guidance[language] ?? '';
}

export function preambleGuidance(report: Pick<Report, 'templateId'>, language: Language): string {
  return findTemplate(report.templateId)?.preamble.guidance[language] ?? '';
}
