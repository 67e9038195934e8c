// The district roll-up's results (electron/services/rollup/ makes them; the workbook, the CLI and the 汇总 page show
// them): one compact record per department's report, never the report itself, so that thousands fit.
import { z } from 'zod';
import { INDICATOR_KINDS, REQUIREMENTS } from './model';

export const rollupFigureSchema = z.object({
  /** The indicator's key, when it has one (template or the office's own); otherwise matched by label. */
  key: z.string().optional(),
  label: z.string(),
  unit: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  value: z.number().nullable(),
  notApplicable: z.boolean(),
  /** The rules found this value wrong (a part greater than its whole). */
  flagged: z.boolean(),
});
export type RollupFigure = z.infer<typeof rollupFigureSchema>;

/** A sentence to show in the user's language: an i18n key with its namespace (`errors:…`, `rollup:…`). */
export const rollupMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RollupMessage = z.infer<typeof rollupMessageSchema>;

export const rollupUnitSchema = z.object({
  /** Where the report came from, relative to the folder rolled up. */
  file: z.string(),
  source: z.enum(['package', 'word', 'text']),
  unit: z.string(),
  title: z.string(),
  year: z.number().int(),
  /** A key of `rollup:status.*`. */
  status: z.string(),
  signedOff: z.boolean(),
  signer: z.string(),
  fingerprint: z.string(),
  decidedAt: z.string(),
  pages: z.number().int(),
  characters: z.number().int(),
  covers: z.array(z.enum(REQUIREMENTS)),
  findings: z.number().int(),
  deadlineMet: z.boolean().nullable(),
  figures: z.array(rollupFigureSchema),
  warnings: z.array(rollupMessageSchema),
  /** Other reports of the same unit and year that were not used (listed under problems as well). */
  duplicates: z.number().int(),
});
export type RollupUnit = z.infer<typeof rollupUnitSchema>;

/** unusable: a unit's report that arrived but cannot be read as one (it counts as received, not as missing). */
export const ROLLUP_PROBLEM_KINDS = ['refused', 'unusable', 'duplicate', 'otherYear'] as const;
export const rollupProblemSchema = z.object({
  file: z.string(),
  category: z.enum(ROLLUP_PROBLEM_KINDS),
  reason: rollupMessageSchema,
  /** The unit an unusable report names, when it names one. */
  unit: z.string().optional(),
});
export type RollupProblem = z.infer<typeof rollupProblemSchema>;

export const rollupResultSchema = z.object({
  year: z.number().int().nullable(),
  files: z.number().int(),
  units: z.array(rollupUnitSchema),
  problems: z.array(rollupProblemSchema),
  /** Expected units with no report, as the list names them; null when no list was given. */
  missing: z.array(z.string()).nullable(),
});
export type RollupResult = z.infer<typeof rollupResultSchema>;
