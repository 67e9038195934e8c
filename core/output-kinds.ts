// The kinds of file the program writes for a user, as the Save dialogs, default file names and the CLI know
// them: the extension, the dialog's filter and title (keys of the `shell` namespace) and what follows the base
// name. How each kind is rendered is electron/services/output-formats.ts: a new format is one row here and one
// renderer there. Several kinds may share an extension (the report's PDF, its public copy, the approval slip;
// the Word file and its public copy, which only the CLI offers: `export --public --docx`), so the suffix, in
// the UI's language, is what tells them apart: （签发稿） or （草稿） by the report's sign-off, （公开版）, 发文稿纸.
import { safeFileName } from './file-names';
import { translator } from './i18n';
import type { Language } from './model';

export const OUTPUT_KINDS = {
  pdf: {
    extension: 'pdf',
    filter: 'dialog.pdfFilter',
    title: 'dialog.savePdfTitle',
    suffix: 'draft',
    signedSuffix: 'signedOff',
  },
  'public-pdf': { extension: 'pdf', filter: 'dialog.pdfFilter', title: 'dialog.savePdfTitle', suffix: 'publicCopy' },
  'public-html': {
    extension: 'html',
    filter: 'dialog.htmlFilter',
    title: 'dialog.saveHtmlTitle',
    suffix: 'publicCopy',
  },
  docx: { extension: 'docx', filter: 'dialog.docxFilter', title: 'dialog.saveDocxTitle', suffix: null },
  'public-docx': {
    extension: 'docx',
    filter: 'dialog.docxFilter',
    title: 'dialog.saveDocxTitle',
    suffix: 'publicCopy',
  },
  slip: { extension: 'pdf', filter: 'dialog.pdfFilter', title: 'dialog.savePdfTitle', suffix: 'slip' },
  package: { extension: 'rldpkg', filter: 'dialog.packageFilter', title: 'dialog.savePackageTitle', suffix: null },
  workbook: { extension: 'xlsx', filter: 'dialog.workbookFilter', title: 'dialog.saveWorkbookTitle', suffix: null },
  'rollup-summary': {
    extension: 'pdf',
    filter: 'dialog.pdfFilter',
    title: 'dialog.saveSummaryTitle',
    suffix: 'summary',
  },
  // Rendered by the desktop shell itself, which alone knows the program's versions and logs.
  diagnostics: { extension: 'txt', filter: 'dialog.textFilter', title: 'dialog.saveDiagnosticsTitle', suffix: null },
} as const;

export type OutputKind = keyof typeof OUTPUT_KINDS;

/**
 * The name a Save dialog suggests: 「某某局2024年法治政府建设情况报告（签发稿）.pdf」 from the report's title, the
 * kind's suffix in `language` and, for the PDF, whether it prints as the signed-off version.
 */
export function outputFileName(kind: OutputKind, baseName: string, language: Language, signedOff = false): string {
  const row = OUTPUT_KINDS[kind];
  const key = signedOff && 'signedSuffix' in row ? row.signedSuffix : row.suffix;
  const suffix = key === null ? '' : translator(language, 'shell')(`fileName.${key}`);
  return `${safeFileName(baseName)}${suffix}.${row.extension}`;
}

/**
 * The name of a `kind` file written beside another file (the roll-up's summary beside its workbook): the other's
 * name without its extension, then the kind's suffix and extension, 「2024年度汇总（图表摘要）.pdf」.
 */
export function besideFileName(kind: OutputKind, otherFileName: string, language: Language): string {
  const base = otherFileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return outputFileName(kind, base, language);
}
