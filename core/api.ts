// The one typed API between the renderer and the main process, defined once. The preload implements it over
// IPC (one channel per method), the test/dev bridge over HTTP, both against the same Node services
// (electron/services/). Arguments and results are checked with these schemas on the main side.
//
// A file path never comes from the renderer: files to read are chosen in an Open dialog of the main process
// (importPackageFile / importOutlineFile answer null when the user cancels it); files to write in a Save
// dialog, and referred to afterwards by an opaque `exportId`.
import { z } from 'zod';
import { isTimeZone } from './date-time';
import { ERROR_CODES } from './errors';
import { IMPORT_LIMITS } from './import-limits';
import {
  PUBLICATION_ATTRIBUTES,
  SIGN_OFF_ROLES,
  SIGN_OFF_STEPS,
  languageSchema,
  reportSchema,
  reportSummarySchema,
  yearSchema,
} from './model';
import {
  reportDiffSchema,
  reviewNoteSchema,
  versionListSchema,
  versionRefSchema,
  versionSummarySchema,
} from './version-types';
import { REVISION_METADATA_FIELDS } from './revision-fields';
import { findingSchema } from './validation-types';
import { importNoticeSchema } from './import-notices';
import { rollupResultSchema } from './rollup-schema';
import { MAX_VERIFY_BYTES, verifyAnswerSchema } from './verify-answer';
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
  /** The indicator preset to start from (core/indicator-presets); by default the one the unit's name suggests. */
  indicatorPreset: z.string().min(1).max(100).optional(),
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
  /** Set when the file was damaged and a backup was restored, until acknowledgeRestore: the user must be told. */
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

/** An office's own reporting dates (MM-DD of the year after the report year), earlier than the regulation's. */
export const deadlineSettingsSchema = z.object({
  submit: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  publish: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .nullable()
    .optional(),
});
export const docxExportResultSchema = savedFileSchema.extend({
  paragraphs: z.number().int(),
});
export type DocxExportResult = z.infer<typeof docxExportResultSchema>;

/** A report made from a file (Word or text), with what the import left out, to show the user. */
export const importedDocumentSchema = z.object({
  report: reportSchema,
  notices: z.array(importNoticeSchema),
});

/** What the user is told after a package import: its signed-off state was not backed, so it came in as a draft. */
export const PACKAGE_NOTICES = ['signOffNotBacked'] as const;
export type PackageNotice = (typeof PACKAGE_NOTICES)[number];
/** A package's report as stored, and the notices about it (`signoff:packageNotice.*`). */
export const importedPackageSchema = z.object({
  report: reportSchema,
  notices: z.array(z.enum(PACKAGE_NOTICES)),
});
export type ImportedPackage = z.infer<typeof importedPackageSchema>;
export type ImportedDocument = z.infer<typeof importedDocumentSchema>;

export const settingsSchema = z.object({
  uiLanguage: languageSchema,
  /** The language new reports are written in, chosen apart from the UI's (a switch of one never moves the other). */
  reportLanguage: languageSchema.optional(),
  deadlines: deadlineSettingsSchema.optional(),
  /** The office's time zone (IANA, e.g. Asia/Shanghai) when the machine's is not the office's; unset: the machine's. */
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone').optional(),
  /** The name last used for each sign-off role, offered when the report's 落款与签批 names nobody for it. */
  signOffNames: z.partialRecord(z.enum(SIGN_OFF_ROLES), z.string().max(200)).optional(),
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
    indicatorPreset: z.string().min(1).max(100).optional(),
    /** Store the imported report as last year's and start this year's from it in the same step. */
    nextYear: z.boolean().optional(),
    /** Import a text with no chapters all the same: the user confirmed it (IMPORT_NOT_A_REPORT_TEXT). */
    anyway: z.boolean().optional(),
  })
  .strict();
export type OutlineFileOptions = z.input<typeof outlineImportOptionsSchema>;

/** A package already in the store: put its content in place of the stored report, or import it beside it. */
export const duplicateChoiceSchema = z.enum(['replace', 'keep-both']);
export type DuplicateChoice = z.infer<typeof duplicateChoiceSchema>;
export const signOffRequestSchema = z.object({
  step: z.enum(SIGN_OFF_STEPS),
  name: z.string().max(200),
  opinion: z.string().max(2000).optional(),
  attribute: z.enum(PUBLICATION_ATTRIBUTES).nullable().optional(),
});
export type SignOffRequest = z.input<typeof signOffRequestSchema>;

