// The shapes of the version history (electron/store/history.ts writes it, the API returns it): an immutable copy of a
// report's content with when, why and by whom it was made, and the comparison of two versions.
import { z } from 'zod';
import { ERROR_CODES } from './errors';
import { REPORT_STATES, reportSchema } from './model';

/** Why a version was made: sent for review, a revised text accepted, signed off, or saved on request. */
export const VERSION_KINDS = ['submitted', 'revision', 'signed-off', 'saved'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/**
 * The most versions one report's history holds: numbers run 1, 2, 3 … without gaps and never beyond this, so a
 * package cannot push a history to numbers its file names and lists do not reach.
 */
export const MAX_VERSIONS = 10_000;

/** A comment from a revised file (its author and text), kept on the version the revision made. */
export const reviewNoteSchema = z.object({ author: z.string().max(200), text: z.string().max(2000) });
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

export const versionSummarySchema = z.object({
  number: z.number().int().min(1).max(MAX_VERSIONS),
  createdAt: z.string().max(40),
  kind: z.enum(VERSION_KINDS),
  /** The report's state when the version was made. */
  state: z.enum(REPORT_STATES),
  by: z.string().max(200).default(''),
  note: z.string().max(2000).default(''),
  fingerprint: z.string().max(64),
  /** The comments of the revised file a revision version was made from. */
  reviewNotes: z.array(reviewNoteSchema).max(500).default([]),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const VERSION_FORMAT = 'report-desk-version';
export const VERSION_FORMAT_VERSION = 1;

export const storedVersionSchema = versionSummarySchema.extend({
  format: z.literal(VERSION_FORMAT),
  formatVersion: z.literal(VERSION_FORMAT_VERSION),
  report: reportSchema,
});
export type StoredVersion = z.infer<typeof storedVersionSchema>;

/** A history file that cannot be read: reported beside the list, never silently dropped. */
export const versionProblemSchema = z.object({
  number: z.number().int(),
  code: z.enum(ERROR_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type VersionProblem = z.infer<typeof versionProblemSchema>;

export const versionListSchema = z.object({
  versions: z.array(versionSummarySchema),
  problems: z.array(versionProblemSchema),
});
export type VersionList = z.infer<typeof versionListSchema>;

const partSchema = z.object({ kind: z.enum(['equal', 'added', 'removed']), text: z.string() });
/** A printed number that changed only because paragraphs before it came or went. */
const renumberingSchema = z.object({ from: z.string(), to: z.string() });
const paragraphChangeSchema = z.object({
  /** `renumbered`: the same text under another number. */
  kind: z.enum(['equal', 'added', 'removed', 'changed', 'renumbered']),
  parts: z.array(partSchema),
  /** On `renumbered` and `changed` paragraphs: the markers whose number changed, in order. */
  renumbered: z.array(renumberingSchema).optional(),
});
export const reportDiffSchema = z.object({
  chapters: z.array(
    z.object({
      /** The chapter's heading as printed (一、…), or the report's title for what comes before the first chapter. */
      title: z.string(),
      changes: z.array(paragraphChangeSchema),
    }),
  ),
  /** Paragraphs added, removed or changed. */
  changed: z.number().int(),
  /** Paragraphs whose text is the same under another number. */
  renumbered: z.number().int(),
});
export type ReportDiff = z.infer<typeof reportDiffSchema>;
export type ChapterDiff = ReportDiff['chapters'][number];
export type ParagraphChange = ChapterDiff['changes'][number];
export type DiffPart = ParagraphChange['parts'][number];
export type Renumbering = NonNullable<ParagraphChange['renumbered']>[number];

/** One side of a comparison: a version number, or the current text ('current'). */
export const versionRefSchema = z.union([z.number().int().min(1), z.literal('current')]);
export type VersionRef = z.infer<typeof versionRefSchema>;
