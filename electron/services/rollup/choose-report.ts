// Which of several reports of one unit and year counts, decided by what the reports say, never by a file's time
// (a Word file or a text has none but the moment it was read): a signed-off report (its 签发 record present)
// before one that is not; of two signed off, the later sign-off; then the later version its records name; then
// the later 成文日期. Copies with the same text are one report; copies that nothing tells apart are a question
// for the office. Every copy gets one sentence saying why it was or was not used.
import { fileNameStamp } from '../../../core/date-time';
import type { RollupMessage, RollupProblem, RollupUnit } from '../../../core/rollup-schema';

/** What told two copies apart, from the first criterion to the last. */
type Criterion = 'signedOff' | 'signedAt' | 'version' | 'date' | 'sameText' | 'tie';

interface Decision {
  better: RollupUnit;
  worse: RollupUnit;
  by: Criterion;
}

const byFile = (a: RollupUnit, b: RollupUnit) => (a.file <= b.file ? [a, b] : [b, a]) as [RollupUnit, RollupUnit];

function decide(a: RollupUnit, b: RollupUnit): Decision {
  const pick = (aFirst: boolean, by: Criterion): Decision =>
    aFirst ? { better: a, worse: b, by } : { better: b, worse: a, by };
  if (a.signedOff !== b.signedOff) return pick(a.signedOff, 'signedOff');
  if (a.signedOff && a.signedAt && b.signedAt && a.signedAt !== b.signedAt)
    return pick(a.signedAt > b.signedAt, 'signedAt');
  // A copy without a version or a date (a draft sent as Word) comes before none that has one.
  if ((a.version ?? 0) !== (b.version ?? 0)) return pick((a.version ?? 0) > (b.version ?? 0), 'version');
  if ((a.date ?? '') !== (b.date ?? '')) return pick((a.date ?? '') > (b.date ?? ''), 'date');
  const [first, second] = byFile(a, b);
  return { better: first, worse: second, by: a.fingerprint === b.fingerprint ? 'sameText' : 'tie' };
}

/** A sign-off time as the office reads it: its local date and minute. */
function localMinute(at: string, timeZone: string): string {
  const [y, mo, d, h, mi] = fileNameStamp(new Date(at), timeZone).split('-');
  return `${y}-${mo}-${d} ${h}:${mi}`;
}

/** The two sides of the criterion, as the sentence shows them ('' where a copy has no version or date). */
function sides(d: Decision, timeZone: string): { chosenValue: string; otherValue: string } {
  const value = (u: RollupUnit): string => {
    switch (d.by) {
      case 'signedAt':
        return localMinute(u.signedAt!, timeZone);
      case 'version':
        return u.version == null ? '' : String(u.version);
      case 'date':
        return u.date ?? '';
      default:
        return '';
    }
  };
  return { chosenValue: value(d.better), otherValue: value(d.worse) };
}

export interface Choice {
  used: RollupUnit;
  /** One entry per copy, the one used included, for the 问题 sheet. */
  problems: RollupProblem[];
  /** Copies not used. */
  setAside: RollupUnit[];
}

/** The copy to use of one unit and year's reports (two or more), with a sentence for each copy. */
export function chooseReport(copies: readonly RollupUnit[], timeZone: string): Choice {
  const used = copies.reduce((best, copy) => decide(best, copy).better);
  const others = copies.filter((c) => c !== used);
  const runnerUp = others.reduce((best, copy) => decide(best, copy).better);
  const { unit, year } = used;
  const message = (key: string, d: Decision): RollupMessage => {
    const values = sides(d, timeZone);
    // A copy that has no version or date at all is said to have none.
    const lacking = (d.by === 'version' || d.by === 'date') && values.otherValue === '';
    return {
      key: `rollup:choice.${key}.${d.by}${lacking && key === 'unused' ? 'Missing' : ''}`,
      params: { unit, year, count: copies.length, used: used.file, ...values },
    };
  };
  const lead = decide(used, runnerUp);
  const question = lead.by === 'tie';
  const problems: RollupProblem[] = [
    { file: used.file, category: question ? 'question' : 'chosen', unit, reason: message('used', lead) },
  ];
  for (const copy of others) {
    const d = decide(used, copy);
    problems.push({
      file: copy.file,
      category: d.by === 'tie' ? 'question' : 'duplicate',
      unit,
      reason: message('unused', { ...d, better: used, worse: copy }),
    });
  }
  return { used, problems, setAside: others };
}
