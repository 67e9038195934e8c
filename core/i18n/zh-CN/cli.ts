// Messages of the `report-desk` command line (electron/cli/). Keys must match en/cli.ts.
export default {
  help: {
    main: `report-desk —— 法治政府建设年度报告助手（命令行）

用法：report-desk <命令> [参数] [选项]

命令：
  import <全文.txt> --out <报告.json>          把已有报告的纯文本导入为报告文件
  text <报告.json>                             输出报告的纯文本
  validate <报告.json> [--json]                检查报告，有错误时退出码为 1
  export <报告.json> --pdf <输出.pdf>          导出 PDF（也可 --data-dir 加 --id）
  list                                         列出数据文件夹中的报告
  show <编号>                                  输出一份报告（JSON）
  import-package <文件.rldpkg>                 把报告包导入数据文件夹
  export-package <编号> --out <文件.rldpkg>    把一份报告导出为报告包
  rollup <文件夹或文件…> --xlsx <汇总.xlsx>    汇总各部门的报告，生成 Excel 汇总表

通用选项：
  --data-dir <文件夹>   数据文件夹（默认：{{dataDir}}）
  --lang zh-CN|en       提示信息的语言（也可设环境变量 REPORT_DESK_LANG）
  --help                显示帮助；「report-desk <命令> --help」显示该命令的说明

退出码：0 成功；1 检查发现错误；2 用法错误或操作失败。`,
    import: `用法：report-desk import <全文.txt> --out <报告.json> [--organisation <单位>] [--year <年度>]

读取一份已有报告的纯文本（UTF-8、UTF-16 或 GBK/GB18030 编码），识别标题、主送机关、各级标题（一、（一）一是 1. （1）等）、落款和日期，
写成报告文件。原文的序号会按顺序重新生成。
  --out <报告.json>        输出的报告文件（必填）
  --organisation <单位>    单位名称（文中找不到时使用）
  --year <年度>            报告年度（文中找不到时使用）`,
    text: `用法：report-desk text <报告.json>

按打印顺序输出报告的纯文本（标题、主送机关、正文、落款）。`,
    validate: `用法：report-desk validate <报告.json> [--json] [--lang zh-CN|en]

检查报告：必备章节、空章节或空条目、指标规则、年度、标题和落款等。
  --json   以 JSON 输出全部问题
有错误（不只是警告）时退出码为 1。`,
    export: `用法：report-desk export <报告.json> --pdf <输出.pdf> [--draft] [--lang zh-CN|en]
      report-desk export --data-dir <文件夹> --id <编号> --pdf <输出.pdf> [--draft]

按公文格式导出 PDF。未定稿的报告总带「草稿」水印；--draft 让定稿报告也带水印。
  --pdf <输出.pdf>   输出文件（必填）
  --id <编号>        导出数据文件夹中的报告
  --lang             提示信息和 PDF 标签的语言`,
    list: `用法：report-desk list [--data-dir <文件夹>]

列出数据文件夹中的报告：编号、年度、状态、最后修改时间、标题（最近修改的在前）。
只读取，程序开着时也可运行。`,
    show: `用法：report-desk show <编号> [--data-dir <文件夹>]

以 JSON 输出数据文件夹中的一份报告。只读取，程序开着时也可运行。`,
    importPackage: `用法：report-desk import-package <文件.rldpkg> [--data-dir <文件夹>]

把报告包导入数据文件夹。编号已存在时使用新编号；无效或有害的文件会被拒绝，数据文件夹保持不变。`,
    exportPackage: `用法：report-desk export-package <编号> --out <文件.rldpkg> [--data-dir <文件夹>]

把数据文件夹中的一份报告导出为报告包（可在另一台电脑上导入）。`,
    rollup: `用法：report-desk rollup <文件夹或文件…> --xlsx <汇总.xlsx> [--expected <应报单位.txt>] [--year <年度>]

汇总各部门报送的报告包（.rldpkg）和报告文本（.txt，任意常见编码），按内容识别文件类型，文件夹中的子文件夹也会读取。
生成的汇总表有四张工作表：汇总（每个单位一行：状态、是否签发、必报内容、检查问题数、是否按期等）、指标（各单位指标及合计、
部分大于整体和未填的提示）、缺报（名单中没有报告的单位）、问题（无法汇总的文件及原因、重复报送未采用的报告）。
同一单位同一年度有多份报告时，采用已签发且较新的一份，其余列在“问题”中。汇总只读取文件，不改动任何数据文件夹。
  --xlsx <汇总.xlsx>          输出的汇总表（必填）
  --expected <应报单位.txt>   应报单位名单，每行一个单位（全角半角、空格不影响匹配）
  --year <年度>               只汇总该年度的报告，其他年度的列在“问题”中`,
  },
  usage: {
    unknownCommand: '未知命令「{{command}}」。运行 report-desk --help 查看可用命令。',
    noCommand: '缺少命令。运行 report-desk --help 查看可用命令。',
    unknownOption: '未知选项 {{option}}。运行 report-desk {{command}} --help 查看用法。',
    missingValue: '选项 {{option}} 后面缺少值。运行 report-desk {{command}} --help 查看用法。',
    missingOption: '缺少 {{option}}。运行 report-desk {{command}} --help 查看用法。',
    positionals: '参数个数不对。运行 report-desk {{command}} --help 查看用法。',
    badLanguage: '不支持的语言「{{value}}」，可用：zh-CN、en。',
    badYear: '年度「{{value}}」不是有效的年份。',
    exportSource: '请给出报告文件，或同时给出 --data-dir 和 --id。',
    packageGiven: '「{{file}}」是报告包，不是报告文件。请先用 report-desk import-package 导入数据文件夹。',
  },
  imported: '已导入「{{title}}」→ {{out}}',
  findings: {
    error: '错误',
    warning: '警告',
    line: '{{severity}} {{code}} [{{path}}] {{message}}',
    none: '没有发现问题。',
    summary: '共 {{errors}} 个错误，{{warnings}} 个警告。',
  },
  list: {
    empty: '数据文件夹中还没有报告：{{dir}}',
    draft: '草稿',
    final: '定稿',
    problem: '无法列出报告 {{id}}：{{message}}',
  },
  restored: '注意：{{message}}',
  packageImported: '已导入「{{title}}」，编号 {{id}}',
  packageExported: '已导出报告包 → {{out}}',
  pdfExported: '已导出 PDF → {{out}}（{{pages}} 页；字体：{{fonts}}）',
  missingCharacter: '警告：没有字体包含「{{char}}」（U+{{codePoint}}），位置 {{path}}',
} as const;
