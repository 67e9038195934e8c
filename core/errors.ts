// Typed errors with stable codes. The message shown to a user comes from the i18n resources
// (namespace `errors`, key = code), interpolated with `params`; never a stack trace.
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'REPORT_INVALID',
  'REPORT_CORRUPT_RESTORED',
  'REPORT_CORRUPT_UNRECOVERABLE',
  'SCHEMA_TOO_NEW',
  'DATA_FOLDER_LOCKED',
  'WRITE_FAILED',
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
  'FINAL_HAS_ERRORS',
  'EXPORT_FAILED',
  'EXPORT_CANCELLED',
  'FONT_MISSING',
  'ROLLUP_NOT_A_FILE',
  'ROLLUP_FORMAT_UNSUPPORTED',
  'ROLLUP_WORD_FILE',
  'ROLLUP_NOT_A_REPORT',
  'ROLLUP_NOTHING_FOUND',
  'ROLLUP_EXPIRED',
  'INTERNAL',
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

export const wherePath = (parts: readonly PropertyKey[]): string => parts.map(String).join('.') || '—';

/** An error's short, stack-free description: a system error's code (ENOSPC, EACCES), otherwise its message. */
export function errorDetail(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
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
