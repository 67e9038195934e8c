// The roll-up against the office's list of expected units: each report's unit on the list, close to a name on it
// (for a person to confirm) or not on it (core/unit-names.ts decides); and each expected unit without a usable
// report, with what it did send: a file that could not be used (a damaged file, another year's report, a Word
// 97 file the app could not read — its unit named by the report, or else by the file's name), or a report under a
// close name.
import path from 'node:path';
import type { RollupAbsence, RollupProblem, RollupUnit } from '../../../core/rollup-schema';
import { matchUnitsToList, unitKey, unitNamedByFile } from '../../../core/unit-names';

/** Sets each unit's `list`, names the unit of the unusable files it can, and returns the expected units absent. */
export function checkAgainstList(
  units: readonly RollupUnit[],
  problems: RollupProblem[],
  expected: readonly string[],
): RollupAbsence[] {
  const matches = matchUnitsToList([...new Set(units.map((u) => u.unit))], expected);
  for (const unit of units) unit.list = matches.get(unit.unit)!;
  // By key: a list given twice the same unit in two spellings has it present in both.
  const present = new Set(units.flatMap((u) => (u.list?.state === 'listed' ? [unitKey(u.list.expected)] : [])));
  const byKey = new Map(expected.map((name) => [unitKey(name), name]));

  const received = new Map<string, RollupAbsence['received']>();
  const receive = (name: string, entry: RollupAbsence['received'][number]) => {
    const list = received.get(name) ?? [];
    list.push(entry);
    received.set(name, list);
  };
  for (const problem of problems) {
    if (problem.category !== 'refused' && problem.category !== 'unusable' && problem.category !== 'otherYear') continue;
    const named = problem.unit !== undefined ? byKey.get(unitKey(problem.unit)) : undefined;
    const name = named ?? (problem.unit ? null : unitNamedByFile(path.basename(problem.file), expected));
    if (!name) continue;
    problem.unit ??= name;
    receive(name, { file: problem.file, reason: problem.reason });
  }
  const unusable = new Set(received.keys());
  for (const unit of units)
    if (unit.list?.state === 'uncertain')
      for (const name of unit.list.candidates)
        receive(name, { file: unit.file, reason: { key: 'rollup:reason.closeName', params: { unit: unit.unit } } });

  return expected
    .filter((name) => !present.has(unitKey(name)))
    .map((name): RollupAbsence => {
      const got = received.get(name) ?? [];
      const close = got.some((g) => g.reason.key === 'rollup:reason.closeName');
      return { unit: name, state: close ? 'unconfirmed' : unusable.has(name) ? 'unusable' : 'nothing', received: got };
    });
}
