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

/**
 * listed: on the list (as `expected` names it); uncertain: not on it, but close to the names in `candidates`,
 * for a person to confirm; unlisted: not on the list.
 */
export const rollupListSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('listed'), expected: z.string() }),
  z.object({ state: z.literal('uncertain'), candidates: z.array(z.string()) }),
  z.object({ state: z.literal('unlisted') }),
]);
export type RollupList = z.infer<typeof rollupListSchema>;

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
  /** When it was signed off (its 签发 record), if it is: what decides between two signed-off copies. */
  signedAt: z.string().nullable().optional(),
  /** The latest version its sign-off records name (送审, 签发), if any: what decides next. */
  version: z.number().int().nullable().optional(),
  /** Its 成文日期, if it has one: what decides last. */
  date: z.string().nullable().optional(),
  /** Its place on the expected list (absent when no list was given). */
  list: rollupListSchema.optional(),
});
export type RollupUnit = z.infer<typeof rollupUnitSchema>;

/**
 * unusable: a unit's report that arrived but cannot be read as one (it counts as received, not as missing);
 * question: copies of one unit and year that nothing in them tells apart, for the office to choose; chosen: the
 * copy used where a unit sent several (why it was).
 */
export const ROLLUP_PROBLEM_KINDS = ['refused', 'unusable', 'question', 'duplicate', 'chosen', 'otherYear'] as const;
export const rollupProblemSchema = z.object({
  file: z.string(),
  category: z.enum(ROLLUP_PROBLEM_KINDS),
  reason: rollupMessageSchema,
  /** The unit an unusable report names, when it names one (or its file's name names an expected unit). */
  unit: z.string().optional(),
});
export type RollupProblem = z.infer<typeof rollupProblemSchema>;

/**
 * An expected unit without a report the roll-up could use: nothing received; received but unusable (each file
 * with why); or a report under a close name that a person has to confirm (each file with the name it bears).
 */
export const ROLLUP_ABSENCE_STATES = ['nothing', 'unusable', 'unconfirmed'] as const;
export const rollupAbsenceSchema = z.object({
  unit: z.string(),
  state: z.enum(ROLLUP_ABSENCE_STATES),
  received: z.array(z.object({ file: z.string(), reason: rollupMessageSchema })),
});
export type RollupAbsence = z.infer<typeof rollupAbsenceSchema>;

export const rollupResultSchema = z.object({
  year: z.number().int().nullable(),
  files: z.number().int(),
  units: z.array(rollupUnitSchema),
  problems: z.array(rollupProblemSchema),
  /**
   * Expected units with no report, as the list names them (those that sent something unusable aside, those with
   * a report under a close name to confirm among them); null when no list was given.
   */
  missing: z.array(z.string()).nullable(),
  /** Every expected unit without a usable report, in the list's order, with what was received; null without a list. */
  absent: z.array(rollupAbsenceSchema).nullable().optional(),
});
export type RollupResult = z.infer<typeof rollupResultSchema>;