/** A revised text chosen in the page (its own file chooser): name and bytes as base64, read like a chosen file. */
export const revisionUploadSchema = z.object({
  fileName: z.string().min(1).max(260),
  data: z.string().max(Math.ceil((IMPORT_LIMITS.outline * 4) / 3) + 4),
});
export type RevisionUpload = z.infer<typeof revisionUploadSchema>;

/** A PDF chosen or dropped in the verify page: its name and bytes as base64, verified like a named file. */
export const pdfUploadSchema = z.object({
  fileName: z.string().min(1).max(260),
  data: z.string().max(Math.ceil((MAX_VERIFY_BYTES * 4) / 3) + 4),
});
export type PdfUpload = z.infer<typeof pdfUploadSchema>;
const revisionMetadataFieldSchema = z.enum(REVISION_METADATA_FIELDS);

/** A revision read but not yet accepted: its diff against the version sent out (base; null: the current text). */
export const revisionPreviewSchema = z.object({
  token: z.string(),
  base: z.number().int().nullable(),
  fileName: z.string(),
  diff: reportDiffSchema,
  /** What accepting changes in the current draft (each conflict left as the draft has it until chosen). */
  merged: reportDiffSchema,
  /** Fields beyond the body the leader's file prints otherwise than the draft, as each side prints them. */
  metadata: z.array(
    z.object({ field: revisionMetadataFieldSchema, base: z.string(), ours: z.string(), theirs: z.string() }),
  ),
  /** Indicators whose value the merged text states otherwise (core/stated-values.ts): each may be taken over. */
  indicators: z.array(
    z.object({
      indicatorId: z.string(),
      label: z.string(),
      value: z.number(),
      stated: z.number(),
      unit: z.string(),
      sentence: z.string(),
    }),
  ),
  /** What reading the file found beyond its text (tracked changes accepted, comments, …), as an import says. */
  notices: z.array(importNoticeSchema),
  /** The file's comments with their authors: kept on the version accepting makes. */
  reviewNotes: z.array(reviewNoteSchema),
  /** What the draft changed since the version sent out: paragraphs, and the chapters (as printed) they are in. */
  draftEdits: z.object({ count: z.number().int(), chapters: z.array(z.string()) }),
  /** Those edits paragraph by paragraph: the version sent out against the current draft. */
  draftDiff: reportDiffSchema,
  /** Blocks the leader and the draft changed differently: accepting needs a side to take (core/three-way-merge.ts). */
  conflicts: z.array(
    z.object({
      place: z.object({
        chapter: z.string().nullable(),
        section: z.string().nullable(),
        item: z.number().int().nullable(),
        subItem: z.number().int().nullable(),
      }),
      base: z.string(),
      ours: z.string().nullable(),
      theirs: z.string().nullable(),
    }),
  ),
});

export type RevisionPreview = z.infer<typeof revisionPreviewSchema>;

/** Which side wins every conflict of a revision: the leader's text (theirs) or the draft (ours). */
export const mergeSideSchema = z.enum(['ours', 'theirs']);

/**
 * What the user chose in a revision's preview: the side of each conflict (in the preview's order; every conflict
 * needs one), the fields beyond the body to take from the leader's file, the indicators whose value to take
 * from the text. Nothing else of the draft is replaced.
 */
export const revisionChoicesSchema = z.object({
  conflicts: z.array(mergeSideSchema).max(5000).default([]),
  metadata: z.array(revisionMetadataFieldSchema).max(REVISION_METADATA_FIELDS.length).default([]),
  indicators: z.array(z.string().max(100)).max(500).default([]),
});
export type RevisionChoices = z.input<typeof revisionChoicesSchema>;

export const openVersionResultSchema = z.object({ version: versionSummarySchema, report: reportSchema });
export const publicExportOptionsSchema = z.object({ format: z.enum(['html', 'pdf']) });
export const publicExportResultSchema = savedFileSchema.extend({
  /** What to tell the office before publishing (no secrecy review recorded). */
  warnings: z.array(findingSchema),
  missingCharacters: pdfExportResultSchema.shape.missingCharacters,
});
export type PublicExportResult = z.infer<typeof publicExportResultSchema>;
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

