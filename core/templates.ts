// Templates are data (core/templates/*.json): chapters with zh-CN/en titles and guidance, the numbering scheme
// and the indicators. This module checks them with a schema and makes new reports from them.
import { z } from 'zod';
import departmentAnnual from './templates/department-annual.json';
import threePart from './templates/three-part.json';
import { AppError } from './errors';
import { newId } from './ids';
import {
  SCHEMA_VERSION,
  itemSchemeSchema,
  reportSchema,
  requirementSchema,
  type Indicator,
  type Language,
  type Report,
} from './model';
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
  indicators: z.array(
    z.object({
      key: z.string(),
      label: bilingualText,
      unit: bilingualText,
      kind: z.enum(['count', 'amount', 'percent']),
      partOf: z.string().optional(),
      /** Keywords near which the outline import looks for the value in the text. */
      find: z.object({ 'zh-CN': z.array(z.string()), en: z.array(z.string()).optional() }).optional(),
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
    indicators: templateIndicators(template, language),
  });
}

/** The template's indicators, empty, with `partOf` pointing at the new ids. */
export function templateIndicators(template: Template, language: Language): Indicator[] {
  const keyToId = new Map(template.indicators.map((i) => [i.key, newId()]));
  return template.indicators.map((i) => ({
    id: keyToId.get(i.key)!,
    key: i.key,
    label: i.label[language],
    unit: i.unit[language],
    kind: i.kind,
    value: null,
    notApplicable: false,
    partOf: i.partOf ? keyToId.get(i.partOf) : undefined,
  }));
}

/** Keywords to find each of a report's template indicators in its text (indicator id → keywords). */
export function indicatorKeywords(
  report: Pick<Report, 'templateId' | 'indicators' | 'meta'>,
): Map<string, readonly string[]> {
  const template = findTemplate(report.templateId);
  const byKey = new Map(template?.indicators.map((i) => [i.key, i.find?.[report.meta.language] ?? []]));
  return new Map(report.indicators.map((i) => [i.id, (i.key && byKey.get(i.key)) || []]));
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
