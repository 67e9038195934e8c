// The report model: one annual rule-of-law report, as stored, exchanged and rendered.
// Numbers (一、（一）一是…) are never stored: they are derived from order by numbering.ts.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** How items and sub-items are numbered: 一是 / 第一， / 1. / （1）. A template choice, kept per report. */
export const ITEM_SCHEMES = ['yishi', 'diyi', 'arabic', 'paren-arabic'] as const;
export const itemSchemeSchema = z.enum(ITEM_SCHEMES);
export type ItemScheme = z.infer<typeof itemSchemeSchema>;

/** The five content items the regulation requires (厅字〔2019〕28号). */
export const REQUIREMENTS = ['measures', 'shortcomings', 'first-responsible', 'plans', 'other'] as const;
export const requirementSchema = z.enum(REQUIREMENTS);
export type Requirement = z.infer<typeof requirementSchema>;

const id = z.string().min(1).max(64);
const text = z.string().max(2_000_000);
const shortText = z.string().max(2000);

/** Marked internal: left out of the public copy (公开版). */
const internal = z.boolean().optional();

export const subItemSchema = z.object({
  id,
  title: shortText.default(''),
  body: text.default(''),
  internal,
});
export type SubItem = z.infer<typeof subItemSchema>;

export const itemSchema = z.object({
  id,
  /** Optional short title: the first sentence of a 一是 paragraph (积极履职，提前谋划。). */
  title: shortText.default(''),
  body: text.default(''),
  subItems: z.array(subItemSchema).max(500).default([]),
  internal,
});
export type Item = z.infer<typeof itemSchema>;

/**
 * What chapters and sections share: lead paragraphs, then items, then closing paragraphs.
 * With `itemLayout: 'inline'` the items run on inside the last lead paragraph (…短板。一是…。二是…。),
 * otherwise each item is a paragraph of its own.
 */
const bodyShape = {
  paragraphs: z.array(text).max(1000).default([]),
  items: z.array(itemSchema).max(1000).default([]),
  itemLayout: z.enum(['paragraphs', 'inline']).default('paragraphs'),
  /** This part numbers its items differently from the report's scheme (1. items here, 一是 inline there). */
  itemScheme: itemSchemeSchema.optional(),
  closing: z.array(text).max(1000).default([]),
};

export const sectionSchema = z.object({
  id,
  heading: shortText,
  /** run-in: the heading sentence opens the first paragraph (the seed's （一）…。); standalone: own line. */
  headingStyle: z.enum(['run-in', 'standalone']).default('run-in'),
  guidanceKey: z.string().max(200).optional(),
  internal,
  ...bodyShape,
});
export type Section = z.infer<typeof sectionSchema>;

export const chapterSchema = z.object({
  id,
  /** The template chapter this one was made from, if any. */
  key: z.string().max(100).optional(),
  title: shortText,
  /** Which required content items this chapter covers (the seed folds first-responsible into 一). */
  covers: z.array(requirementSchema).max(5).default([]),
  internal,
  ...bodyShape,
  sections: z.array(sectionSchema).max(500).default([]),
});
export type Chapter = z.infer<typeof chapterSchema>;

