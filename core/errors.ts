// Typed errors with stable codes. The message shown to a user comes from the i18n resources
// (namespace `errors`, key = code), interpolated with `params`; never a stack trace.
import { pathKey } from './doc-path';

export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'REPORT_INVALID',
  'REPORT_CORRUPT_RESTORED',
  'REPORT_CORRUPT_UNRECOVERABLE',
  'SCHEMA_TOO_NEW',
  'DATA_FOLDER_LOCKED',
  'WRITE_FAILED',
  'DISK_FULL',
  'FILE_BUSY',
  'LOCK_LOST',
  'REPORT_FILE_MISSING',
  'REPORT_STRAY_COPY',
  'PACKAGE_ALREADY_IMPORTED',
  'PACKAGE_NOT_JSON',
  'PACKAGE_TOO_LARGE',
  'PACKAGE_TOO_DEEP',
  'PACKAGE_FOREIGN',
  'PACKAGE_UNSAFE_KEYS',
  'PACKAGE_INVALID',
  'OUTLINE_EMPTY',
  'FILE_READ_FAILED',
  'FILE_ENCODING',
  'OUTLINE_TOO_LARGE',
  'TEMPLATE_UNKNOWN',
  'INDICATOR_PRESET_UNKNOWN',
  'FINAL_HAS_ERRORS',
  'EXPORT_FAILED',
  'EXPORT_CANCELLED',
  'FONT_MISSING',
  'REPORT_SIGNED_OFF',
  'SIGN_OFF_NAME_REQUIRED',
  'SIGN_OFF_ALREADY_SUBMITTED',
  'SIGN_OFF_NOT_SUBMITTED',
  'SIGN_OFF_NEEDS_REVIEW',
  'SIGN_OFF_NEEDS_COUNTERSIGN',
  'SIGN_OFF_CHANGED_SINCE_REVIEW',
  'SIGN_OFF_NOT_SIGNED',
  'SIGN_OFF_ALREADY_PUBLISHED',
  'SIGN_OFF_ATTRIBUTE_REQUIRED',
  'SIGN_OFF_NEEDS_SECRECY',
  'SIGN_OFF_NOT_PUBLIC',
  'SIGN_OFF_NOTHING_TO_REOPEN',
  'SIGN_OFF_NOT_BACKED',
  'VERSION_NOT_FOUND',
  'VERSION_DAMAGED',
  'VERSION_LIMIT',
  'PACKAGE_HISTORY_CONFLICT',
  'REVISION_EXPIRED',
  'REVISION_CONFLICTS',
  'VERIFY_NOT_PDF',
  'VERIFY_TOO_LARGE',
  'VERIFY_NO_FINGERPRINT',
  'VERIFY_UNREADABLE',
  'VERIFY_TOO_COMPLEX',
  'DOCX_EXPORT_FAILED',
  'IMPORT_NOT_A_DOCUMENT',
  'IMPORT_ENCRYPTED',
  'IMPORT_DAMAGED',
  'IMPORT_LIMIT',
  'IMPORT_AUTO_NUMBERING',
  'IMPORT_NOT_A_REPORT_TEXT',
  'INPUT_NOT_A_REPORT_FILE',
  'INPUT_NOT_A_PACKAGE',
  'IMPORT_CONFIRM_EXPIRED',
  'ROLLUP_NOT_A_FILE',
  'ROLLUP_TOO_DEEP',
  'ROLLUP_LINK_OUTSIDE',
  'ROLLUP_FORMAT_UNSUPPORTED',
  'ROLLUP_NOT_A_REPORT',
  'ROLLUP_NOTHING_FOUND',
  'ROLLUP_EXPIRED',
  'INTERNAL',
  'DRAFT_NO_REPORTS',
  'FILE_NOT_FOUND',
  'FILE_IS_FOLDER',
  'FILE_NOT_REGULAR',
  'FILE_PATH_NOT_FOLDER',
  'FILE_ACCESS_DENIED',
  'FILE_IN_USE',
  'FILE_DISK_FULL',
  'FILE_NOT_WRITABLE',
  'FILE_PATH_TOO_LONG',
  'FILE_PLACE_UNREACHABLE',
  'FILE_WRITE_FAILED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`, options);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

/** The serialisable form that crosses IPC / HTTP. */
export interface ErrorPayload {
  code: ErrorCode;
  params: ErrorParams;
}

/**
 * What kind of problem a schema check found, as a key of `errors:issue.*`: zod words its messages in English
 * only, so they never reach a user; the kind is translated instead, the path kept as the place.
 */
export const ISSUE_KINDS = [
  'type',
  'tooSmall',
  'tooBig',
  'value',
  'unknownKeys',
  'notJson',
  'notObject',
  'version',
] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

const ZOD_ISSUE_KINDS: Record<string, IssueKind> = {
  invalid_type: 'type',
  too_small: 'tooSmall',
  too_big: 'tooBig',
  unrecognized_keys: 'unknownKeys',
};

/** A schema check's first problem as error params: `path` (dotted, "—" for the whole) and `issue` (an IssueKind). */
export function schemaIssueParams(error: { issues: readonly { code?: string; path: readonly PropertyKey[] }[] }): {
  path: string;
  issue: IssueKind;
} {
  const first = error.issues[0];
  return { path: wherePath(first?.path ?? []), issue: ZOD_ISSUE_KINDS[first?.code ?? ''] ?? 'value' };
}

export const wherePath = (parts: readonly PropertyKey[]): string => pathKey(parts) || '—';

/** An error's short, stack-free description: a system error's code (ENOSPC, EACCES), otherwise its message. */
export function errorDetail(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}

/**
 * `err` itself when it is an AppError already, otherwise `code`, whose sentence says what happened and what to do;
 * the error itself (a library's English message, a system code) is only its cause, for the log.
 */
export function asAppError(err: unknown, code: ErrorCode): AppError {
  return err instanceof AppError ? err : new AppError(code, {}, { cause: err });
}

/**
 * For the log, never for a user: the error and the errors under it (its causes), an AppError as its code and
 * params, any other error as its stack (its name and message where it has none).
 */
export function technicalDetail(err: unknown): string {
  const links: string[] = [];
  for (let at = err, depth = 0; at !== undefined && depth < 8; at = (at as { cause?: unknown }).cause, depth++) {
    if (at instanceof AppError) links.push(at.message);
    else if (at instanceof Error) links.push(at.stack ?? `${at.name}: ${at.message}`);
    else links.push(String(at));
    if (typeof at !== 'object' || at === null) break;
  }
  return links.join(' ← ');
}

function isSchemaError(err: unknown): err is { issues: { code?: string; path: PropertyKey[] }[] } {
  return err instanceof Error && err.name === 'ZodError' && Array.isArray((err as { issues?: unknown }).issues);
}

export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return { code: err.code, params: err.params };
  // A ZodError's message is English JSON listing the input: only its first problem's place and kind go out.
  if (isSchemaError(err)) return { code: 'INVALID_ARGUMENT', params: schemaIssueParams(err) };
  return { code: 'INTERNAL', params: { detail: errorDetail(err) } };
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorPayload).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as ErrorPayload).code)
  );
}
