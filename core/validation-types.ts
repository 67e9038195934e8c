// The shape of a validation finding: a stable code (core/finding-codes.ts), a severity, a path into the report
// and messages in both languages, made by `finding` below (validation.ts, yearly-checks.ts and public-copy.ts
// produce them; the wizard shows them at their field, the CLI prints them).
import { z } from 'zod';
import {
  FINDING_CODES,
  VALIDATION_CODES,
  type FindingCode,
  type FindingVariant,
  type ValidationCode,
} from './finding-codes';
import { bilingual } from './i18n';

export const findingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['error', 'warning']),
  path: z.array(z.union([z.string(), z.number()])),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type Finding = z.infer<typeof findingSchema>;

type Params = Finding['params'];

/**
 * A finding of `code`, with its message in both languages from the code's own key (`validation:CODE`, or
 * `yearly:checks.CODE` for a year-over-year check); `context` picks the variant of a code that has them.
 */
export function finding<C extends FindingCode>(
  code: C,
  severity: Finding['severity'],
  path: Finding['path'],
  params: Params = {},
  context?: FindingVariant<C>,
): Finding {
  const key = isValidationCode(code) ? `validation:${code}` : `yearly:checks.${code}`;
  return { code, severity, path, params, message: bilingual(key, { ...params, context }) };
}

const isValidationCode = (code: FindingCode): code is ValidationCode =>
  (VALIDATION_CODES as readonly FindingCode[]).includes(code);
