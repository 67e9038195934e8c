// The kinds of file the program writes for a user, as the Save dialogs, default file names and the CLI know
// them: the extension, the dialog's filter and title (keys of the `shell` namespace) and what follows the base
// name. How each kind is rendered is electron/services/output-formats.ts: a new format is one row here and one
// renderer there. Several kinds may share an extension (the report's PDF, its public copy, the approval slip;
// the Word file and its public copy, which only the CLI offers: `export --public --docx`).
import { safeFileName } from './file-names';

export const OUTPUT_KINDS = {
  pdf: { extension: 'pdf', filter: 'dialog.pdfFilter', title: 'dialog.savePdfTitle', suffix: '' },
  'public-pdf': { extension: 'pdf', filter: 'dialog.pdfFilter', title: 'dialog.savePdfTitle', suffix: '' },
  'public-html': { extension: 'html', filter: 'dialog.htmlFilter', title: 'dialog.saveHtmlTitle', suffix: '' },
  docx: { extension: 'docx', filter: 'dialog.docxFilter', title: 'dialog.saveDocxTitle', suffix: '' },
  'public-docx': { extension: 'docx', filter: 'dialog.docxFilter', title: 'dialog.saveDocxTitle', suffix: '' },
  slip: { extension: 'pdf', filter: 'dialog.pdfFilter', title: 'dialog.savePdfTitle', suffix: '-slip' },
  package: { extension: 'rldpkg', filter: 'dialog.packageFilter', title: 'dialog.savePackageTitle', suffix: '' },
  workbook: { extension: 'xlsx', filter: 'dialog.workbookFilter', title: 'dialog.saveWorkbookTitle', suffix: '' },
  // Rendered by the desktop shell itself, which alone knows the program's versions and logs.
  diagnostics: { extension: 'txt', filter: 'dialog.textFilter', title: 'dialog.saveDiagnosticsTitle', suffix: '' },
} as const;

export type OutputKind = keyof typeof OUTPUT_KINDS;

/** The name a Save dialog suggests: 「某某局2024年法治政府建设情况报告.pdf」 from the report's title. */
export function outputFileName(kind: OutputKind, baseName: string): string {
  const { suffix, extension } = OUTPUT_KINDS[kind];
  return `${safeFileName(baseName)}${suffix}.${extension}`;
}
