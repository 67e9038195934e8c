// The one place the year-over-year features (next-year copy, reporting calendar, public copy) read or clear a
// report's sign-off state, over the sign-off workflow's own rules (core/sign-off.ts).
import type { Report, ReportMeta } from './model';
import { currentRound } from './sign-off';

export interface SignOffState {
  /** Signed by the head of the unit: the report may go to the Party committee and government. */
  signedOff: boolean;
  /** Published on the government website. */
  published: boolean;
  /** Whether this round records a secrecy review (保密审查); null while the report has no sign-off records. */
  secrecyReviewed: boolean | null;
}

export function signOffState(status: ReportMeta['status'], report?: Pick<Report, 'signOff'>): SignOffState {
  const round = report ? currentRound(report) : [];
  return {
    signedOff: status === 'signed-off' || status === 'published',
    published: status === 'published',
    secrecyReviewed: round.length === 0 ? null : round.some((r) => r.step === 'clear-secrecy'),
  };
}

/**
 * Next year's report starts unsigned: draft, no names of who drafted, reviewed or approved, no sign-off records
 * (last year's stay with last year's report); the office's choice of roles is kept.
 */
export function clearSignOff(report: Pick<Report, 'meta' | 'signOff'>): Pick<Report, 'meta' | 'signOff'> {
  return {
    meta: { ...report.meta, status: 'draft', drafter: '', reviewer: '', approver: '' },
    signOff: { records: [], roles: report.signOff.roles },
  };
}
