// Validation messages, one per finding code of core/validation.ts (core/finding-codes.ts: a code without its
// message, or a message without its code, does not compile). Params: chapter/section/item are 1-based numbers.
import type { FindingMessages, ValidationCode } from '../../finding-codes';

export default {
  ORGANISATION_MISSING: '请填写单位名称。',
  TITLE_MISSING: '报告标题为空。',
  YEAR_IN_FUTURE: '报告年度 {{year}} 年尚未开始或未结束，请检查年度。',
  YEAR_LONG_AGO: '报告年度 {{year}} 年距今较远，请确认年度是否正确。',
  SIGNATURE_UNIT_MISSING: '尚未填写落款单位。',
  DATE_MISSING: '尚未填写成文日期。',
  DATE_INVALID: '成文日期 {{date}} 不是有效日期。',
  DATE_BEFORE_YEAR: '成文日期 {{date}} 早于报告年度 {{year}} 年。',
  PREAMBLE_EMPTY: '开头段落（导语）为空，通常应简述指导思想和总体情况。',
  NO_CHAPTERS: '报告还没有任何部分。',
  CHAPTER_TITLE_EMPTY: '第{{chapter}}部分的标题为空。',
  CHAPTER_EMPTY: '第{{chapter}}部分“{{title}}”还没有内容。',
  SECTION_HEADING_EMPTY: '第{{chapter}}部分第{{section}}节的小标题为空。',
  SECTION_EMPTY: '第{{chapter}}部分第{{section}}节还没有正文。',
  ITEM_EMPTY: '第{{chapter}}部分的第{{item}}项为空。',
  SUBITEM_EMPTY: '第{{chapter}}部分第{{item}}项下的第{{subItem}}小项为空。',
  SHORTCOMINGS_WITHOUT_CAUSES: '“{{title}}”只列出了问题，规定要求同时分析原因。',
  REQUIREMENT_NOT_COVERED_measures: '报告缺少规定的必报内容：主要举措和成效。',
  REQUIREMENT_NOT_COVERED_shortcomings: '报告缺少规定的必报内容：存在的不足和原因。',
  'REQUIREMENT_NOT_COVERED_first-responsible':
    '报告缺少规定的必报内容：党政主要负责人履行推进法治建设第一责任人职责情况。',
  REQUIREMENT_NOT_COVERED_plans: '报告缺少规定的必报内容：下一年度主要安排。',
  INDICATOR_EMPTY: '指标“{{label}}”尚未填写（不适用时请勾选“不适用”）。',
  INDICATOR_NEGATIVE: '指标“{{label}}”不能为负数。',
  INDICATOR_NOT_INTEGER: '指标“{{label}}”应为整数。',
  INDICATOR_PERCENT_RANGE: '指标“{{label}}”是百分比，不能超过 100。',
  INDICATOR_WHOLE_MISSING: '指标“{{label}}”所属的总数指标已被删除，请重新选择或取消“其中”关系。',
  INDICATOR_PART_EXCEEDS_WHOLE: '指标“{{label}}”（{{value}}）不能大于“{{whole}}”（{{wholeValue}}）。',
  INDICATOR_TEXT_DIFFERS:
    '正文中“{{label}}”为 {{stated}}{{unit}}，指标填写的是 {{value}}{{unit}}，二者不一致；汇总将采用指标中的数值，请核对。',
  INLINE_LIST_NUMBERING: '这一段里的序号重复或跳号（{{numbers}}），请核对是否有内容重复或遗漏。',
} as const satisfies FindingMessages<ValidationCode>;
