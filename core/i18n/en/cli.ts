import type { Messages } from '../types';
import type zh from '../zh-CN/cli';

export default {
  help: {
    main: `report-desk — Rule-of-Law Report Desk (command line)

Usage: report-desk <command> [arguments] [options]

Commands:
  import <text.txt> --out <report.json>        import the plain text of an existing report
  text <report.json>                           print a report as plain text
  validate <report.json> [--json]              check a report; exit code 1 when it has errors
  export <report.json> --pdf <out.pdf>         export a PDF (or --data-dir with --id)
  list                                         list the reports in the data folder
  show <id>                                    print one report (JSON)
  import-package <file.rldpkg>                 import a report package into the data folder
  export-package <id> --out <file.rldpkg>      export one report as a package
  rollup <folder or files…> --xlsx <out.xlsx>  roll the departments' reports up into one workbook

Common options:
  --data-dir <folder>   the data folder (default: {{dataDir}})
  --lang zh-CN|en       language of messages (or set REPORT_DESK_LANG)
  --help                show help; "report-desk <command> --help" explains a command

Exit codes: 0 success; 1 the check found errors; 2 wrong usage or a failed operation.`,
    import: `Usage: report-desk import <text.txt> --out <report.json> [--organisation <name>] [--year <year>]

Reads the plain text (UTF-8, UTF-16 or GBK/GB18030) of an existing report, recognises the title, the recipient
line, headings at every level (一、（一）一是 1. （1） …), the signature and the date, and writes a report file.
Numbers are derived anew.
  --out <report.json>       the report file to write (required)
  --organisation <name>     the organisation, if the text does not name it
  --year <year>             the report year, if the text does not give it`,
    text: `Usage: report-desk text <report.json>

Prints the report as plain text in reading order (title, recipient, body, signature).`,
    validate: `Usage: report-desk validate <report.json> [--json] [--lang zh-CN|en]

Checks the report: required chapters, empty chapters or items, indicator rules, year, title and signature.
  --json   print all findings as JSON
Exit code 1 when any finding is an error (not just a warning).`,
    export: `Usage: report-desk export <report.json> --pdf <out.pdf> [--draft] [--lang zh-CN|en]
       report-desk export --data-dir <folder> --id <id> --pdf <out.pdf> [--draft]

Exports the report as an official-document PDF. Reports not yet final always carry the DRAFT watermark;
--draft adds it to a final report too.
  --pdf <out.pdf>   the file to write (required)
  --id <id>         export a report from the data folder
  --lang            language of messages and of the PDF's labels`,
    list: `Usage: report-desk list [--data-dir <folder>]

Lists the reports in the data folder: id, year, status, last change, title (latest change first).
Only reads: works while the app is open.`,
    show: `Usage: report-desk show <id> [--data-dir <folder>]

Prints one report of the data folder as JSON. Only reads: works while the app is open.`,
    importPackage: `Usage: report-desk import-package <file.rldpkg> [--data-dir <folder>]

Imports a report package into the data folder, under a new id if its id is taken. Invalid or hostile files
are refused and the data folder is left unchanged.`,
    exportPackage: `Usage: report-desk export-package <id> --out <file.rldpkg> [--data-dir <folder>]

Exports one report of the data folder as a package (to import on another computer).`,
    rollup: `Usage: report-desk rollup <folder or files…> --xlsx <out.xlsx> [--expected <units.txt>] [--year <year>]

Rolls up the report packages (.rldpkg) and report texts (.txt, any usual encoding) the departments sent, recognised
by their content; subfolders are read too. The workbook has four sheets: Summary (one row per unit: status, signed
off, required content, findings, on time), Indicators (every unit's figures with totals; a part greater than its
whole and values not filled in are pointed out), Missing (units on the list with no report), Problems (files that
cannot be rolled up, with the reason, and duplicate reports not used). Of several reports of one unit and year the
newer signed-off one is used; the others are listed under Problems. The roll-up only reads files and changes no
data folder.
  --xlsx <out.xlsx>        the workbook to write (required)
  --expected <units.txt>   the units expected to report, one per line (width and spaces do not matter)
  --year <year>            only that year's reports; others are listed under Problems`,
  },
  usage: {
    unknownCommand: 'Unknown command "{{command}}". Run report-desk --help to see the commands.',
    noCommand: 'No command given. Run report-desk --help to see the commands.',
    unknownOption: 'Unknown option {{option}}. Run report-desk {{command}} --help for its usage.',
    missingValue: 'Option {{option}} needs a value. Run report-desk {{command}} --help for its usage.',
    missingOption: '{{option}} is required. Run report-desk {{command}} --help for its usage.',
    positionals: 'Wrong number of arguments. Run report-desk {{command}} --help for its usage.',
    badLanguage: 'Unsupported language "{{value}}"; use zh-CN or en.',
    badYear: '"{{value}}" is not a valid year.',
    exportSource: 'Give a report file, or both --data-dir and --id.',
    packageGiven:
      '"{{file}}" is a report package, not a report file. Import it into a data folder with report-desk import-package first.',
  },
  imported: 'Imported "{{title}}" → {{out}}',
  findings: {
    error: 'error',
    warning: 'warning',
    line: '{{severity}} {{code}} [{{path}}] {{message}}',
    none: 'No problems found.',
    summary: '{{errors}} error(s), {{warnings}} warning(s).',
  },
  list: {
    empty: 'No reports in the data folder yet: {{dir}}',
    draft: 'draft',
    final: 'final',
    problem: 'Cannot list report {{id}}: {{message}}',
  },
  restored: 'Note: {{message}}',
  packageImported: 'Imported "{{title}}" as {{id}}',
  packageExported: 'Exported the package → {{out}}',
  pdfExported: 'Exported the PDF → {{out}} ({{pages}} pages; fonts: {{fonts}})',
  missingCharacter: 'Warning: no font has "{{char}}" (U+{{codePoint}}), at {{path}}',
} satisfies Messages<typeof zh>;
