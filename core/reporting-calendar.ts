// The reporting calendar of 《法治政府建设与责任落实督察工作规定》: the report on a year goes to the Party
// committee and government at the same level and to the next level up by 1 March of the following year, and
// is published by 1 April. An office may set earlier dates of its own (settings). Dates are calendar dates
// (YYYY-MM-DD) compared as such; today is the office's (core/date-time.ts): no time zone moves a deadline by a day.
import { daysBetween, isCalendarDate } from './date-time';
import { signOffState } from './sign-off-state';
import type { ReportMeta } from './model';

/** Month and day, MM-DD, in the year after the report year. */
export interface DeadlineSettings {
  submit?: string | null;
  publish?: string | null;
}

export const REGULATION_DEADLINES = { submit: '03-01', publish: '04-01' } as const;
export const UPCOMING_DAYS = 30;

export type DeadlineKind = 'submit' | 'publish';
export type DeadlineState = 'overdue' | 'upcoming' | 'later' | 'done';

export type NextDeadline =
  | { kind: null; date: null; state: 'done'; days: null }
  | {
      kind: DeadlineKind;
      /** YYYY-MM-DD. */
      date: string;
      state: Exclude<DeadlineState, 'done'>;
      /** Days from today to the date (negative when overdue). */
      days: number;
    };

/** A year that is not a leap year: a month-day that is a date in it is a date in every year. */
const COMMON_YEAR = 2001;

/** A month-day (MM-DD) that exists in every year (29 February does not) and is no later than the regulation's. */
export function isValidDeadline(monthDay: string, kind: DeadlineKind): boolean {
  return isCalendarDate(`${COMMON_YEAR}-${monthDay}`) && monthDay <= REGULATION_DEADLINES[kind];
}

/** The dates for a report year: the office's own when set (and valid), the regulation's otherwise. */
export function deadlinesFor(year: number, settings: DeadlineSettings = {}): Record<DeadlineKind, string> {
  const pick = (kind: DeadlineKind) => {
    const own = settings[kind];
    return `${year + 1}-${own && isValidDeadline(own, kind) ? own : REGULATION_DEADLINES[kind]}`;
  };
  return { submit: pick('submit'), publish: pick('publish') };
}

/** The next date a report must meet and how it stands today. */
export function nextDeadline(
  report: { year: number; status: ReportMeta['status'] },
  today: string,
  settings: DeadlineSettings = {},
): NextDeadline {
  const state = signOffState(report.status);
  const dates = deadlinesFor(report.year, settings);
  const kind: DeadlineKind | null = !state.signedOff ? 'submit' : !state.published ? 'publish' : null;
  if (!kind) return { kind: null, date: null, state: 'done', days: null };
  const days = daysBetween(today, dates[kind]);
  return {
    kind,
    date: dates[kind],
    days,
    state: days < 0 ? 'overdue' : days <= UPCOMING_DAYS ? 'upcoming' : 'later',
  };
}
