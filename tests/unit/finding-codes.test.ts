// Finding codes are a typed list tied to their messages (core/finding-codes.ts), as error codes are: a code
// without its message, a message without its code or a variant a code does not have is a type error (each
// expected type error below fails `tsc` when it is not one), and a finding with a code off the list is
// refused where findings cross from the main process.
import { describe, expect, it } from 'vitest';
import {
  FINDING_CODES,
  FINDING_VARIANTS,
  VALIDATION_CODES,
  type FindingMessages,
  type ValidationCode,
  type YearlyCheckCode,
} from '../../core/finding-codes';
import { resources } from '../../core/i18n';
import { findingSchema, finding } from '../../core/validation-types';

const zh = resources['zh-CN'].validation;
const { ORGANISATION_MISSING: dropped, ...oneMissing } = zh;

describe('finding codes', () => {
  it('are tied to their messages at compile time', () => {
    // @ts-expect-error ORGANISATION_MISSING has no message
    expect(oneMissing satisfies FindingMessages<ValidationCode>).not.toHaveProperty('ORGANISATION_MISSING');
    // @ts-expect-error NOT_A_CODE is no finding code
    expect({ ...zh, NOT_A_CODE: '…' } satisfies FindingMessages<ValidationCode>).toHaveProperty('NOT_A_CODE');
    // @ts-expect-error 其他 (other) is not a required content item, so it has no message of its own
    expect({ ...zh, REQUIREMENT_NOT_COVERED_other: '…' } satisfies FindingMessages<ValidationCode>).toBeDefined();
    // @ts-expect-error the yearly checks' messages are not validation's
    expect(resources.en.yearly.checks satisfies FindingMessages<ValidationCode>).toBeDefined();
    expect(resources.en.yearly.checks satisfies FindingMessages<YearlyCheckCode>).toBeDefined();
    expect(dropped).toBe('请填写单位名称。');
  });

  it('have a message for every code and variant in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const)
      for (const code of FINDING_CODES) {
        const variants: readonly string[] = (FINDING_VARIANTS as Record<string, readonly string[]>)[code] ?? [''];
        for (const variant of variants) {
          const message = finding(code, 'warning', [], {}, variant as never).message[language];
          expect(message, `${language}: ${code} ${variant}`).not.toMatch(/^(validation|yearly):|checks\./);
        }
      }
    expect(VALIDATION_CODES).toContain('INDICATOR_WHOLE_MISSING');
  });

  it('refuse a finding whose code is off the list where findings cross to the window', () => {
    const made = finding('TITLE_MISSING', 'error', ['meta', 'title']);
    expect(findingSchema.safeParse(made).success).toBe(true);
    expect(findingSchema.safeParse({ ...made, code: 'TITLE_GONE' }).success).toBe(false);
  });
});
