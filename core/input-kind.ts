// What a file handed to the program is, by its content (never its name alone), for every place that takes one:
// the import of a Word file or text (also as a revision), validate / text / export of a report file, the import
// of a package, and the roll-up. Each place accepts some kinds and refuses the others with a sentence that
// names the file the same way everywhere (word:kind.* in the i18n resources) and says where it belongs.
import { AppError } from './errors';
import { contains, oleKind, sniff } from './file-sniff';
import { decodeText } from './text-decode';

/** The envelope's `format` of a report package (.rldpkg). */
export const PACKAGE_FORMAT = 'report-desk-package';

/** The kinds of file the program can be handed, as its sentences name them. */
export type FileKind =
  | 'docx'
  | 'doc'
  | 'wps'
  | 'works'
  | 'xlsx'
  | 'xls'
  | 'ods'
  | 'pptx'
  | 'ppt'
  | 'odt'
  | 'zip'
  | 'pdf'
  | 'rtf'
  | 'image'
  | 'executable'
  | 'archive'
  | 'binary'
  | 'ole'
  /** A report file (.json) as `import --out` writes it. */
  | 'report'
  | 'package'
  /** JSON that is neither a report nor a package (a program's settings, data from another system). */
  | 'json'
  | 'text';

const has = (bytes: Uint8Array, name: string): boolean =>
  contains(
    bytes,
    Uint8Array.from(name, (c) => c.charCodeAt(0)),
  );

/**
 * What a ZIP is, from the names of its parts (stored uncompressed in its headers): a Word file (its word/ parts
 * name it even when the file is cut short and its directory lost: the Word reader then says it is damaged), an
 * Excel or PowerPoint file, an OpenDocument text or spreadsheet (its `mimetype` part is stored first,
 * uncompressed), or an archive.
 */
function zipKind(bytes: Uint8Array): FileKind {
  if (has(bytes, 'word/')) return 'docx';
  if (has(bytes, '[Content_Types].xml')) {
    if (has(bytes, 'xl/')) return 'xlsx';
    if (has(bytes, 'ppt/')) return 'pptx';
  }
  if (has(bytes, 'application/vnd.oasis.opendocument.text')) return 'odt';
  if (has(bytes, 'application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  return 'zip';
}

/** An Office 97-2003 file; `extension` tells WPS's own files and the encrypted wrappers of .docx / .xlsx / .pptx. */
function oleFileKind(bytes: Uint8Array, extension: string): FileKind {
  switch (oleKind(bytes)) {
    case 'word':
      return extension === '.wps' ? 'wps' : 'doc';
    case 'encrypted':
      return extension === '.xlsx' ? 'xlsx' : extension === '.pptx' ? 'pptx' : 'docx';
    case 'works':
      return 'works';
    case 'xls':
      return 'xls';
    case 'ppt':
      return 'ppt';
    case 'ole':
      return 'ole';
  }
}

const PACKAGE_KEY = new RegExp(`"format"\\s*:\\s*"${PACKAGE_FORMAT}"`);
const REPORT_KEY = /"schemaVersion"\s*:/;

/** How far into a file the package's `format` key is looked for before the whole text is decoded. */
const HEAD_BYTES = 256;

/**
 * The file's first bytes up to HEAD_BYTES or the first that is not ASCII (a byte-order mark included): the same
 * characters in every encoding decodeText reads without a byte-order mark (UTF-8, GB18030).
 */
function asciiHead(bytes: Uint8Array): string {
  let end = 0;
  while (end < Math.min(bytes.length, HEAD_BYTES) && bytes[end]! < 0x80) end++;
  return decodeText(bytes.subarray(0, end)).text;
}

/**
 * JSON: a package (its envelope's format), a report file (its schema version), or other data, told by their keys
 * without parsing: a damaged or hostile file is then named for what it claims to be, and the reader of that
 * kind (with its size and depth checks) says what is wrong with it.
 */
function jsonKind(bytes: Uint8Array): FileKind {
  // A package as this program writes it names its format in its first bytes: told there, without decoding it all.
  if (PACKAGE_KEY.test(asciiHead(bytes))) return 'package';
  const text = decodeText(bytes).text;
  if (PACKAGE_KEY.test(text)) return 'package';
  return REPORT_KEY.test(text) ? 'report' : 'json';
}

/** What the file in `bytes` is; `extension` (with its dot, any case) only where the content cannot tell. */
export function fileKind(bytes: Uint8Array, extension = ''): FileKind {
  const sniffed = sniff(bytes);
  switch (sniffed.container) {
    case 'zip':
      return zipKind(bytes);
    case 'ole':
      return oleFileKind(bytes, extension.toLowerCase());
    case 'json':
      return jsonKind(bytes);
    case 'text':
      // JSON re-saved as UTF-16 (Notepad's "Unicode") is text to the byte sniffer; its decoded text says what it is.
      return decodeText(bytes).text.trimStart().startsWith('{') ? jsonKind(bytes) : 'text';
    case 'other':
      return sniffed.kind;
  }
}

/** The places that take a file, and what each takes. */
export type InputPlace = 'document' | 'reportFile' | 'package' | 'rollup';

const WORD: readonly FileKind[] = ['docx', 'doc', 'wps', 'text'];
const ACCEPTS: Record<InputPlace, readonly FileKind[]> = {
  document: WORD,
  reportFile: ['report'],
  package: ['package'],
  rollup: [...WORD, 'package'],
};

/** Where a file of this kind belongs instead (word:use.*), for the refusal's second sentence. */
function useOf(kind: FileKind): 'import' | 'importPackage' | 'reportFile' | 'none' {
  if (WORD.includes(kind)) return 'import';
  if (kind === 'package') return 'importPackage';
  if (kind === 'report') return 'reportFile';
  return 'none';
}

/** The refusal of a file of `kind` at `place`, the same sentence wherever that place is reached from. */
function refusal(kind: FileKind, place: InputPlace): AppError {
  switch (place) {
    case 'document':
      return new AppError('IMPORT_NOT_A_DOCUMENT', { kind });
    case 'reportFile':
      return new AppError('INPUT_NOT_A_REPORT_FILE', { kind, use: useOf(kind) });
    case 'package':
      return new AppError('INPUT_NOT_A_PACKAGE', { kind, use: useOf(kind) });
    case 'rollup':
      return new AppError('ROLLUP_FORMAT_UNSUPPORTED', { kind });
  }
}

/** The file's kind when `place` takes it; otherwise throws the place's refusal naming what the file is. */
export function acceptInput(bytes: Uint8Array, place: InputPlace, extension = ''): FileKind {
  const kind = fileKind(bytes, extension);
  if (!ACCEPTS[place].includes(kind)) throw refusal(kind, place);
  return kind;
}
