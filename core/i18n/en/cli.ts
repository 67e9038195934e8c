import type { Messages } from '../types';
import type zh from '../zh-CN/cli';

export default {
  help: {
    main: `report-desk — Rule-of-Law Report Desk (command line)

Usage: report-desk <command> [arguments] [options]

Commands:
  import <file> --out <report.json>            import an existing report (.docx, .doc, .wps or plain text)
  text <report.json>                           print a report as plain text
  validate <report.json> [--json]              check a report; exit code 1 when it has errors
  export <report.json> --pdf <out.pdf>         export a PDF or Word file (--docx; or --data-dir with --id)
  list                                         list the reports in the data folder
  next-year <id>                               start next year's report from a report of the data folder
  show <id>                                    print one report (JSON)
  import-package <file.rldpkg>                 import a report package into the data folder
  export-package <id> --out <file.rldpkg>      export one report as a package
  import <text.txt> --into <id>                read a revised text into a new draft version (shows the diff)
  diff <id> <versionA> <versionB>              compare two versions (numbers, or current)
  versions <id>                                list a report's versions
  sign-off <id> --step <step> --name <name>    submit, review, countersign, approve, clear-secrecy, publish, reopen
  slip <id> --pdf <slip.pdf>                   export the approval slip
  verify <file.pdf>                            which version a PDF is, whether signed off, whether edited since
  rollup <folder or files…> --xlsx <out.xlsx>  roll the departments' reports up into one workbook

Common options:
  --data-dir <folder>   the data folder (default: {{dataDir}})
  --lang zh-CN|en       language of messages (or set REPORT_DESK_LANG)
  --force               replace an output file that exists already (otherwise refused)
  --help                show help; "report-desk <command> --help" explains a command

Exit codes: 0 success; 1 the check found errors; 2 wrong usage or a failed operation.`,
    import: `Usage: report-desk import <file> --out <report.json> [--organisation <name>] [--year <year>] [--indicators <set>]
       report-desk import <file> [--data-dir <folder>]                 into the data folder; prints the new id
       report-desk import <revised file> --into <id> --name <name> [--take theirs|ours] [--take-metadata] [--take-indicators] [--data-dir <folder>]   merged with the draft

Reads an existing report: a Word document (.docx, .doc), a WPS document (.wps) or plain text (UTF-8, UTF-16 or
GBK/GB18030), recognised by content; recognises the title, the recipient line, headings at every level
(一、（一）一是 1. （1） …, Word's automatic numbering and heading styles included), the signature and the date,
and writes a report file. Numbers are derived anew. What was not imported (tables' layout, images, comments,
tracked changes …) is listed, one line each.
  --out <report.json>       the report file to write (without it: into the data folder)
  --into <id>               read a revised text (a leader's edits) into this report: its metadata, indicators
                            and sign-off records are kept; the diff against the version sent out is printed
                            first; a signed-off report must be reopened first
  --take theirs|ours        where the revision and the draft's edits since sending conflict, take the revision
                            (theirs) or the draft (ours) everywhere
  --take-metadata           with --into: take the title, addressee, signing unit and date the revised file prints
                            otherwise (listed either way)
  --take-indicators         with --into: indicators whose figure the merged text states otherwise take that
                            figure (listed either way); the file's comments are kept as review notes
  --name <name>             with --into: who accepts the revision (recorded with its version)
  --organisation <name>     the organisation, if the text does not name it
  --year <year>             the report year, if the text does not give it
  --indicators <set>        the indicator set: general, statistics, justice, market-regulation, township
                            (by default the one the organisation's name suggests)
  --anyway                  import a text with no chapter headings (not like a report) all the same; without
                            it such a text is refused, saying what it lacks`,
    text: `Usage: report-desk text <report.json>

Prints the report as plain text in reading order (title, recipient, body, signature).`,
    validate: `Usage: report-desk validate <report.json> [--json] [--lang zh-CN|en]

Checks the report: required chapters, empty chapters or items, indicator rules, year, title and signature.
  --json   print all findings as JSON
Exit code 1 when any finding is an error (not just a warning).`,
    export: `Usage: report-desk export <report.json|id> --pdf <out.pdf> | --docx <out.docx> [--public] [--draft] [--lang zh-CN|en]
       report-desk export <report.json|id> --html <out.html>
       report-desk export --data-dir <folder> --id <id> --pdf <out.pdf> | --docx <out.docx> [--draft]

Exports the report as an official-document PDF or an editable Word file (or both at once). Reports not yet
signed off always carry the DRAFT mark; --draft adds it to a signed-off report too.
  --pdf <out.pdf>     the PDF to write
  --docx <out.docx>   the Word file to write (the official template: A4, 22 lines × 28 characters, — n — page numbers)
  --html <out.html>   the public copy as one web page (no recipient, names or internal parts)
  --public            the PDF or Word file as the public copy
  --id <id>           export a report from the data folder (an id may also stand in place of the file)
  --lang              language of messages (the documents are in the report's own language)`,
    list: `Usage: report-desk list [--data-dir <folder>]

Lists the reports in the data folder: id, year, status, next deadline, last change, title (latest change first).
Only reads: works while the app is open.`,
    show: `Usage: report-desk show <id> [--json] [--data-dir <folder>]

Shows one report of the data folder: its id, unit, year and status, its full text (title, chapters with their
numbered items, signature) and its figures. Only reads: works while the app is open.
  --json                    print the stored form (JSON) instead`,
    importPackage: `Usage: report-desk import-package <file.rldpkg> [--on-duplicate replace|keep-both] [--data-dir <folder>]

Imports a report package into the data folder. Invalid or hostile files are refused and the data folder is left
unchanged. When the report is already in the data folder, nothing is imported unless --on-duplicate says what to
do: replace puts the package's content in its place (the replaced content stays among the backups), keep-both
imports it beside it under a new id.`,
    nextYear: `Usage: report-desk next-year <id> [--data-dir <folder>]

Starts next year's report from a report of the data folder: year + 1, title and chapter titles moved on, no
date, no sign-off, last year's text as a starting draft (run validate to find the years still to change), last
year's figures kept beside this year's empty ones, last year's plans as a checklist, linked to the report.`,
    exportPackage: `Usage: report-desk export-package <id> --out <file.rldpkg> [--data-dir <folder>]

Exports one report of the data folder as a package (to import on another computer).`,
    diff: `Usage: report-desk diff <id> <versionA> <versionB> [--data-dir <folder>]

Prints the paragraphs that changed between two versions, chapter by chapter: [-deleted-]{+inserted+}.
A version is its number, or current for the current text.`,
    versions: `Usage: report-desk versions <id> [--data-dir <folder>]

Lists a report's versions: number, time, state, kind, who, note. Damaged history files are listed apart.`,
    signOff: `Usage: report-desk sign-off <id> --step <step> --name <name> [--opinion <text>] [--attribute public|on-request|not-public] [--data-dir <folder>]

Takes one sign-off step and records who, when and the opinion:
  submit          send for review (drafter); saves the submitted version
  review          review (核稿)
  countersign     countersign (会签)
  approve         sign off (签发人); refused while errors remain or when the text changed since review; saves the signed-off version
  clear-secrecy   secrecy review; needs --attribute public, on-request or not-public
  publish         publish; needs the secrecy review first
  reopen          reopen a signed-off report; the signature stays in the record
Steps out of order are refused with the reason.`,
    slip: `Usage: report-desk slip <id> --pdf <slip.pdf> [--data-dir <folder>]

Exports the one-page A4 approval slip: title, unit, year, version, pages, the sign-off record, the publication
attribute, the fingerprint and its QR code, and boxes for hand signatures.`,
    verify: `Usage: report-desk verify <file.pdf> [--data-dir <folder>]

Reads the fingerprint in a PDF, finds the report and version, says whether it is the signed-off version, an older
one or unknown, and compares the PDF's text with that version.
Exit code: 0 signed off and text the same; 1 another version, unknown or text changed; 2 the file cannot be checked.`,
    rollup: `Usage: report-desk rollup <folder or files…> --xlsx <out.xlsx> [--expected <units.txt>] [--year <year>]

Rolls up the report packages (.rldpkg), Word and WPS documents (.docx, .doc, .wps) and report texts (.txt, any
usual encoding) the departments sent, recognised
by their content; subfolders are read too. The workbook has four sheets: Summary (one row per unit: status, signed
off, required content, findings, on time), Indicators (every unit's figures with totals; a part greater than its
whole and values not filled in are pointed out), Missing (units on the list with no report), Problems (files that
cannot be rolled up, with the reason, and duplicate reports not used). Of several reports of one unit and year the
newer signed-off one is used; the others are listed under Problems. The roll-up only reads files and changes no
data folder.
  --xlsx <out.xlsx>        the workbook to write (required)
  --expected <units.txt>   the units expected to report, one per line (width and spaces do not matter)
  --year <year>            only that year's reports; others are listed under Problems
  --draft <our unit>       also draft our own annual report from the reports used, into the data folder (for the
                           --year, else the latest year rolled up)
  --data-dir <folder>      the data folder --draft puts it in (by default the app's own)
  --summary-pdf <s.pdf>    the one-page chart summary (submissions, each indicator) for meetings; without it, it is
                           written beside the workbook as "<workbook name> (chart summary).pdf"`,
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
    badOnDuplicate: '--on-duplicate takes replace or keep-both, not "{{value}}".',
    badVersion: 'Version “{{value}}” is not valid: give a version number (1, 2, …) or current.',
    badStep: 'Unknown step “{{value}}”; use submit, review, countersign, approve, clear-secrecy, publish or reopen.',
    badAttribute: 'Unknown publication attribute “{{value}}”; use public, on-request or not-public.',
    badTake: '--take is theirs or ours, not “{{value}}”.',
    revisionConflicts:
      'Nothing imported: {{count}} conflicts are undecided; add --take theirs (the revision) or --take ours (the draft).',
    intoNeedsName:
      'import --into needs --name <name>: the name of the person accepting the revision, recorded with its version.',
    outputExists: '"{{file}}" exists already; to replace it, run the command again with --force.',
  },
  duplicateHint: ' To replace it, add --on-duplicate replace; to keep both, add --on-duplicate keep-both.',
  duplicateSignedHint: ' To keep both, add --on-duplicate keep-both.',
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
    problem: 'Cannot list report {{id}}: {{message}}',
    restored: 'Report {{id}}: {{message}} Open it in the app to confirm.',
  },
  show: {
    id: 'Id: {{id}}',
    unit: 'Unit: {{unit}}',
    year: 'Year: {{year}}',
    status: 'Status: {{status}}',
    updated: 'Updated: {{at}}',
    indicators: 'Figures:',
    indicator: '  {{label}}: {{value}}',
    notFilled: 'not filled in',
    notApplicable: 'not applicable',
    noIndicators: 'Figures: none',
  },
  restored: 'Note: {{message}}',
  packageImported: 'Imported "{{title}}" as {{id}}',
  packageExported: 'Exported the package → {{out}}',
  docxExported: 'Exported the Word file → {{out}} ({{paragraphs}} paragraphs)',
  notice: 'Note: {{message}}',
  pdfExported: 'Exported the PDF → {{out}} ({{pages}} pages; fonts: {{fonts}})',
  bundledFont: '{{family}}, bundled with the program',
  listSeparator: '; ',
  missingCharacter: 'Warning: no font has "{{char}}" (U+{{codePoint}}), at {{path}}',
} satisfies Messages<typeof zh>;
