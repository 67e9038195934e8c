// The sign-off trail as pure functions: 草稿 draft → 送审 in review → 已签发 signed off → 已公开 published.
// Each step records who took it, when, an optional opinion (意见) and the content's fingerprint; a refused step
// is an AppError with a stable code and one sentence. The services write what a step returns and make the
// history version it asks for; nothing else changes `meta.status`.
import { AppError } from './errors';
import { fingerprint } from './fingerprint';
import type { PublicationAttribute, Report, ReportState, SignOffRecord, SignOffRole, SignOffStep } from './model';
import type { StoredVersion } from './version-types';
import { errorCount, validateReport, type ValidationOptions } from './validation';

export type { ReportState, SignOffStep, SignOffRole, PublicationAttribute, SignOffRecord };

/** The role that takes each step: 拟稿人, 核稿人, 会签, 签发人, 保密审查人; publish and reopen by whoever does it. */
export const STEP_ROLE = {
  submit: 'drafter',
  review: 'reviewer',
  countersign: 'countersigner',
  approve: 'approver',
  'clear-secrecy': 'secrecy',
  publish: 'publisher',
  reopen: 'reopener',
} as const satisfies Record<SignOffStep, SignOffRole>;

/** The name a report's 落款与签批 gives the person who takes a step ('' for the roles it does not name). */
export function signerInReport(report: Pick<Report, 'meta'>, step: SignOffStep): string {
  const role = STEP_ROLE[step];
  const named = role === 'drafter' || role === 'reviewer' || role === 'approver' ? report.meta[role] : '';
  return named.trim();
}

/** Which history version a step makes (the services write it), or none. */
export const STEP_VERSION_KIND: Partial<Record<SignOffStep, 'submitted' | 'signed-off'>> = {
  submit: 'submitted',
  approve: 'signed-off',
};

export const reportState = (report: Pick<Report, 'meta'>): ReportState => report.meta.status;

/** Signed off or published: the text is locked until the report is reopened. */
export const isLocked = (report: Pick<Report, 'meta'>): boolean =>
  report.meta.status === 'signed-off' || report.meta.status === 'published';

export const signOffRecords = (report: Pick<Report, 'signOff'>): SignOffRecord[] => report.signOff.records;

/** The records since the last reopen: the round that counts for the current state. */
export function currentRound(report: Pick<Report, 'signOff'>): SignOffRecord[] {
  const records = report.signOff.records;
  let start = 0;
  records.forEach((r, i) => {
    if (r.step === 'reopen') start = i + 1;
  });
  return records.slice(start);
}

const lastOf = (records: SignOffRecord[], step: SignOffStep): SignOffRecord | undefined =>
  [...records].reverse().find((r) => r.step === step);

/** The current signature (签发) record of a signed-off or published report, else undefined. */
export const approvalRecord = (report: Pick<Report, 'meta' | 'signOff'>): SignOffRecord | undefined =>
  isLocked(report) ? lastOf(currentRound(report), 'approve') : undefined;

/** What of a stored version the backing of a sign-off is checked against. */
export type SignedVersion = Pick<StoredVersion, 'number' | 'kind' | 'fingerprint' | 'report'>;

/**
 * The one rule for whether a signed-off (or published) state is real, wherever it is read — imported packages,
 * the roll-up, clearing secrecy, publishing: the current round has an approval record naming a history version,
 * that version is among `versions` as a signed-off version whose content has the approved fingerprint, and the
 * report's content still has it. The fingerprint is public and unkeyed, so `meta.status` and records alone prove
 * nothing; a report file edited by hand after sign-off, or a package whose records name no such version, is not
 * signed. `current` is the report's fingerprint where the caller has computed it already.
 */
