// Validation finding codes, a typed list like the error codes (core/errors.ts). A code's message is in the
// `validation` namespace (core/validation.ts's checks) or under `yearly:checks` (year over year); a code
// with variants has one message per variant (an i18next context: which requirement is missing, how a figure
// moved). The zh-CN messages are typed against this list and the English ones against the zh-CN keys, so a
// code without its message, or a message without its code, does not compile.

/** Findings that only say a part is not written yet: errors at review, "not filled in" while writing. */
export const NOT_FILLED_IN_CODES = [
  'CHAPTER_TITLE_EMPTY',
  'CHAPTER_EMPTY',
  'SECTION_HEADING_EMPTY',
  'SECTION_EMPTY',
  'ITEM_EMPTY',
  'SUBITEM_EMPTY',
] as const;

export const VALIDATION_CODES = [
  'ORGANISATION_MISSING',
  'TITLE_MISSING',
  'YEAR_IN_FUTURE',
  'YEAR_LONG_AGO',
  'SIGNATURE_UNIT_MISSING',
  'DATE_MISSING',
  'DATE_INVALID',
  'DATE_BEFORE_YEAR',
  'PREAMBLE_EMPTY',
  'NO_CHAPTERS',
  ...NOT_FILLED_IN_CODES,
  'SHORTCOMINGS_WITHOUT_CAUSES',
  'REQUIREMENT_NOT_COVERED',
  'INDICATOR_EMPTY',
  'INDICATOR_NEGATIVE',
  'INDICATOR_NOT_INTEGER',
  'INDICATOR_PERCENT_RANGE',
  'INDICATOR_WHOLE_MISSING',
  'INDICATOR_PART_EXCEEDS_WHOLE',
  'INDICATOR_TEXT_DIFFERS',
  'INLINE_LIST_NUMBERING',
] as const;

/** Year-over-year checks (core/yearly-checks.ts) and the public copy's warning (core/public-copy.ts). */
export const YEARLY_CHECK_CODES = [
  'STALE_YEAR',
  'INDICATOR_JUMP',
  'PLAN_NOT_ADDRESSED',
  'PUBLIC_NO_SECRECY_REVIEW',
] as const;

export const FINDING_CODES = [...VALIDATION_CODES, ...YEARLY_CHECK_CODES] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];
export type YearlyCheckCode = (typeof YEARLY_CHECK_CODES)[number];
export type FindingCode = (typeof FINDING_CODES)[number];

/** The codes whose message comes in variants, and the variants. */
export const FINDING_VARIANTS = {
  /** The four content items the regulation requires (the fifth, 其他, is optional). */
  REQUIREMENT_NOT_COVERED: ['measures', 'shortcomings', 'first-responsible', 'plans'],
  INDICATOR_JUMP: ['up', 'down', 'zero', 'fromZero', 'points'],
  PLAN_NOT_ADDRESSED: ['status', 'link'],
} as const satisfies Partial<Record<FindingCode, readonly string[]>>;

type Variants = typeof FINDING_VARIANTS;
/** The variant a finding of code C names: one of its variants, or none for a code without. */
export type FindingVariant<C extends FindingCode> = C extends keyof Variants ? Variants[C][number] : never;

/** The message keys of a list of codes: the code, or code_variant for each variant of a code that has them. */
type MessageKey<C extends FindingCode> = C extends keyof Variants ? `${C}_${Variants[C][number]}` : C;

/** The messages of a list of codes: exactly one per key. */
export type FindingMessages<C extends FindingCode> = { readonly [K in MessageKey<C>]: string };