/** The district's own report, drafted from a finished roll-up's reports (core/district-draft.ts). */
export const districtDraftArgsSchema = z
  .object({
    /** The district's unit, whose report it is. */
    organisation: z.string().trim().min(1).max(200),
    year: yearSchema,
  })
  .strict();
export type DistrictDraftArgs = z.input<typeof districtDraftArgsSchema>;

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
  importOutlineFile: method(z.tuple([outlineImportOptionsSchema]), importedDocumentSchema.nullable()),
  /** Text pasted into the wizard that holds a whole report, read as an outline file's text is. */
  importOutlineText: method(z.tuple([z.string().max(IMPORT_LIMITS.outline)]), importedDocumentSchema),
  importPackageFile: method(z.tuple([]), importedPackageSchema.nullable()),
  /** Finishes an import refused with PACKAGE_ALREADY_IMPORTED (its `importId`), as the user chose. */
  resolvePackageImport: method(z.tuple([z.string().max(64), duplicateChoiceSchema]), importedPackageSchema),
  /** Imports the text refused with IMPORT_NOT_A_REPORT_TEXT (its `importId`) after the user confirmed it. */
  confirmOutlineImport: method(z.tuple([z.string().max(64)]), importedDocumentSchema),
  /** The user has seen that the report was restored from a backup (openReport's `restoredFrom`). */
  acknowledgeRestore: method(z.tuple([id]), z.void()),
  exportPackage: method(z.tuple([id]), savedFileSchema.nullable()),
  validateReport: method(z.tuple([id]), z.array(findingSchema)),
  exportPdf: method(z.tuple([id, pdfExportOptionsSchema]), pdfExportResultSchema.nullable()),
  exportPublicCopy: method(z.tuple([id, publicExportOptionsSchema]), publicExportResultSchema.nullable()),
  exportDocx: method(z.tuple([id, pdfExportOptionsSchema]), docxExportResultSchema.nullable()),
  openExport: method(z.tuple([z.string().max(200)]), z.void()),
  showExportInFolder: method(z.tuple([z.string().max(200)]), z.void()),
  printExport: method(z.tuple([z.string().max(200)]), z.void()),
  getSettings: method(z.tuple([]), settingsSchema),
  setSettings: method(z.tuple([settingsSchema.partial()]), settingsSchema),
  listVersions: method(z.tuple([id]), versionListSchema),
  openVersion: method(z.tuple([id, z.number().int().min(1)]), openVersionResultSchema),
  saveVersion: method(z.tuple([id, z.string().max(2000)]), versionSummarySchema),
  compareVersions: method(z.tuple([id, versionRefSchema, versionRefSchema]), reportDiffSchema),
  signOff: method(z.tuple([id, signOffRequestSchema]), reportSchema),
  previewRevision: method(z.tuple([id, revisionUploadSchema]), revisionPreviewSchema),
  /** The preview's token, the name of who accepts it (recorded on the version), and the user's choices. */
  acceptRevision: method(
    z.tuple([id, z.string().max(100), z.string().max(200), revisionChoicesSchema.optional()]),
    reportSchema,
  ),
  exportSlip: method(z.tuple([id]), pdfExportResultSchema.nullable()),
  startRollup: method(z.tuple([rollupStartSchema]), rollupJobSchema.nullable()),
  rollupStatus: method(z.tuple([z.string().max(64)]), rollupStatusSchema),
  exportRollup: method(z.tuple([z.string().max(64)]), savedFileSchema.nullable()),
  createDistrictDraft: method(z.tuple([z.string().max(64), districtDraftArgsSchema]), reportSchema),
  /** The roll-up's charts on one PDF page, saved where the Save dialog says. */
  exportRollupSummary: method(z.tuple([z.string().max(64)]), savedFileSchema.nullable()),
  /** Which report and version a PDF is, and whether it is that version's file as printed (core/verify-answer.ts). */
  verifyPdf: method(z.tuple([pdfUploadSchema]), verifyAnswerSchema),
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