export function isBackedSignOff(report: Report, versions: readonly SignedVersion[], current?: string): boolean {
  const approval = approvalRecord(report);
  if (!approval || approval.version === null) return false;
  const signed = versions.find((v) => v.number === approval.version);
  return (
    signed !== undefined &&
    signed.kind === 'signed-off' &&
    signed.fingerprint === approval.fingerprint &&
    // The report's own first: a caller that has its fingerprint already (`current`) hashes only the version's,
    // and not even that when the version holds the very same report (as it does until the next step).
    (current ?? fingerprint(report)) === approval.fingerprint &&
    (sameReport(signed.report, report) || fingerprint(signed.report) === approval.fingerprint)
  );
}

/** Two reports as one JSON text: the same content, so the same fingerprint (a tenth of computing one). */
const sameReport = (a: Report, b: Report): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The 签发人's name while the report is signed off or published; null otherwise. */
export const approver = (report: Pick<Report, 'meta' | 'signOff'>): string | null =>
  approvalRecord(report)?.name ?? null;

/** The publication attribute (主动公开 / 依申请公开 / 不予公开) set by this round's secrecy review, if any. */
export const publicationAttribute = (report: Pick<Report, 'signOff'>): PublicationAttribute | null =>
  lastOf(currentRound(report), 'clear-secrecy')?.attribute ?? null;

/** The fingerprint the approval must match: the last review's (or, without 核稿, the submitted one's). */
function approvalBasis(report: Report): SignOffRecord | undefined {
  const round = currentRound(report);
  return report.signOff.roles.review ? lastOf(round, 'review') : (lastOf(round, 'review') ?? lastOf(round, 'submit'));
}

/**
 * The one rule for whether a report's content may be signed off: refused (FINAL_HAS_ERRORS, with the count)
 * while validation finds any error, "not filled in" parts counting as errors. The approval step applies it;
 * the sign-off panel shows it before anyone asks; the services and the CLI reach it through the step.
 */
export function signOffRefusal(report: Report, options: Pick<ValidationOptions, 'today'> = {}): AppError | null {
  const count = errorCount(validateReport(report, { ...options, stage: 'review' }));
  return count > 0 ? new AppError('FINAL_HAS_ERRORS', { count }) : null;
}

/**
 * The step the report waits for, to be offered first: submit a draft; in review, 核稿 and 会签 where the office
 * uses them and they are not taken yet, then 签发; once signed off, the secrecy review, then publication unless
 * it was found not public. Null when the trail is complete (published, or signed off and not to be published).
 */
export function nextStep(report: Report): SignOffStep | null {
  const round = currentRound(report);
  switch (reportState(report)) {
    case 'draft':
      return 'submit';
    case 'in-review':
      if (report.signOff.roles.review && !lastOf(round, 'review')) return 'review';
      if (report.signOff.roles.countersign && !lastOf(round, 'countersign')) return 'countersign';
      return 'approve';
    case 'signed-off': {
      const attribute = publicationAttribute(report);
      if (!attribute) return 'clear-secrecy';
      return attribute === 'not-public' ? null : 'publish';
    }
    case 'published':
      return null;
  }
}

export interface StepRequest {
  step: SignOffStep;
  name: string;
  opinion?: string;
  attribute?: PublicationAttribute | null;
  /** ISO time of the step. */
  at: string;
  /** The office's date today, ISO: validation's, for the approval's precondition. */
  today: string;
  /** The number the history version made by this step will have (submit, approve). */
  nextVersion: number;
}

export interface StepOutcome {
  report: Report;
  record: SignOffRecord;
  /** A history version to write (its number is `record.version`), or null. */
  versionKind: 'submitted' | 'signed-off' | null;
}

