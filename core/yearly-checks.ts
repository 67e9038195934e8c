// The year-over-year checks of a report started from last year's: earlier years still written as the report
// year (STALE_YEAR), a figure far off last year's (INDICATOR_JUMP: worth a second look, never an error), and
// last year's plans not yet accounted for (PLAN_NOT_ADDRESSED). All warnings; core/validation.ts includes them.
import type { FindingVariant } from './finding-codes';
import type { Indicator, Report } from './model';
import { linkResolver } from './plan-links';
import { findStaleYears } from './stale-years';
import { finding, type Finding } from './validation-types';

export type IndicatorChange = FindingVariant<'INDICATOR_JUMP'>;

/** Percentage points a percentage may move in a year before it is worth a second look. */
const PERCENT_POINTS = 50;
const FACTOR = 10;

/** How a figure moved beyond a plausible range since last year; null when it is within it or not comparable. */
export function implausibleChange(indicator: Pick<Indicator, 'value' | 'previousValue' | 'kind' | 'notApplicable'>) {
  const { value, previousValue: previous } = indicator;
  if (indicator.notApplicable || value === null || previous === null || previous === undefined) return null;
  if (indicator.kind === 'percent') return Math.abs(value - previous) >= PERCENT_POINTS ? 'points' : null;
  if (previous > 0 && value === 0) return 'zero';
  if (previous === 0 && value >= FACTOR) return 'fromZero';
  if (previous > 0 && value >= previous * FACTOR) return 'up';
  if (value > 0 && previous >= value * FACTOR) return 'down';
  return null;
}

export function yearlyFindings(report: Report): Finding[] {
  const out: Finding[] = findStaleYears(report).map((m) =>
    finding('STALE_YEAR', 'warning', m.path, { year: m.year, reportYear: report.meta.year, excerpt: m.excerpt }),
  );
  report.indicators.forEach((indicator, i) => {
    const change = implausibleChange(indicator);
    if (change)
      out.push(
        finding(
          'INDICATOR_JUMP',
          'warning',
          ['indicators', i, 'value'],
          { label: indicator.label || String(i + 1), value: indicator.value!, previous: indicator.previousValue! },
          change,
        ),
      );
  });
  const plans = report.plans ?? [];
  const linked = plans.some((p) => p.link) ? linkResolver(report) : () => undefined;
  plans.forEach((plan, i) => {
    const missing = !plan.status ? 'status' : !plan.link || !linked(plan.link) ? 'link' : null;
    if (missing)
      out.push(
        finding('PLAN_NOT_ADDRESSED', 'warning', ['plans', i], { plan: i + 1, text: plan.text.slice(0, 30) }, missing),
      );
  });
  return out;
}
