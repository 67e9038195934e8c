// `show`'s report as a person reads it: who, which year and where it stands, then the report's text as it
// prints (title, chapters with their numbered items, signature), then its figures. `show --json` gives the
// stored form instead.
import { formatLocalDateTime } from '../../core/date-time';
import type { Indicator, Report } from '../../core/model';
import { translator } from '../../core/i18n';
import { renderText } from '../../core/text-render';
import type { Context } from './command';

function indicatorLine(ctx: Context, indicator: Indicator): string {
  const value = indicator.notApplicable
    ? ctx.t('show.notApplicable')
    : indicator.value === null
      ? ctx.t('show.notFilled')
      : `${indicator.value}${indicator.unit ? ` ${indicator.unit}` : ''}`;
  return ctx.t('show.indicator', { label: indicator.label, value });
}

/** The report's overview, text and figures, in the report's own words and the command's language. */
export function reportView(ctx: Context, report: Report, timeZone: string): string {
  const { meta } = report;
  const head = [
    ctx.t('show.id', { id: report.id }),
    ctx.t('show.unit', { unit: meta.signatureUnit?.trim() || meta.organisation }),
    ctx.t('show.year', { year: meta.year }),
    ctx.t('show.status', { status: translator(ctx.language, 'signoff')(`state.${meta.status}`) }),
    ctx.t('show.updated', { at: formatLocalDateTime(report.updatedAt, ctx.language, timeZone) }),
  ];
  const figures = report.indicators.length
    ? [ctx.t('show.indicators'), ...report.indicators.map((i) => indicatorLine(ctx, i))]
    : [ctx.t('show.noIndicators')];
  return [head.join('\n'), renderText(report).trimEnd(), figures.join('\n')].join('\n\n');
}
