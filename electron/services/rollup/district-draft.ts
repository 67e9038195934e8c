// The district's own report drafted from a roll-up: the departments' reports the roll-up chose for the year, read
// again from their files (the roll-up keeps only a compact record of each, so that thousands fit in memory), in the
// roll-up's order, and made into the draft by core/district-draft.ts. Nothing is written here.
import { draftDistrictReport } from '../../../core/district-draft';
import type { DraftSource } from '../../../core/district-draft';
import { AppError } from '../../../core/errors';
import type { Report } from '../../../core/model';
import type { RollupResult } from '../../../core/rollup-schema';
import { collectFiles } from './collect-files';
import { readDepartmentFile } from './report-facts';

export interface DraftRequest {
  /** The district's unit, whose report the draft is. */
  organisation: string;
  year: number;
}

export interface DraftContext {
  timeZone: string;
  /** The draft's creation time, ISO. */
  now: string;
}

/** `inputs` are the folders and files the roll-up read (its files are named relative to them). */
export async function draftFromRollup(
  inputs: readonly string[],
  result: RollupResult,
  request: DraftRequest,
  context: DraftContext,
): Promise<Report> {
  const used = result.units.filter((unit) => unit.year === request.year);
  if (used.length === 0) throw new AppError('DRAFT_NO_REPORTS', { year: request.year });
  const { files } = await collectFiles(inputs);
  const pathOf = new Map(files.map((f) => [f.display, f.path]));
  const sources: DraftSource[] = [];
  for (const unit of used) {
    const file = pathOf.get(unit.file);
    if (!file) throw new AppError('FILE_NOT_FOUND', { file: unit.file });
    sources.push({ unit: unit.unit, report: (await readDepartmentFile(file, context.timeZone)).report });
  }
  return draftDistrictReport(sources, { ...request, now: context.now });
}
