// The one place the year-over-year features (next-year copy, reporting calendar, public copy) read or clear a
// report's sign-off state, so that the sign-off workflow (draft → in review → signed off → published, with
// its records) changes these two functions and nothing else.
import type { ReportMeta } from './model';

export interface SignOffState {
  /** Signed by the head of the unit: the report may go to the Party committee and government. */
  signedOff: boolean;
  /** Published on the government website. */
  published: boolean;
  /** Whether a secrecy review (保密审查) is recorded; null while reports carry no sign-off records. */
  secrecyReviewed: boolean | null;
}

export function signOffState(meta: Pick<ReportMeta, 'status'>): SignOffState {
  // Today a report is only draft or final; final is the last step it can reach, so it counts as done.
  const done = meta.status === 'final';
  return { signedOff: done, published: done, secrecyReviewed: null };
}

/** Next year's meta starts unsigned: no status beyond draft, no names of who drafted, reviewed or approved. */
export function clearSignOff(meta: ReportMeta): ReportMeta {
  return { ...meta, status: 'draft', drafter: '', reviewer: '', approver: '' };
}
