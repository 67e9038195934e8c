// How large a file the user may import, per kind, and the error that says a file is too large: the services
// check the file on disk before reading it, and bytes handed over without a file (an upload) before reading
// them; the dev/test bridge's page checks an upload before sending it.
import { AppError } from './errors';
import { OUTPUT_KINDS } from './output-kinds';

export type ImportKind = 'package' | 'outline';

/** Both far above any real report (a year's report is well under 1 MB). */
export const IMPORT_LIMITS: Record<ImportKind, number> = {
  package: 20 * 1024 * 1024,
  outline: 20 * 1024 * 1024,
};

/**
 * The extensions (without the dot) an import offers per kind, in the app's Open dialogs and the page's file
 * chooser alike: the outline kind is every format the import recognises by content.
 */
export const IMPORT_EXTENSIONS: Record<ImportKind, readonly string[]> = {
  package: [OUTPUT_KINDS.package.extension],
  outline: ['docx', 'doc', 'wps', 'txt'],
};

const accept = (kind: ImportKind, ...mimeTypes: string[]): string =>
  [...IMPORT_EXTENSIONS[kind].map((extension) => `.${extension}`), ...mimeTypes].join(',');

/** What a browser's file chooser offers per kind (the bridge's page, the revision upload). */
export const IMPORT_ACCEPT: Record<ImportKind, string> = {
  package: accept('package'),
  outline: accept('outline', 'text/plain'),
};

export const formatSize = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `bytes` handed over without a file (an upload), held to the limit a file of their kind is held to. */
export function withinImportLimit(kind: ImportKind, bytes: Uint8Array): Uint8Array {
  if (bytes.length > IMPORT_LIMITS[kind]) throw importTooLarge(kind, bytes.length);
  return bytes;
}

export function importTooLarge(kind: ImportKind, bytes: number): AppError {
  return kind === 'package'
    ? new AppError('PACKAGE_TOO_LARGE', { size: formatSize(bytes) })
    : new AppError('OUTLINE_TOO_LARGE', { detail: formatSize(bytes) });
}
