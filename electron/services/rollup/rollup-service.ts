// The roll-up behind the app's 汇总 page: the folder is chosen in the main process's Open dialog, the roll-up
// runs in the background while the page asks how far it has come (rollupStatus), and the workbook is saved
// where the Save dialog says, its chart summary beside it; the summary alone is saved where its own Save dialog
// says. Only the few latest roll-ups are kept, as compact records.
import path from 'node:path';
import type { Api, RollupStatus, SavedFile } from '../../../core/api';
import { AppError, toErrorPayload } from '../../../core/errors';
import type { Language, Report } from '../../../core/model';
import { newId } from '../../../core/ids';
import type { RollupResult } from '../../../core/rollup-schema';
import { runRollup } from './rollup';
import { draftFromRollup, type DraftRequest } from './district-draft';
import { parseExpectedUnits } from '../../../core/unit-names';

export interface RollupServiceOptions {
  chooseOpenPath(kind: 'folder'): Promise<string | null>;
  /**
   * Asks where to save the workbook and writes it there, and its chart summary beside it; the workbook registered
   * for openExport; null when cancelled.
   */
  saveWorkbook(result: RollupResult, language: Language): Promise<SavedFile | null>;
  /** Asks where to save the chart summary and writes it there, registered for openExport; null when cancelled. */
  saveSummary(result: RollupResult, language: Language): Promise<SavedFile | null>;
  /** The workbook's language: the UI's. */
  language(): Promise<Language>;
  /** Today in the office's time zone, and that zone. */
  today(): Promise<string>;
  timeZone(): Promise<string>;
  /** Puts a new report (the district's draft) into the data folder. */
  createReport(report: Report): Promise<Report>;
  /** Now, ISO: the draft's creation time. */
  now(): string;
}

/** Enough for going back to the previous roll-up; older ones are dropped. */
const KEPT = 3;

export type RollupService = Pick<
  Api,
  'startRollup' | 'rollupStatus' | 'exportRollup' | 'exportRollupSummary' | 'createDistrictDraft'
> & {
  /** The district's draft from a roll-up of `inputs` (as the CLI runs one), put into the data folder. */
  draftFromRollup(inputs: readonly string[], result: RollupResult, request: DraftRequest): Promise<Report>;
};

export function createRollupService(options: RollupServiceOptions): RollupService {
  const jobs = new Map<string, RollupStatus & { finished: Promise<void>; folder: string }>();
  const job = (jobId: string) => {
    const found = jobs.get(jobId);
    if (!found) throw new AppError('ROLLUP_EXPIRED');
    return found;
  };

  const draft = async (inputs: readonly string[], result: RollupResult, request: DraftRequest) =>
    options.createReport(
      await draftFromRollup(inputs, result, request, { timeZone: await options.timeZone(), now: options.now() }),
    );

  /** A job's result once it has finished; its failure, or ROLLUP_EXPIRED, when there is none. */
  const finishedResult = async (jobId: string): Promise<RollupResult> => {
    const state = job(jobId);
    await state.finished;
    if (!state.result) throw new AppError(state.error?.code ?? 'ROLLUP_EXPIRED', state.error?.params);
    return state.result;
  };

  return {
    draftFromRollup: draft,

    async startRollup({ year, expected }) {
      const folder = await options.chooseOpenPath('folder');
      if (!folder) return null;
      const jobId = newId();
      const state: RollupStatus & { finished: Promise<void>; folder: string } = {
        folder,
        done: 0,
        total: 0,
        result: null,
        error: null,
        finished: Promise.resolve(),
      };
      state.finished = runRollup([folder], {
        year,
        expected: expected?.trim() ? parseExpectedUnits(expected) : undefined,
        today: await options.today(),
        timeZone: await options.timeZone(),
        onProgress(done, total) {
          state.done = done;
          state.total = total;
        },
      }).then(
        (result) => void (state.result = result),
        (err: unknown) => void (state.error = toErrorPayload(err)),
      );
      jobs.set(jobId, state);
      for (const old of [...jobs.keys()].slice(0, -KEPT)) jobs.delete(old);
      return { jobId, folderName: path.basename(folder) };
    },

    async rollupStatus(jobId) {
      const { done, total, result, error } = job(jobId);
      return { done, total, result, error };
    },

    async exportRollup(jobId) {
      return options.saveWorkbook(await finishedResult(jobId), await options.language());
    },

    async exportRollupSummary(jobId) {
      return options.saveSummary(await finishedResult(jobId), await options.language());
    },

    async createDistrictDraft(jobId, args) {
      // The arguments were checked against the contract by dispatch.
      return draft([job(jobId).folder], await finishedResult(jobId), args);
    },
  };
}
