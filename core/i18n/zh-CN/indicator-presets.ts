// The indicators step's and the create form's words for indicator presets and values the text does not settle.
export default {
  set: '指标套组',
  setHint: '按单位类型预置的常用指标，选后仍可增删改；默认按单位名称建议。',
  suggested: '{{name}}（建议）',
  addSet: '添加此套组的指标',
  added_other: '已添加 {{count}} 项指标。',
  addedNone: '此套组的指标都已在列表中。',
  unsureCount_other: '有 {{count}} 项数值正文中说法不明确，未填入，请核对后填写。',
  unsure: '正文中此项可能是 {{candidates}}，不能确定，未填入：{{sentence}}',
  or: '或',
  automatic: '按单位名称建议',
  unsureLine: '指标“{{label}}”未填入：正文中可能是 {{candidates}}，不能确定，请在“主要数据”一步核对后填写。',
};
