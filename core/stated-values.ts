// A figure the report's text states for one of its filled-in indicators that is not the indicator's value (read
// as the import reads it): validation warns of it (INDICATOR_TEXT_DIFFERS), and the user may take the text's
// figure over as the indicator's value in one step — in the review's checks, in a revision's preview, on the CLI.
import { statedIndicatorValues } from './indicator-presets';
import type { Report } from './model';
import { renderText } from './text-render';

export interface StatedValueDifference {
  indicatorId: string;
  /** The indicator's place in the report's list. */
  index: number;
  label: string;
  /** The indicator's value, and the figure the text states. */
  value: number;
  stated: number;
  unit: string;
  /** The sentence the figure stands in. */
  sentence: string;
}

/** Every indicator whose value the text states otherwise, once each (`text`: the report's, when built already). */
export function statedValueDifferences(report: Report, text = renderText(report)): StatedValueDifference[] {
  const at = new Map(report.indicators.map((indicator, i) => [indicator.id, i]));
  return statedIndicatorValues(report, text).flatMap(({ indicatorId, value: stated, sentence }) => {
    const index = at.get(indicatorId)!;
    const { label, value, unit } = report.indicators[index]!;
    return stated === value ? [] : [{ indicatorId, index, label, value: value!, stated, unit, sentence }];
  });
}

/** The report with each listed indicator's value set to the figure its text states. */
export function takeStatedValues(
  report: Report,
  taken: readonly Pick<StatedValueDifference, 'indicatorId' | 'stated'>[],
): Report {
  const stated = new Map(taken.map((t) => [t.indicatorId, t.stated]));
  if (stated.size === 0) return report;
  return {
    ...report,
    indicators: report.indicators.map((i) => (stated.has(i.id) ? { ...i, value: stated.get(i.id)! } : i)),
  };
}
