import type { Messages } from '../types';
import type zh from '../zh-CN/validation';

export default {
  ORGANISATION_MISSING: 'Enter the name of the organisation.',
  TITLE_MISSING: 'The report title is empty.',
  YEAR_IN_FUTURE: 'The report year {{year}} has not ended yet. Check the year.',
  YEAR_LONG_AGO: 'The report year {{year}} is long ago. Check that it is right.',
  SIGNATURE_UNIT_MISSING: 'The signing unit is not filled in.',
  DATE_MISSING: 'The date of the document is not filled in.',
  DATE_INVALID: 'The date {{date}} is not a valid date.',
  DATE_BEFORE_YEAR: 'The date {{date}} is before the report year {{year}}.',
  PREAMBLE_EMPTY: 'The opening paragraph is empty; it usually states the guiding principles and the overall picture.',
  NO_CHAPTERS: 'The report has no parts yet.',
  CHAPTER_TITLE_EMPTY: 'Part {{chapter}} has no title.',
  CHAPTER_EMPTY: 'Part {{chapter}} "{{title}}" has no content yet.',
  SECTION_HEADING_EMPTY: 'Section {{section}} of part {{chapter}} has no heading.',
  SECTION_EMPTY: 'Section {{section}} of part {{chapter}} has no text yet.',
  ITEM_EMPTY: 'Item {{item}} of part {{chapter}} is empty.',
  SUBITEM_EMPTY: 'Sub-item {{subItem}} of item {{item}} in part {{chapter}} is empty.',
  SHORTCOMINGS_WITHOUT_CAUSES: '"{{title}}" lists problems only; the regulations also ask for their causes.',
  REQUIREMENT_NOT_COVERED_measures: 'A required item is missing: the main measures and results.',
  REQUIREMENT_NOT_COVERED_shortcomings: 'A required item is missing: the shortcomings and their causes.',
  'REQUIREMENT_NOT_COVERED_first-responsible':
    'A required item is missing: how the principal leaders performed their first-responsible-person duty.',
  REQUIREMENT_NOT_COVERED_plans: 'A required item is missing: the main plans for next year.',
  INDICATOR_EMPTY: 'Indicator "{{label}}" is not filled in (tick "not applicable" if it does not apply).',
  INDICATOR_NEGATIVE: 'Indicator "{{label}}" cannot be negative.',
  INDICATOR_NOT_INTEGER: 'Indicator "{{label}}" must be a whole number.',
  INDICATOR_PERCENT_RANGE: 'Indicator "{{label}}" is a percentage and cannot exceed 100.',
  INDICATOR_WHOLE_MISSING:
    'The total that indicator "{{label}}" is part of was removed. Choose another or clear the link.',
  INDICATOR_PART_EXCEEDS_WHOLE:
    'Indicator "{{label}}" ({{value}}) cannot be greater than "{{whole}}" ({{wholeValue}}).',
  INDICATOR_TEXT_DIFFERS:
    'The text gives "{{label}}" as {{stated}} {{unit}}, but the indicator says {{value}} {{unit}}; the roll-up reports the indicator\'s value. Please check which is right.',
  INLINE_LIST_NUMBERING:
    'A list in this paragraph repeats or skips a number ({{numbers}}): check that nothing is repeated or missing.',
} satisfies Messages<typeof zh>;