/** Throws the refusal of a step the report is not ready for; returns nothing when it may be taken. */
export function checkStep(
  report: Report,
  request: Omit<StepRequest, 'at' | 'nextVersion'>,
  current = fingerprint(report),
): void {
  const state = reportState(report);
  const round = currentRound(report);
  if (!request.name.trim()) throw new AppError('SIGN_OFF_NAME_REQUIRED');
  switch (request.step) {
    case 'submit':
      if (state !== 'draft') throw new AppError('SIGN_OFF_ALREADY_SUBMITTED');
      return;
    case 'review':
    case 'countersign':
      if (state !== 'in-review') throw new AppError(isLocked(report) ? 'REPORT_SIGNED_OFF' : 'SIGN_OFF_NOT_SUBMITTED');
      return;
    case 'approve': {
      if (state !== 'in-review') throw new AppError(isLocked(report) ? 'REPORT_SIGNED_OFF' : 'SIGN_OFF_NOT_SUBMITTED');
      const refusal = signOffRefusal(report, { today: request.today });
      if (refusal) throw refusal;
      if (report.signOff.roles.review && !lastOf(round, 'review')) throw new AppError('SIGN_OFF_NEEDS_REVIEW');
      if (report.signOff.roles.countersign && !lastOf(round, 'countersign'))
        throw new AppError('SIGN_OFF_NEEDS_COUNTERSIGN');
      const basis = approvalBasis(report);
      if (basis && basis.fingerprint !== current) throw new AppError('SIGN_OFF_CHANGED_SINCE_REVIEW');
      return;
    }
    case 'clear-secrecy':
      if (!isLocked(report)) throw new AppError('SIGN_OFF_NOT_SIGNED');
      if (state === 'published') throw new AppError('SIGN_OFF_ALREADY_PUBLISHED');
      if (approvalRecord(report)?.fingerprint !== current) throw new AppError('SIGN_OFF_NOT_BACKED');
      if (!request.attribute) throw new AppError('SIGN_OFF_ATTRIBUTE_REQUIRED');
      return;
    case 'publish': {
      if (!isLocked(report)) throw new AppError('SIGN_OFF_NOT_SIGNED');
      if (state === 'published') throw new AppError('SIGN_OFF_ALREADY_PUBLISHED');
      if (approvalRecord(report)?.fingerprint !== current) throw new AppError('SIGN_OFF_NOT_BACKED');
      const attribute = publicationAttribute(report);
      if (!attribute) throw new AppError('SIGN_OFF_NEEDS_SECRECY');
      if (attribute === 'not-public') throw new AppError('SIGN_OFF_NOT_PUBLIC');
      return;
    }
    case 'reopen':
      if (state === 'draft') throw new AppError('SIGN_OFF_NOTHING_TO_REOPEN');
      return;
  }
}

const NEXT_STATE: Record<SignOffStep, ReportState | null> = {
  submit: 'in-review',
  review: null,
  countersign: null,
  approve: 'signed-off',
  'clear-secrecy': null,
  publish: 'published',
  reopen: 'draft',
};

/** Takes one step: the report with its new state and record, or the refusal (thrown as AppError). */
export function applyStep(report: Report, request: StepRequest): StepOutcome {
  const current = fingerprint(report);
  checkStep(report, request, current);
  const versionKind = STEP_VERSION_KIND[request.step] ?? null;
  const record: SignOffRecord = {
    step: request.step,
    name: request.name.trim(),
    at: request.at,
    opinion: request.opinion?.trim() ?? '',
    version: versionKind ? request.nextVersion : null,
    fingerprint: current,
    attribute: request.step === 'clear-secrecy' ? (request.attribute ?? null) : null,
  };
  const status = NEXT_STATE[request.step] ?? report.meta.status;
  return {
    report: {
      ...report,
      meta: { ...report.meta, status },
      signOff: { ...report.signOff, records: [...report.signOff.records, record] },
    },
    record,
    versionKind,
  };
}

export interface PrintStamp {
  reportId: string;
  fingerprint: string;
  /** The signed-off version this content is, or null for a draft. */
  version: number | null;
  signed: boolean;
}

/** What a printed copy carries to be verified later: the content's fingerprint, and the version if signed off. */
export function printStamp(report: Report): PrintStamp {
  const print = fingerprint(report);
  const approval = approvalRecord(report);
  const signed = approval !== undefined && approval.fingerprint === print;
  return { reportId: report.id, fingerprint: print, version: signed ? approval.version : null, signed };
}
