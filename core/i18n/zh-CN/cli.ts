// Messages of the `report-desk` command line (electron/cli/). Keys must match en/cli.ts.
export default {
  help: {
    main: `report-desk —— 法治政府建设年度报告助手（命令行）

用法：report-desk <命令> [参数] [选项]

命令：
  import <原文> --out <报告.json>             把已有报告（.docx、.doc、.wps 或纯文本）导入为报告文件
  text <报告.json>                             输出报告的纯文本
  validate <报告.json> [--json]                检查报告，有错误时退出码为 1
  export <报告.json> --pdf <输出.pdf>          导出 PDF 或 Word（--docx；也可 --data-dir 加 --id）
  list                                         列出数据文件夹中的报告
  next-year <编号>                             根据数据文件夹中的报告开始下一年度的报告
  show <编号>                                  输出一份报告（JSON）
  import-package <文件.rldpkg>                 把报告包导入数据文件夹
  export-package <编号> --out <文件.rldpkg>    把一份报告导出为报告包
  import <全文.txt> --into <编号>              把修改稿导入为该报告的新草稿版本（显示差异）
  diff <编号> <版本A> <版本B>                  比较两个版本（版本号或 current）
  versions <编号>                              列出报告的版本
  sign-off <编号> --step <环节> --name <姓名>  送审、核稿、会签、签发、保密审查、公开、重新打开
  slip <编号> --pdf <稿纸.pdf>                 导出发文稿纸（审批单）
  verify <文件.pdf>                            核对 PDF 是哪一版、是否为签发稿、导出后是否被改动
  rollup <文件夹或文件…> --xlsx <汇总.xlsx>    汇总各部门的报告，生成 Excel 汇总表

通用选项：
  --data-dir <文件夹>   数据文件夹（默认：{{dataDir}}）
  --lang zh-CN|en       提示信息的语言（也可设环境变量 REPORT_DESK_LANG）
  --force               覆盖已存在的输出文件（不加则拒绝覆盖）
  --help                显示帮助；「report-desk <命令> --help」显示该命令的说明

退出码：0 成功；1 检查发现错误；2 用法错误或操作失败。`,
    import: `用法：report-desk import <原文> --out <报告.json> [--organisation <单位>] [--year <年度>] [--indicators <套组>]
      report-desk import <原文> [--data-dir <文件夹>]              导入数据文件夹，输出新报告的编号
      report-desk import <修改稿> --into <编号> --name <姓名> [--take theirs|ours] [--take-metadata] [--take-indicators] [--data-dir <文件夹>]  与草稿合并为新草稿版本

读取一份已有报告：Word 文档（.docx、.doc）、WPS 文档（.wps）或纯文本（UTF-8、UTF-16 或 GBK/GB18030 编码），按文件内容识别格式；
识别标题、主送机关、各级标题（一、（一）一是 1. （1）等，包括 Word 自动编号和标题样式）、落款和日期，写成报告文件。
原文的序号会按顺序重新生成。表格、图片、批注、修订等未导入的内容会逐条说明。
  --out <报告.json>        输出的报告文件（不给时导入数据文件夹）
  --into <编号>            把修改稿（如领导改过的稿子）读入这份报告：保留基本信息、指标和审批记录，
                           先显示与送出版本的差异；已签发的报告须先重新打开
  --take theirs|ours       修改稿与送出后的草稿改动冲突时，一律采用修改稿（theirs）或草稿（ours）
  --take-metadata          与 --into 同用：采用修改稿中不同的标题、主送机关、落款单位和成文日期（不加时只列出）
  --take-indicators        与 --into 同用：正文数字与指标不一致时，指标采用正文数值（不加时只列出）；
                           修改稿中的批注作为审阅意见记入新版本
  --name <姓名>            与 --into 同用：接受修改稿的人（记入该版本）
  --organisation <单位>    单位名称（文中找不到时使用）
  --year <年度>            报告年度（文中找不到时使用）
  --indicators <套组>      指标套组：general、statistics、justice、market-regulation、township（默认按单位名称建议）
  --anyway                 文中没有章节标题（不像一份报告）时仍然导入；不加时拒绝并说明缺少什么`,
    text: `用法：report-desk text <报告.json>

按打印顺序输出报告的纯文本（标题、主送机关、正文、落款）。`,
    validate: `用法：report-desk validate <报告.json> [--json] [--lang zh-CN|en]

检查报告：必备章节、空章节或空条目、指标规则、年度、标题和落款等。
  --json   以 JSON 输出全部问题
有错误（不只是警告）时退出码为 1。`,
    export: `用法：report-desk export <报告.json|编号> --pdf <输出.pdf> | --docx <输出.docx> [--public] [--draft] [--lang zh-CN|en]
      report-desk export <报告.json|编号> --html <输出.html>
      report-desk export --data-dir <文件夹> --id <编号> --pdf <输出.pdf> | --docx <输出.docx> [--draft]

按公文格式导出 PDF 或可编辑的 Word 文件（两者可同时导出）。未签发的报告总带「草稿」字样；--draft 让已签发的报告也带。
  --pdf <输出.pdf>     PDF 输出文件
  --docx <输出.docx>   Word 输出文件（公文模板：A4、22 行 × 28 字、页码「— n —」）
  --html <输出.html>   输出公开版网页（不含主送机关、人员姓名和标为内部的内容）
  --public             输出公开版 PDF 或 Word 文件
  --id <编号>          导出数据文件夹中的报告（也可直接把编号写在文件的位置）
  --lang               提示信息的语言（文档用报告本身的语言）`,
    list: `用法：report-desk list [--data-dir <文件夹>]

列出数据文件夹中的报告：编号、年度、状态、下一个报送期限、最后修改时间、标题（最近修改的在前）。
只读取，程序开着时也可运行。`,
    show: `用法：report-desk show <编号> [--json] [--data-dir <文件夹>]

显示数据文件夹中的一份报告：编号、单位、年度、状态，报告全文（标题、各章及编号的条目、落款）和主要数据。
只读取，程序开着时也可运行。
  --json                   输出存储的原始格式（JSON）`,
    importPackage: `用法：report-desk import-package <文件.rldpkg> [--on-duplicate replace|keep-both] [--data-dir <文件夹>]

把报告包导入数据文件夹。无效或有害的文件会被拒绝，数据文件夹保持不变。
报告已在数据文件夹中时只提示、不导入；--on-duplicate replace 用报告包的内容替换它（原来的内容留在备份中），
--on-duplicate keep-both 以新编号导入，两份都保留。`,
    nextYear: `用法：report-desk next-year <编号> [--data-dir <文件夹>]

根据数据文件夹中的一份报告开始下一年度的报告：年度加一，标题和各部分标题中的年份顺延，清除成文日期和签批信息，
保留去年的正文作为初稿（用 validate 查找仍需修改的年份），保留去年的指标数值供对照，把去年的工作安排列为核对清单，
并关联到去年的报告。`,
    exportPackage: `用法：report-desk export-package <编号> --out <文件.rldpkg> [--data-dir <文件夹>]

把数据文件夹中的一份报告导出为报告包（可在另一台电脑上导入）。`,
    diff: `用法：report-desk diff <编号> <版本A> <版本B> [--data-dir <文件夹>]

按章节输出两个版本之间改动的段落：[-删除的文字-]{+增加的文字+}。版本写版本号，或 current 表示当前稿。`,
    versions: `用法：report-desk versions <编号> [--data-dir <文件夹>]

列出报告的版本：版本号、时间、状态、类型、办理人、说明。损坏的历史文件会单独列出。`,
    signOff: `用法：report-desk sign-off <编号> --step <环节> --name <姓名> [--opinion <意见>] [--attribute public|on-request|not-public] [--data-dir <文件夹>]

办理一个审批环节并记录办理人、时间和意见：
  submit          送审（拟稿人），保存送审版本
  review          核稿（核稿人）
  countersign     会签
  approve         签发（签发人），报告有错误或核稿后又改动过时拒绝；保存签发版本
  clear-secrecy   保密审查（保密审查人），须给出 --attribute（主动公开 public、依申请公开 on-request、不予公开 not-public）
  publish         公开，须先完成保密审查
  reopen          重新打开已签发的报告，原签发记录保留
顺序不对的环节会被拒绝并说明原因。`,
    slip: `用法：report-desk slip <编号> --pdf <稿纸.pdf> [--data-dir <文件夹>]

导出一页 A4 的发文稿纸：标题、单位、年度、版本、页数、办理记录、公开属性、指纹及其二维码，以及手写签名栏。`,
    verify: `用法：report-desk verify <文件.pdf> [--data-dir <文件夹>]

读取 PDF 中的指纹，找到对应的报告和版本，说明它是签发稿、较早的版本还是未知；并把 PDF 的文字与该版本比较。
退出码：0 为签发稿且文字一致；1 为其他版本、未知或文字有改动；2 为文件无法核对。`,
    rollup: `用法：report-desk rollup <文件夹或文件…> --xlsx <汇总.xlsx> [--expected <应报单位.txt>] [--year <年度>]

汇总各部门报送的报告包（.rldpkg）、Word 和 WPS 文档（.docx、.doc、.wps）和报告文本（.txt，任意常见编码），按内容识别文件类型，文件夹中的子文件夹也会读取。
生成的汇总表有四张工作表：汇总（每个单位一行：状态、是否签发、必报内容、检查问题数、是否按期等）、指标（各单位指标及合计、
部分大于整体和未填的提示）、缺报（名单中没有报告的单位）、问题（无法汇总的文件及原因、重复报送未采用的报告）。
同一单位同一年度有多份报告时，采用已签发且较新的一份，其余列在“问题”中。汇总只读取文件，不改动任何数据文件夹。
  --xlsx <汇总.xlsx>          输出的汇总表（必填）
  --expected <应报单位.txt>   应报单位名单，每行一个单位（全角半角、空格不影响匹配）
  --year <年度>               只汇总该年度的报告，其他年度的列在“问题”中
  --draft <本级单位>          另以所采用的报告起草本级单位的年度报告，存入数据文件夹（年度同 --year，未给则为最近年度）
  --data-dir <文件夹>         --draft 存入的数据文件夹（默认为程序自己的）
  --summary-pdf <摘要.pdf>    一页的图表摘要（报送情况、各项指标，供开会用）；不给时写在汇总表旁：「汇总表名（图表摘要）.pdf」`,
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
    badOnDuplicate: '--on-duplicate 只能是 replace 或 keep-both，不能是「{{value}}」。',
    badVersion: '版本「{{value}}」无效：请写版本号（1、2、…）或 current。',
    badStep: '未知的环节「{{value}}」，可用：submit、review、countersign、approve、clear-secrecy、publish、reopen。',
    badAttribute: '未知的公开属性「{{value}}」，可用：public、on-request、not-public。',
    badTake: '--take 只能是 theirs 或 ours，不能是「{{value}}」。',
    revisionConflicts:
      '有 {{count}} 处冲突尚未决定，未导入：请加上 --take theirs（采用修改稿）或 --take ours（保留草稿）。',
    intoNeedsName: 'import --into 须同时给出 --name <姓名>：接受修改稿的人，记入该版本。',
    outputExists: '「{{file}}」已存在；要覆盖它，请加上 --force 重新运行。',
  },
  duplicateHint: '要替换它，请加上 --on-duplicate replace；要两份都保留，请加上 --on-duplicate keep-both。',
  duplicateSignedHint: '要两份都保留，请加上 --on-duplicate keep-both。',
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
    problem: '无法列出报告 {{id}}：{{message}}',
    restored: '报告 {{id}}：{{message}}请在程序中打开它并确认。',
  },
  restored: '注意：{{message}}',
  show: {
    id: '编号：{{id}}',
    unit: '单位：{{unit}}',
    year: '年度：{{year}}',
    status: '状态：{{status}}',
    updated: '更新：{{at}}',
    indicators: '主要数据：',
    indicator: '  {{label}}：{{value}}',
    notFilled: '未填写',
    notApplicable: '不适用',
    noIndicators: '主要数据：无',
  },
  packageImported: '已导入「{{title}}」，编号 {{id}}',
  packageExported: '已导出报告包 → {{out}}',
  docxExported: '已导出 Word 文件 → {{out}}（{{paragraphs}} 段）',
  notice: '注意：{{message}}',
  pdfExported: '已导出 PDF → {{out}}（{{pages}} 页；字体：{{fonts}}）',
  bundledFont: '{{family}}（程序自带）',
  listSeparator: '、',
  missingCharacter: '警告：没有字体包含「{{char}}」（U+{{codePoint}}），位置 {{path}}',
} as const;
