// Indicator values found in a report's text. For each indicator, the clauses that mention one of its keywords
// (preset data); a number carrying the indicator's unit belongs to the clause it stands in, so
// 「对310家企业开展源头数据核查，其中45家企业完成自查自纠」 gives 310 for 源头数据核查 and 45 for 自纠. When a clause
// holds several such numbers, or the mentions disagree, the value is left empty and the doubt reported:
// a wrong figure in a signed report is worse than an empty field. Numbers are read by core/number-reader.ts
// (１，３１０家 is 1310; 412.5万元 is 412.5 for a 万元 indicator); Chinese numerals are not read in running
// text, where 一家一策 and 千家万户 are phrases, not counts.
import type { Indicator } from './model';
import { numbersIn, quantityIn } from './number-reader';

export interface IndicatorHint {
  indicatorId: string;
  value: number;
  /** The sentence the value was found in, to show the user where it came from. */
  sentence: string;
}

/** An indicator whose value the text does not settle: the numbers it might be, and where they stand. */
export interface IndicatorDoubt {
  indicatorId: string;
  candidates: number[];
  sentence: string;
}

export interface IndicatorScan {
  found: IndicatorHint[];
  unsure: IndicatorDoubt[];
}

const SENTENCE = /[^。！？；\n]+[。！？；]?/g;
const OPEN = new Set([...'“‘《〈（(「『【']);
const CLOSE = new Set([...'”’》〉）)」』】']);

/**
 * Clauses of a sentence: split at ，, ; and at 、 outside quotes and titles (“双随机、一公开” stays whole), never
 * inside a number (the comma of 1,310).
 */
export function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  const numbers = numbersIn(sentence);
  const inNumber = (i: number) => numbers.some((n) => i > n.start && i < n.end);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if ((/[，,；;]/.test(ch) && !inNumber(i)) || (ch === '、' && depth === 0)) {
      out.push(sentence.slice(start, i));
      start = i + 1;
    }
  }
  out.push(sentence.slice(start));
  return out.filter((c) => c.trim());
}

/** The numbers in `clause` that carry `unit`: 家 but not 家次 (a count of visits is not one of enterprises). */
function numbersWithUnit(clause: string, unit: string): number[] {
  return numbersIn(clause).flatMap((number) => {
    const quantity = quantityIn(clause, number, unit);
    return quantity && clause[quantity.end] !== '次' ? [quantity.value] : [];
  });
}

type Reading = { value: number; sentence: string } | { candidates: number[]; sentence: string };

/** What one sentence says about a keyword: a value, a doubt, or nothing (no number with the unit near it). */
function readSentence(sentence: string, keyword: string, unit: string): Reading | null {
  if (!sentence.includes(keyword)) return null;
  const clauses = clausesOf(sentence);
  const own = clauses.filter((c) => c.includes(keyword)).flatMap((c) => numbersWithUnit(c, unit));
  const distinct = [...new Set(own)];
  if (distinct.length === 1) return { value: distinct[0]!, sentence: sentence.trim() };
  if (distinct.length > 1) return { candidates: distinct, sentence: sentence.trim() };
  // The keyword's clause has no figure; one in another clause might be it, or might not.
  const nearby = [...new Set(clauses.flatMap((c) => numbersWithUnit(c, unit)))];
  return nearby.length ? { candidates: nearby, sentence: sentence.trim() } : null;
}

/** Values for the indicators whose keywords and unit appear together in one clause of `text`. */
export function scanIndicatorValues(
  text: string,
  indicators: readonly Indicator[],
  keywords: ReadonlyMap<string, readonly string[]>,
): IndicatorScan {
  const sentences = text.match(SENTENCE) ?? [];
  const scan: IndicatorScan = { found: [], unsure: [] };
  for (const indicator of indicators) {
    if (!indicator.unit) continue;
    // A keyword the whole text lacks is in none of its sentences: not looked for in each.
    const readings = (keywords.get(indicator.id) ?? []).flatMap((keyword) =>
      text.includes(keyword)
        ? sentences.map((s) => readSentence(s, keyword, indicator.unit)).filter((r) => r !== null)
        : [],
    );
    const values = readings.flatMap((r) => ('value' in r ? [r] : []));
    const distinct = [...new Set(values.map((r) => r.value))];
    if (distinct.length === 1) {
      // A clear mention settles it; a doubt elsewhere (a figure in a neighbouring clause) does not undo it.
      scan.found.push({ indicatorId: indicator.id, value: distinct[0]!, sentence: values[0]!.sentence });
    } else if (distinct.length > 1) {
      scan.unsure.push({ indicatorId: indicator.id, candidates: distinct, sentence: values[0]!.sentence });
    } else {
      const doubt = readings.find((r) => 'candidates' in r);
      if (doubt && 'candidates' in doubt)
        scan.unsure.push({ indicatorId: indicator.id, candidates: doubt.candidates, sentence: doubt.sentence });
    }
  }
  return scan;
}
