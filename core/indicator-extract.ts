// Indicator values found in a report's text: for each indicator, the sentences that mention one of its
// keywords (template data), and in them the number carrying the indicator's unit that stands nearest to the
// keyword. 「本年已对285家企业开展了源头数据核查工作，其中自纠企业31家」 gives 285 for 源头数据核查 and 31 for 自纠.
import type { Indicator } from './model';

export interface IndicatorHint {
  indicatorId: string;
  value: number;
  /** The sentence the value was found in, to show the user where it came from. */
  sentence: string;
}

const SENTENCE = /[^。！？；\n]+[。！？；]?/g;

function nearestValue(sentence: string, keyword: string, unit: string): number | null {
  const at = sentence.indexOf(keyword);
  if (at < 0 || !unit) return null;
  const escapedUnit = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // 家 but not 家次: a count of visits is not a count of enterprises.
  const numbers = [...sentence.matchAll(new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${escapedUnit}(?!次)`, 'g'))];
  let best: { value: number; distance: number } | null = null;
  for (const m of numbers) {
    const start = m.index;
    const end = start + m[0].length;
    const distance = end <= at ? at - end : start >= at + keyword.length ? start - (at + keyword.length) : 0;
    if (!best || distance < best.distance) best = { value: Number(m[1]), distance };
  }
  return best?.value ?? null;
}

/** Values for the indicators whose keywords and unit appear together in one sentence of `text`. */
export function findIndicatorValues(
  text: string,
  indicators: Indicator[],
  keywords: Map<string, readonly string[]>,
): IndicatorHint[] {
  const sentences = text.match(SENTENCE) ?? [];
  const hints: IndicatorHint[] = [];
  for (const indicator of indicators) {
    const words = keywords.get(indicator.id) ?? [];
    search: for (const keyword of words) {
      for (const sentence of sentences) {
        const value = nearestValue(sentence, keyword, indicator.unit);
        if (value !== null) {
          hints.push({ indicatorId: indicator.id, value, sentence: sentence.trim() });
          break search;
        }
      }
    }
  }
  return hints;
}
