// The one typed API between the renderer and the main process, defined once. The preload implements it over
// IPC (one channel per method), the test/dev bridge over HTTP, both against the same Node services
// (electron/services.ts). Arguments and results are checked with these schemas on the main side.
//
// A file path never comes from the renderer: files to read are chosen in an Open dialog of the main process
// (importPackageFile / importOutlineFile answer null when the user cancels it); files to write in a Save
// dialog, and referred to afterwards by an opaque `exportId`.
import { z } from 'zod';
import { ERROR_CODES } from './errors';
import { languageSchema, reportSchema, reportSummarySchema, yearSchema } from './model';
import { findingSchema } from './validation-types';
import { rollupResultSchema } from './rollup-schema';
import type { ApiMethod } from './api-channels';

export { API_METHODS, PROGRESS_CHANNEL, REPORT_IMPORTED_CHANNEL, channelOf, type ApiMethod } from './api-channels';

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.object({ 'zh-CN': z.string(), en: z.string() }),
  description: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const createReportArgsSchema = z.object({
  templateId: z.string().min(1).max(100),
  organisation: z.string().trim().min(1).max(200),
  year: yearSchema,
  language: languageSchema.default('zh-CN'),
});
export type CreateReportArgs = z.input<typeof createReportArgsSchema>;

/**
 * A report file in the data folder that cannot be opened, so it is missing from listReports: damaged with no
 * usable backup (REPORT_CORRUPT_UNRECOVERABLE) or written by a newer version (SCHEMA_TOO_NEW). The home
 * screen shows one line per problem, `errors:<code>` with `params`; the file itself is left as it is.
 */
export const reportProblemSchema = z.object({
  id: z.string(),
  code: z.enum(ERROR_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ReportProblem = z.infer<typeof reportProblemSchema>;

export const trashEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  deletedAt: z.string(),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;

export const openResultSchema = z.object({
  report: reportSchema,
  /** Set when the file was damaged and a backup was restored: the user must be told. */
  restoredFrom: z.string().nullable(),
});
export type OpenResult = z.infer<typeof openResultSchema>;

export const savedFileSchema = z.object({
  exportId: z.string(),
  fileName: z.string(),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

export const pdfExportOptionsSchema = z.object({
  /** Force the draft watermark even on a final report. Drafts always carry it. */
  draft: z.boolean().optional(),
});

export const pdfExportResultSchema = savedFileSchema.extend({
  pages: z.number().int(),
  fonts: z.array(z.string()),
  missingCharacters: z.array(z.object({ char: z.string(), codePoint: z.number(), path: z.string() })),
});
export type PdfExportResult = z.infer<typeof pdfExportResultSchema>;

export const settingsSchema = z.object({
  uiLanguage: languageSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const progressSchema = z.object({
  phase: z.enum(['layout', 'write', 'done']),
  done: z.number(),
  total: z.number(),
});
export type ExportProgress = z.infer<typeof progressSchema>;

const id = z.string().min(1).max(64);

/** The report's organisation and year when the outline's text lacks them; given, they win over what the text says. */
export const outlineImportOptionsSchema = z
  .object({
    organisation: z.string().max(200).optional(),
    year: yearSchema.optional(),
  })
  .strict();
export type OutlineFileOptions = z.input<typeof outlineImportOptionsSchema>;

/** A roll-up of the departments' reports in a folder chosen in the main process's Open dialog. */
export const rollupStartSchema = z
  .object({
    year: yearSchema.optional(),
    /** The expected units, one per line, as the office typed or pasted them. */
    expected: z.string().max(1_000_000).optional(),
  })
  .strict();
export type RollupStart = z.input<typeof rollupStartSchema>;

export const rollupJobSchema = z.object({ jobId: z.string(), folderName: z.string() });
export type RollupJob = z.infer<typeof rollupJobSchema>;

/** How far a roll-up has come; the result once it is finished, or why it failed. */
export const rollupStatusSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
  result: rollupResultSchema.nullable(),
  error: z
    .object({ code: z.enum(ERROR_CODES), params: z.record(z.string(), z.union([z.string(), z.number()])) })
    .nullable(),
});
export type RollupStatus = z.infer<typeof rollupStatusSchema>;

const method = <A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) => ({ args, result });

export const apiContract = {
  listTemplates: method(z.tuple([]), z.array(templateSummarySchema)),
  listReports: method(z.tuple([]), z.array(reportSummarySchema)),
  listProblems: method(z.tuple([]), z.array(reportProblemSchema)),
  createReport: method(z.tuple([createReportArgsSchema]), reportSchema),
  openReport: method(z.tuple([id]), openResultSchema),
  saveReport: method(z.tuple([reportSchema]), z.object({ updatedAt: z.string() })),
  duplicateAsNextYear: method(z.tuple([id]), reportSchema),
  deleteReport: method(z.tuple([id]), z.void()),
  listTrash: method(z.tuple([]), z.array(trashEntrySchema)),
  restoreReport: method(z.tuple([id]), reportSummarySchema),
  importOutlineFile: method(z.tuple([outlineImportOptionsSchema]), reportSchema.nullable()),
  importPackageFile: method(z.tuple([]), reportSchema.nullable()),
  exportPackage: method(z.tuple([id]), savedFileSchema.nullable()),
  validateReport: method(z.tuple([id]), z.array(findingSchema)),
  exportPdf: method(z.tuple([id, pdfExportOptionsSchema]), pdfExportResultSchema.nullable()),
  openExport: method(z.tuple([z.string().max(200)]), z.void()),
  showExportInFolder: method(z.tuple([z.string().max(200)]), z.void()),
  printExport: method(z.tuple([z.string().max(200)]), z.void()),
  getSettings: method(z.tuple([]), settingsSchema),
  setSettings: method(z.tuple([settingsSchema.partial()]), settingsSchema),
  startRollup: method(z.tuple([rollupStartSchema]), rollupJobSchema.nullable()),
  rollupStatus: method(z.tuple([z.string().max(64)]), rollupStatusSchema),
  exportRollup: method(z.tuple([z.string().max(64)]), savedFileSchema.nullable()),
} as const satisfies Record<ApiMethod, { args: z.ZodTuple; result: z.ZodType }>;

export type ApiContract = typeof apiContract;

type Args<M extends ApiMethod> = z.input<ApiContract[M]['args']>;
type Result<M extends ApiMethod> = z.output<ApiContract[M]['result']>;

/** What the renderer sees as `window.api`; what services implement. */
export type Api = { [M in ApiMethod]: (...args: Args<M>) => Promise<Result<M>> } & {
  /** Export progress, pushed from the main process; returns an unsubscribe function. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
  /**
   * A package the user opened from Windows (double-click on a .rldpkg while the app runs) was imported by the
   * main process; the page refreshes its list or opens the report. Only the desktop shell pushes this.
   */
  onReportImported?(listener: (event: ReportImportedEvent) => void): () => void;
};

export type ReportImportedEvent = { reportId: string };

/** Wire form of an answer: results and errors both travel as data, errors as stable codes. */
export type Envelope<T> =
  { ok: true; value: T } | { ok: false; error: { code: string; params: Record<string, string | number> } };