export const INDICATOR_KINDS = ['count', 'amount', 'percent'] as const;
export const indicatorSchema = z.object({
  id,
  key: z.string().max(100).optional(),
  label: shortText,
  /** null: not filled in yet. */
  value: z.number().finite().nullable().default(null),
  unit: z.string().max(20).default(''),
  kind: z.enum(INDICATOR_KINDS).default('count'),
  /** This figure is a part of another (31 self-corrected of 285 checked): never greater than its whole. */
  partOf: id.optional(),
  notApplicable: z.boolean().default(false),
  /** Last year's value, carried over by next-year (null: none was given or it was not applicable). */
  previousValue: z.number().finite().nullable().optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const styleSchema = z.object({
  /** Signature with space for the seal (date 4 characters in, unit centred above) or without. */
  seal: z.boolean().default(false),
  boldSectionHeadings: z.boolean().default(false),
  boldItemHeadings: z.boolean().default(true),
  /** A Latin face for digits and letters inside Chinese text (many offices use Times New Roman). */
  latinFont: z.enum(['same', 'serif']).default('same'),
  itemScheme: itemSchemeSchema.default('yishi'),
  subItemScheme: itemSchemeSchema.default('paren-arabic'),
  /** Items numbered continuously through a chapter's sections, or restarting in each. */
  itemNumbering: z.enum(['restart', 'continuous']).default('restart'),
  /** Print last year's plans checklist as a short closing section (off: the checklist is for the office only). */
  printPlanChecklist: z.boolean().optional(),
});
export type DocumentStyle = z.infer<typeof styleSchema>;

/** The report year: from the founding of the PRC to a generous future bound. */
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2200;
export const yearSchema = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
export const isPlausibleYear = (year: number): boolean => yearSchema.safeParse(year).success;

/**
 * Where a report is on its way to publication: 草稿 → 送审 → 已签发 → 已公开 (core/sign-off.ts moves it).
 * Files written before sign-off existed say 'final': read as signed off, as their PDF printed without watermark.
 */
export const REPORT_STATES = ['draft', 'in-review', 'signed-off', 'published'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const reportStatusSchema = z.preprocess((v) => (v === 'final' ? 'signed-off' : v), z.enum(REPORT_STATES));

/** The sign-off steps, in the order an office takes them; reopen starts a new round. */
export const SIGN_OFF_STEPS = [
  'submit',
  'review',
  'countersign',
  'approve',
  'clear-secrecy',
  'publish',
  'reopen',
] as const;
export type SignOffStep = (typeof SIGN_OFF_STEPS)[number];
/** Who takes the steps (core/sign-off.ts maps each step to one): 拟稿人, 核稿人, 会签, 签发人, 保密审查人, …. */
export const SIGN_OFF_ROLES = [
  'drafter',
  'reviewer',
  'countersigner',
  'approver',
  'secrecy',
  'publisher',
  'reopener',
] as const;
export type SignOffRole = (typeof SIGN_OFF_ROLES)[number];
/** 主动公开 / 依申请公开 / 不予公开. */
export const PUBLICATION_ATTRIBUTES = ['public', 'on-request', 'not-public'] as const;
export type PublicationAttribute = (typeof PUBLICATION_ATTRIBUTES)[number];

export const signOffRecordSchema = z.object({
  step: z.enum(SIGN_OFF_STEPS),
  name: z.string().trim().min(1).max(200),
  at: z.string().max(40),
  opinion: z.string().max(2000).default(''),
  /** The history version this step made or acted on (null: none yet). */
  version: z.number().int().min(1).nullable().default(null),
  /** The content's fingerprint when the step was taken (core/fingerprint.ts). */
  fingerprint: z.string().max(64).default(''),
  attribute: z.enum(PUBLICATION_ATTRIBUTES).nullable().default(null),
});
export type SignOffRecord = z.infer<typeof signOffRecordSchema>;

export const signOffSchema = z.object({
  /** Every step ever taken, oldest first; a reopen keeps earlier rounds (and their signatures) here. */
  records: z.array(signOffRecordSchema).max(2000).default([]),
  /** The optional roles this office uses: 核稿 before 签发 (on by default) and 会签. */
  roles: z
    .object({ review: z.boolean().default(true), countersign: z.boolean().default(false) })
    .default(() => ({ review: true, countersign: false })),
});
export type SignOff = z.infer<typeof signOffSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const metaSchema = z.object({
  organisation: shortText,
  year: yearSchema,
  /** null: generated as 「{单位}{年度}年法治政府建设情况报告」. */
  title: shortText.nullable().default(null),
  recipient: shortText.nullable().default(null),
  signatureUnit: shortText.nullable().default(null),
  date: isoDate.nullable().default(null),
  drafter: z.string().max(200).default(''),
  reviewer: z.string().max(200).default(''),
  approver: z.string().max(200).default(''),
  language: languageSchema.default('zh-CN'),
  status: reportStatusSchema.default('draft'),
});
export type ReportMeta = z.infer<typeof metaSchema>;

export const PLAN_STATUSES = ['done', 'in-progress', 'not-started'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** One item of last year's plans chapter, and where this year's report says what became of it. */
export const planEntrySchema = z.object({
  id,
  /** The plan as last year's report worded it. */
  text,
  status: planStatusSchema.nullable().default(null),
  /** The paragraph of this report that reports on it (a document block path), once the user confirmed it. */
  link: z
    .array(z.union([z.string().max(64), z.number().int().min(0)]))
    .max(12)
    .nullable()
    .default(null),
});
export type PlanEntry = z.infer<typeof planEntrySchema>;

export const reportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  templateId: z.string().max(100),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  meta: metaSchema,
  style: styleSchema.default(() => styleSchema.parse({})),
  preamble: z.array(text).max(1000).default([]),
  chapters: z.array(chapterSchema).max(200),
  indicators: z.array(indicatorSchema).max(500).default([]),
  signOff: signOffSchema.default(() => signOffSchema.parse({})),
  /** Last year's report this one was started from. */
  previous: z.object({ id, year: yearSchema }).optional(),
  /** Last year's plans, one entry each, to check off in this year's report. */
  plans: z.array(planEntrySchema).max(500).optional(),
});
export type Report = z.infer<typeof reportSchema>;
/** What callers may pass in: defaults filled on parse. */
export type ReportInput = z.input<typeof reportSchema>;

/** A short line about one report, for lists (the store's index). */
export const reportSummarySchema = z.object({
  id,
  organisation: shortText,
  year: z.number().int(),
  title: shortText,
  status: reportStatusSchema,
  language: languageSchema,
  updatedAt: z.string(),
  /** Set while the report's file has been restored from the backup of this time and the user not yet told. */
  restoredFrom: z.string().optional(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;
