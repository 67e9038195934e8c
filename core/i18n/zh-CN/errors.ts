// Messages for core/errors.ts codes. Keys must match en/errors.ts (tests/unit/i18n.test.ts checks).
export default {
  INVALID_ARGUMENT: '输入不正确（{{path}}）：$t(errors:issue.{{issue}})。',
  NOT_FOUND: '找不到该报告（{{id}}），它可能已被删除。',
  REPORT_INVALID: '报告内容不符合格式要求（{{path}}）：$t(errors:issue.{{issue}})。',
  REPORT_CORRUPT_RESTORED: '报告文件已损坏，已从 {{backup}} 的备份恢复。',
  REPORT_CORRUPT_UNRECOVERABLE: '报告文件已损坏，且没有可用的备份：{{id}}',
  SCHEMA_TOO_NEW: '该文件由更新版本的程序创建（格式版本 {{version}}），请先升级本程序。',
  DATA_FOLDER_LOCKED:
    '数据文件夹正被另一个正在运行的报告助手使用（进程 {{pid}}），请先关闭它。如果它已经关闭或意外退出，请等半分钟再试。',
  WRITE_FAILED: '无法写入磁盘：{{detail}}。',
  DISK_FULL: '磁盘已满，未能保存。之前保存的内容完好无损。请清理磁盘空间后再试。',
  FILE_BUSY:
    '文件暂时无法写入：可能正被其他程序（如杀毒软件）占用，或数据文件夹不允许写入。程序会继续重试；如果一直失败，请检查数据文件夹的权限。',
  LOCK_LOST:
    '数据文件夹已被另一个报告助手接管（本程序曾长时间无响应）。为免互相覆盖，本窗口不再保存。请关闭本窗口，在另一个窗口中继续工作。',
  REPORT_FILE_MISSING:
    '报告「{{title}}」的文件已不在数据文件夹中（可能在程序之外被删除或移走）。如果是有意删除的，从列表中移除这一条即可。',
  REPORT_STRAY_COPY:
    '数据文件夹中的文件「{{file}}」是另一份报告的副本（可能是在资源管理器中复制产生的），未列入报告列表。如不需要，请将它移出数据文件夹。',
  PACKAGE_ALREADY_IMPORTED: '报告「{{title}}」已经在报告列表中了。可以用报告包中的内容替换它，或者两份都保留。',
  PACKAGE_NOT_JSON: '该文件不是有效的报告包（无法读取为 JSON）。',
  PACKAGE_TOO_LARGE: '该文件太大（{{size}}），不是有效的报告包。',
  PACKAGE_TOO_DEEP: '该文件结构嵌套过深，不是有效的报告包。',
  PACKAGE_FOREIGN: '该文件不是本程序导出的报告包。',
  PACKAGE_UNSAFE_KEYS: '该文件含有不安全的内容（{{key}}），已拒绝导入。',
  PACKAGE_INVALID: '报告包内容不完整或有误（{{path}}）：$t(errors:issue.{{issue}})。',
  OUTLINE_EMPTY: '没有找到可导入的文字。',
  FILE_READ_FAILED: '无法读取文件：{{detail}}',
  FILE_ENCODING: '无法识别该文件的文字编码，请在记事本或 WPS 中另存为“UTF-8”编码的文本文件后再导入。',
  OUTLINE_TOO_LARGE: '该文本超出了一份报告能容纳的范围（{{detail}}），请检查是否选错了文件。',
  TEMPLATE_UNKNOWN: '未知的模板：{{id}}',
  INDICATOR_PRESET_UNKNOWN: '没有名为“{{id}}”的指标套组，请从提供的套组中选择。',
  FINAL_HAS_ERRORS_other: '还有 {{count}} 个错误未解决，不能定稿。',
  EXPORT_FAILED: '导出 PDF 失败：{{detail}}',
  EXPORT_CANCELLED: '已取消导出。',
  FONT_MISSING: '找不到所需字体：{{detail}}',
  INTERNAL: '程序内部错误：{{detail}}',
  /** The kinds of problem a format check finds (core/errors.ts ISSUE_KINDS), nested into the messages above. */
  issue: {
    type: '缺少该项，或类型不对',
    tooSmall: '太短或太小',
    tooBig: '太长或太大',
    value: '取值不正确',
    unknownKeys: '含有无法识别的项',
    notJson: '不是有效的 JSON 文本',
    notObject: '不是报告数据',
    version: '格式版本号无效',
  },
} as const;
