// The district's draft report made from a roll-up (core/district-draft.ts, `report-desk rollup --draft`, the 汇总
// page's button). `report.*` print in the draft itself. Keys must match en/district-draft.ts.
export default {
  report: {
    preamble: '现将{{year}}年度法治政府建设情况报告如下（据{{count}}个部门报送的年度报告汇总起草）：',
    attributed: '{{unit}}：{{text}}',
    otherMeasures: '其他工作。',
    totals: '据{{count}}个部门报告汇总：{{figures}}。',
    figure: '{{label}}{{value}}{{unit}}（{{total}}个单位中{{count}}个单位报送）',
    figureBlank: '{{label}}（{{total}}个单位均未报送）',
    separator: '；',
  },
  page: {
    open: '起草本级报告…',
    heading: '由汇总起草本级报告',
    intro:
      '以本次汇总采用的各部门报告为素材，新建一份本级年度报告草稿：合计类指标加总并注明报送单位数，各部门举措、不足和下一年度安排按主题摘录并注明单位。草稿建好后在向导中打开。',
    unit: '本级单位名称',
    year: '报告年度',
    create: '起草并打开',
    cancel: '取消',
    creating: '正在起草…',
  },
  cli: {
    created: '已在数据目录中起草本级报告：{{title}}（编号 {{id}}）',
  },
} as const;
