// What the Save and Open dialogs offer: the folder (Documents), the suggested name (given by the service, e.g.
// 某某局2024年法治政府建设情况报告.pdf) and one filter per kind of file.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { TFunction } from '../../core/i18n';
import { PACKAGE_EXTENSION } from '../formats/package/package-format';

export type SaveKind = 'pdf' | 'docx' | 'html' | 'package' | 'diagnostics' | 'workbook';
export type OpenKind = 'package' | 'outline' | 'folder';

const filters = {
  pdf: { key: 'dialog.pdfFilter', extensions: ['pdf'] },
  html: { key: 'dialog.htmlFilter', extensions: ['html'] },
  docx: { key: 'dialog.docxFilter', extensions: ['docx'] },
  package: { key: 'dialog.packageFilter', extensions: [PACKAGE_EXTENSION.slice(1)] },
  diagnostics: { key: 'dialog.textFilter', extensions: ['txt'] },
  outline: { key: 'dialog.reportDocumentFilter', extensions: ['docx', 'doc', 'wps', 'txt'] },
  workbook: { key: 'dialog.workbookFilter', extensions: ['xlsx'] },
} as const;

const titles = {
  pdf: 'dialog.savePdfTitle',
  html: 'dialog.saveHtmlTitle',
  docx: 'dialog.saveDocxTitle',
  package: 'dialog.savePackageTitle',
  diagnostics: 'dialog.saveDiagnosticsTitle',
  workbook: 'dialog.saveWorkbookTitle',
} as const;

export function saveDialogOptions(
  kind: SaveKind,
  defaultFileName: string,
  documentsDir: string,
  t: TFunction<'shell'>,
): SaveDialogOptions {
  const filter = filters[kind];
  return {
    title: t(titles[kind]),
    // A bare file name: a suggested name never chooses the folder, whatever it contains.
    defaultPath: path.join(documentsDir, path.basename(defaultFileName)),
    filters: [{ name: t(filter.key), extensions: [...filter.extensions] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** The chosen path, with the kind's extension added when the user typed a name without it. */
export function withExtension(kind: SaveKind, filePath: string): string {
  const extension = `.${filters[kind].extensions[0]}`;
  return filePath.toLowerCase().endsWith(extension) ? filePath : filePath + extension;
}

const openTitles = {
  package: 'dialog.openPackageTitle',
  outline: 'dialog.openOutlineTitle',
  folder: 'dialog.openFolderTitle',
} as const;

export function openDialogOptions(kind: OpenKind, documentsDir: string, t: TFunction<'shell'>): OpenDialogOptions {
  // A folder of departments' reports (the roll-up): no file filter.
  if (kind === 'folder')
    return { title: t(openTitles.folder), defaultPath: documentsDir, properties: ['openDirectory'] };
  const filter = filters[kind];
  return {
    title: t(openTitles[kind]),
    defaultPath: documentsDir,
    filters: [{ name: t(filter.key), extensions: [...filter.extensions] }],
    properties: ['openFile'],
  };
}
