// The district roll-up: reads every department's file (a few at a time, so reading overlaps parsing), keeps
// one compact record per report, and decides what the office sees: one report per unit and year (chosen by
// content, choose-report.ts; the others listed, never merged), the files refused with their reason, each unit's
// place on the expected list and the expected units without a usable report (check-list.ts). It only reads:
// no report store is opened, nothing is written.
import { toErrorPayload, type ErrorCode } from '../../../core/errors';
import {
  ROLLUP_PROBLEM_KINDS,
  type RollupProblem,
  type RollupResult,
  type RollupUnit,
} from '../../../core/rollup-schema';
import { unitKey } from '../../../core/unit-names';
import { checkAgainstList } from './check-list';
import { chooseReport } from './choose-report';
import { collectFiles, type FoundFile } from './collect-files';
import { readDepartmentFile } from './report-facts';
import { summariseReport } from './summarise';

export interface RollupOptions {
  /** Only this year's reports count; others are listed as problems. All years when absent. */
  year?: number;
  /** The units expected to report, as the office's list names them. */
  expected?: readonly string[];
  /** Files not to read (the workbook being written into the same folder). */
  exclude?: readonly string[];
  onProgress?(done: number, total: number): void;
  /** Today in the office's time zone, YYYY-MM-DD (validation's plausible-year check). */
  today: string;
  /** The office's time zone: the calendar day on which a report was signed off, for the on-time check. */
  timeZone: string;
  /** Files read at once. */
  concurrency?: number;
}

/** Refusals of a file that is a unit's report all the same, which the unit has sent (naming it when it can). */
const RECEIVED_UNUSABLE: readonly ErrorCode[] = ['IMPORT_AUTO_NUMBERING'];

const refusedProblem = (file: string, err: unknown): RollupProblem => {
  const { code, params } = toErrorPayload(err);
  const reason = { key: `errors:${code}`, params };
  if (!RECEIVED_UNUSABLE.includes(code)) return { file, category: 'refused', reason };
  const unit = typeof params.unit === 'string' ? params.unit : '';
  return unit
    ? { file, category: 'unusable', unit, reason: { key: 'rollup:reason.unusable', params: { ...params, code } } }
    : { file, category: 'unusable', reason };
};

const byFile = (a: RollupProblem, b: RollupProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export async function runRollup(inputs: readonly string[], options: RollupOptions): Promise<RollupResult> {
  const { files, refused } = await collectFiles(inputs, options.exclude);
  const problems: RollupProblem[] = refused.map((r) => ({
    file: r.display,
    category: 'refused',
    reason: { key: `errors:${r.code}`, params: r.params },
  }));
  /** Every usable report by unit and year, in the order read. */
  const copies = new Map<string, RollupUnit[]>();
  const total = files.length;
  let done = 0;
  options.onProgress?.(0, total);

  const take = (unit: RollupUnit) => {
    if (options.year !== undefined && unit.year !== options.year) {
      problems.push({
        file: unit.file,
        category: 'otherYear',
        unit: unit.unit,
        reason: { key: 'rollup:reason.otherYear', params: { year: unit.year, wanted: options.year } },
      });
      return;
    }
    const key = `${unitKey(unit.unit)}\n${unit.year}`;
    const held = copies.get(key);
    if (held) held.push(unit);
    else copies.set(key, [unit]);
  };

  const readOne = async (found: FoundFile) => {
    try {
      const { today, timeZone } = options;
      take(summariseReport(await readDepartmentFile(found.path, timeZone), found.display, { today, timeZone }));
    } catch (err) {
      problems.push(refusedProblem(found.display, err));
    }
    options.onProgress?.(++done, total);
  };

  let next = 0;
  const worker = async () => {
    while (next < files.length) await readOne(files[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, files.length) }, worker));

  const units: RollupUnit[] = [];
  /** Each unit's copies together, the one used first, in the order of the files used. */
  const choices: RollupProblem[][] = [];
  for (const group of copies.values()) {
    if (group.length === 1) {
      units.push(group[0]!);
      continue;
    }
    const choice = chooseReport(group, options.timeZone);
    choice.used.duplicates = choice.setAside.length;
    units.push(choice.used);
    choices.push(choice.problems);
  }
  choices.sort((a, b) => byFile(a[0]!, b[0]!));

  const expected = options.expected ?? null;
  const absent = expected ? checkAgainstList(units, problems, expected) : null;
  const order = new Map(expected?.map((name, i) => [name, i]));
  const rank = (u: RollupUnit) => (u.list?.state === 'listed' ? order.get(u.list.expected)! : Number.MAX_SAFE_INTEGER);
  units.sort((a, b) => rank(a) - rank(b) || a.unit.localeCompare(b.unit, 'zh-CN') || a.year - b.year);
  const kind = (p: RollupProblem) => ROLLUP_PROBLEM_KINDS.indexOf(p.category);
  problems.sort((a, b) => kind(a) - kind(b) || byFile(a, b));
  // The copies of one unit read best side by side: after the files refused, before other years' reports.
  const otherYears = problems.findIndex((p) => p.category === 'otherYear');
  problems.splice(otherYears < 0 ? problems.length : otherYears, 0, ...choices.flat());
  return {
    year: options.year ?? null,
    files: total,
    units,
    problems,
    // Not received for certain: nothing at all, or only a report under a close name to confirm.
    missing: absent ? absent.filter((a) => a.state !== 'unusable').map((a) => a.unit) : null,
    absent,
  };
}
