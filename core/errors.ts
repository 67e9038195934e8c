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

export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return { code: err.code, params: err.params };
  return { code: 'INTERNAL', params: { detail: err instanceof Error ? err.message : String(err) } };
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorPayload).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as ErrorPayload).code)
  );
}
