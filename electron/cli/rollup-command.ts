// `report-desk rollup <folder or files…> --xlsx out.xlsx [--expected units.txt] [--year 2024] [--summary-pdf s.pdf]`:
// the district roll-up of departments' reports into one workbook, and its charts on one PDF page, written where
// --summary-pdf says or else beside the workbook. It reads files only and opens no data folder, unless
// `--draft <unit> [--data-dir D]` asks for the district's own report drafted from it, put into that data folder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { todayIn } from '../../core/date-time';
import type { TFunction } from '../../core/i18n';
import { translator } from '../../core/i18n';
import { runRollup } from '../services/rollup/rollup';
import { besideOutputPath, writeOutput } from '../services/output-formats';
import { readExpectedUnits } from '../services/rollup/expected-units';
import { reportTitle } from '../../core/document';
import { AppError } from '../../core/errors';
import { draftYear } from '../../core/district-draft';
import type { RollupResult } from '../../core/rollup-schema';
import { UsageError, dataDirOption, parseYear, type Command, type Context, type Io } from './command';
import { officeZone, withServices } from './data-folder';

const BAR_WIDTH = 30;
/** Redraws of the bar at most this often: a terminal is slower than reading a small package. */
const REDRAW_MS = 100;

/** On a terminal a bar redrawn in place; otherwise (a log, a pipe) a plain line at every tenth. */
export function progressReporter(io: Io, t: TFunction<'rollup'>): (done: number, total: number) => void {
  const sink = io.progress;
  if (!sink) return () => undefined;
  let lastDraw = 0;
  return (done, total) => {
    const text = t('cli.progress', { done, total });
    if (sink.isTTY) {
      const now = Date.now();
      if (done < total && now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const filled = total ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
      sink.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${text}${done === total ? '\n' : ''}`);
      return;
    }
    const step = Math.max(1, Math.ceil(total / 10));
    if (done === total || (done > 0 && done % step === 0)) sink.write(text + '\n');
  };
}

const str = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);

/** The district's draft for the roll-up's year (core/district-draft.ts's draftYear). */
async function writeDraft(ctx: Context, organisation: string, result: RollupResult): Promise<void> {
  const year = draftYear(result);
  if (year === null) throw new AppError('DRAFT_NO_REPORTS', { year: '' });
  const draft = await withServices(ctx, { readOnly: false }, (services) =>
    services.draftFromRollup(ctx.positionals, result, { organisation, year }),
  );
  ctx.io.out(translator(ctx.language, 'districtDraft')('cli.created', { title: reportTitle(draft), id: draft.id }));
}

export const rollupCommand: Command = {
  help: 'rollup',
  options: {
    xlsx: { type: 'string', output: true },
    expected: { type: 'string' },
    year: { type: 'string' },
    draft: { type: 'string' },
    ...dataDirOption,
    'summary-pdf': { type: 'string', output: true },
  },
  positionals: 'some',
  required: ['xlsx'],
  async run(ctx) {
    const started = performance.now();
    const out = str(ctx.values.xlsx)!;
    const expectedFile = str(ctx.values.expected);
    const summary = str(ctx.values['summary-pdf']) ?? besideOutputPath('rollup-summary', out, ctx.language);
    // The derived name is no option, so the run's check of outputs (run.ts) did not see it.
    if (ctx.values.force !== true && existsSync(summary)) throw new UsageError('outputExists', { file: summary });
    const t = translator(ctx.language, 'rollup');
    const district = str(ctx.values.draft)?.trim();
    if (district === '') throw new UsageError('missingValue', { option: '--draft' });
    const timeZone = await officeZone(ctx);
    const result = await runRollup(ctx.positionals, {
      year: parseYear(str(ctx.values.year)),
      expected: expectedFile ? await readExpectedUnits(expectedFile) : undefined,
      exclude: [path.resolve(out), path.resolve(summary)],
      onProgress: progressReporter(ctx.io, t),
      today: todayIn(timeZone),
      timeZone,
    });
    await writeOutput('workbook', result, out, { language: ctx.language });
    await writeOutput('rollup-summary', result, summary, { language: ctx.language, today: todayIn(timeZone) });
    ctx.io.out(
      t('cli.written', {
        out,
        units: result.units.length,
        problems: result.problems.length,
        missing: result.missing?.length ?? 0,
        seconds: ((performance.now() - started) / 1000).toFixed(1),
      }),
    );
    ctx.io.out(t('cli.summaryWritten', { out: summary }));
    if (district !== undefined) await writeDraft(ctx, district, result);
    return 0;
  },
};
