// Values found in the report's own text, put into the indicators still empty: a value the user entered (or
// marked not applicable) is never replaced. Applied to the newest report inside the reducer, so an edit made
// meanwhile is respected too.
import type { IndicatorHint } from '../../core/indicator-extract';
import { isFillable } from '../../core/indicator-presets';
import type { Report } from '../../core/model';

export function fillIndicatorValues(report: Report, hints: readonly IndicatorHint[]): Report {
  const found = new Map(hints.map((h) => [h.indicatorId, h.value]));
  if (!report.indicators.some((i) => isFillable(i) && found.has(i.id))) return report;
  return {
    ...report,
    indicators: report.indicators.map((i) =>
      isFillable(i) && found.has(i.id) ? { ...i, value: found.get(i.id)! } : i,
    ),
  };
}
