// The year-over-year parts of `report-desk`: `next-year <id>` (this year's report from last year's, in the data
// folder), the public web page of `export --html`, and the deadline column of `list`.
import { reportTitle } from '../../core/document';
import type { Settings } from '../../core/api';
import { translator } from '../../core/i18n';
import type { Language, Report, ReportSummary } from '../../core/model';
import { publicCopyWarnings } from '../../core/public-copy';
import { writeOutput } from '../services/output-formats';
import { nextDeadline } from '../../core/reporting-calendar';
import { dataDirOption, type Command, type Context } from './command';
import { withServices } from './data-folder';

export const nextYearCommand: Command = {
  help: 'nextYear',
  options: { ...dataDirOption },
  positionals: [1],
  async run(ctx) {
    const next = await withServices(ctx, { readOnly: false }, (services) =>
      services.duplicateAsNextYear(ctx.positionals[0]!),
    );
    const t = translator(ctx.language, 'yearly');
    ctx.io.out(t('cli.nextYearCreated', { title: reportTitle(next), id: next.id, previousYear: next.meta.year - 1 }));
    if (next.plans?.length) ctx.io.out(t('cli.plansCarried', { count: next.plans.length }));
    return 0;
  },
};

/** The public copy as a web page; a missing secrecy review is said on stderr first. */
export async function exportPublicHtml(ctx: Context, report: Report, out: string): Promise<void> {
  for (const warning of publicCopyWarnings(report)) ctx.io.err(warning.message[ctx.language]);
  await writeOutput('public-html', report, out, {});
  ctx.io.out(translator(ctx.language, 'yearly')('cli.htmlExported', { out }));
}

/** The next deadline of a listed report and how it stands, as one cell: 「2025-03-01前报送 · 还有 12 天」. */
export function deadlineCell(report: ReportSummary, settings: Settings, language: Language, today: string): string {
  const t = translator(language, 'yearly');
  const next = nextDeadline(report, today, settings.deadlines);
  if (next.kind === null) return t('calendar.done');
  const date = t(next.kind === 'submit' ? 'calendar.submit' : 'calendar.publish', { date: next.date });
  const state =
    next.state === 'later' ? t('calendar.later') : t(`calendar.${next.state}`, { count: Math.abs(next.days) });
  return `${date} · ${state}`;
}
