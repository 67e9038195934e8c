// What the Save and Open dialogs offer: the folder (Documents), the suggested name (given by the service, e.g.
// 某某局2024年法治政府建设情况报告.pdf) and one filter per kind of file. What is saved is a kind of the output
// table (core/output-kinds.ts); what is opened, the import's list (core/import-limits.ts).
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { TFunction } from '../../core/i18n';
import { IMPORT_EXTENSIONS } from '../../core/import-limits';
import { OUTPUT_KINDS, type OutputKind } from '../../core/output-kinds';

export type OpenKind = 'package' | 'outline' | 'folder';

const openFilters = {
  package: { key: OUTPUT_KINDS.package.filter, extensions: IMPORT_EXTENSIONS.package },
  outline: { key: 'dialog.reportDocumentFilter', extensions: IMPORT_EXTENSIONS.outline },
} as const;

export function saveDialogOptions(
  kind: OutputKind,
  defaultFileName: string,
  documentsDir: string,
  t: TFunction<'shell'>,
): SaveDialogOptions {
  const { title, filter, extension } = OUTPUT_KINDS[kind];
  return {
    title: t(title),
    // A bare file name: a suggested name never chooses the folder, whatever it contains.
    defaultPath: path.join(documentsDir, path.basename(defaultFileName)),
    filters: [{ name: t(filter), extensions: [extension] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** The chosen path, with the kind's extension added when the user typed a name without it. */
export function withExtension(kind: OutputKind, filePath: string): string {
  const extension = `.${OUTPUT_KINDS[kind].extension}`;
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
  const filter = openFilters[kind];
  return {
    title: t(openTitles[kind]),
    defaultPath: documentsDir,
    filters: [{ name: t(filter.key), extensions: [...filter.extensions] }],
    properties: ['openFile'],
  };
}
