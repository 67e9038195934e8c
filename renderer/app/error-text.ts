// Any failure shown to the user as its translated message: AppError codes through the `errors` namespace,
// never a stack trace.
import type { TFunction } from 'i18next';
import { AppError, ERROR_CODES, isErrorPayload, type ErrorCode } from '../../core/errors';

export function errorText(t: TFunction<'errors'>, err: unknown): string {
  if (err instanceof AppError || isErrorPayload(err)) {
    const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(err.code) ? err.code : 'INTERNAL';
    return translate(t, code, { detail: '', ...err.params });
  }
  return translate(t, 'INTERNAL', { detail: err instanceof Error ? err.message : String(err) });
}

/** Error messages take different parameters per code; the code is only known at run time. */
const translate = (t: TFunction<'errors'>, code: ErrorCode, params: Record<string, string | number>): string =>
  (t as unknown as (key: string, params: object) => string)(code, params);
