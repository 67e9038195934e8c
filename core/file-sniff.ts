// What a file is, from its first bytes (never from its name), for every place that is handed a file: a .docx
// is a ZIP holding [Content_Types].xml and a word/ part; .doc and .wps are OLE compound files with a
// WordDocument stream; an encrypted Office file is an OLE file with EncryptionInfo; a report package is JSON;
// text is whatever decodes as text. Everything else is named, so a refusal can say what the user chose.

/** What a file that is neither a container nor text is, as a refusal names it. */
export type OtherKind = 'pdf' | 'rtf' | 'image' | 'executable' | 'archive' | 'binary';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Where a signature stands: at `at` (0 by default), or anywhere in the first `within` bytes. */
const SIGNATURES: { magic: number[]; at?: number; within?: number; kind: OtherKind }[] = [
  // PDF readers accept the header anywhere in the first kilobyte (after a stray byte-order mark or mail header).
  { magic: ascii('%PDF-'), within: 1024, kind: 'pdf' },
  { magic: ascii('{\\rtf'), kind: 'rtf' },
  { magic: [0x89, 0x50, 0x4e, 0x47], kind: 'image' },
  { magic: [0xff, 0xd8, 0xff], kind: 'image' },
  { magic: ascii('GIF8'), kind: 'image' },
  { magic: ascii('BM'), kind: 'image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], kind: 'image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], kind: 'image' },
  { magic: ascii('WEBP'), at: 8, kind: 'image' },
  { magic: ascii('MZ'), kind: 'executable' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
  { magic: ascii('Rar!'), kind: 'archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: 'archive' },
  { magic: [0x1f, 0x8b], kind: 'archive' },
];

export type Sniffed =
  | { container: 'zip' }
  | { container: 'ole' }
  | { container: 'json' }
  | { container: 'text' }
  | { container: 'other'; kind: OtherKind };

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { container: 'zip' };
  if (startsWith(bytes, OLE_MAGIC)) return { container: 'ole' };
  for (const s of SIGNATURES) {
    const found = s.within
      ? contains(bytes.subarray(0, s.within), Uint8Array.from(s.magic))
      : startsWith(bytes, s.magic, s.at);
    if (found) return { container: 'other', kind: s.kind };
  }
  if (!looksLikeText(bytes)) return { container: 'other', kind: 'binary' };
  return looksLikeJson(bytes) ? { container: 'json' } : { container: 'text' };
}

/** Whether the bytes are a PDF, as PDF readers take one (verify refuses anything else before pdf.js sees it). */
export function isPdf(bytes: Uint8Array): boolean {
  const sniffed = sniff(bytes);
  return sniffed.container === 'other' && sniffed.kind === 'pdf';
}

/**
 * JSON (a report package) opens with { or [ after an optional byte-order mark and white space: UTF-8, or UTF-16
 * as Notepad saves "Unicode" (each character two bytes, its ASCII byte first in little-endian order).
 */
function looksLikeJson(bytes: Uint8Array): boolean {
  const little = startsWith(bytes, [0xff, 0xfe]);
  const wide = little || startsWith(bytes, [0xfe, 0xff]);
  const step = wide ? 2 : 1;
  const at = (i: number) => (!wide ? bytes[i] : bytes[little ? i + 1 : i] === 0 ? bytes[little ? i : i + 1] : -1);
  let i = wide ? 2 : startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (at(i) === 0x20 || at(i) === 0x0a || at(i) === 0x0d || at(i) === 0x09) i += step;
  return at(i) === 0x7b || at(i) === 0x5b;
}

/**
 * Text has no NUL bytes (UTF-16 aside, which starts with its byte-order mark) and few control characters;
 * a binary file of any kind has plenty of both in its first few kilobytes.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 8192);
  if (sample.indexOf(0) >= 0) return false;
  // Each control character is looked for with the native indexOf: a byte-by-byte loop over every file's first
  // kilobytes cost a roll-up of thousands of files more than reading them.
  const allowed = sample.length / 100;
  let controls = 0;
  for (const c of CONTROL_BYTES)
    for (let i = sample.indexOf(c); i >= 0; i = sample.indexOf(c, i + 1)) if (++controls > allowed) return false;
  return true;
}

/** The control characters that text does not use (tab, line ends, form feed and DOS's end-of-file are text's). */
const CONTROL_BYTES = Array.from({ length: 0x1f }, (_, i) => i + 1).filter(
  (b) => b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a,
);

/** UTF-16LE name of an OLE directory entry, as it sits in the directory sector. */
const oleName = (name: string): Uint8Array => {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
};

/** Whether `needle` occurs anywhere in `bytes`. */
export function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first!);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first!, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export type OleKind = 'word' | 'encrypted' | 'works' | 'xls' | 'ppt' | 'ole';

/**
 * Which Office 97-2003 file an OLE compound file is, from the names of its streams: Word and WPS keep the text
 * in WordDocument; an encrypted .docx/.xlsx is an OLE wrapper holding EncryptionInfo and EncryptedPackage.
 */
export function oleKind(bytes: Uint8Array): OleKind {
  if (contains(bytes, oleName('EncryptionInfo')) && contains(bytes, oleName('EncryptedPackage'))) return 'encrypted';
  if (contains(bytes, oleName('WordDocument'))) return 'word';
  if (contains(bytes, oleName('MatOST')) || contains(bytes, oleName('CONTENTS'))) return 'works';
  if (contains(bytes, oleName('Workbook')) || contains(bytes, oleName('Book'))) return 'xls';
  if (contains(bytes, oleName('PowerPoint Document'))) return 'ppt';
  return 'ole';
}

const FIB_IDENT = 0xa5ec;

/**
 * A password-protected .doc: the FIB at the start of the WordDocument stream (which begins a 512-byte sector)
 * has fEncrypted (bit 8 of the flags at offset 10) set. Its text is ciphertext, so it must be refused.
 */
export function isEncryptedWordBinary(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 512; at + 12 <= bytes.length; at += 512) {
    if (view.getUint16(at, true) !== FIB_IDENT) continue;
    const nFib = view.getUint16(at + 2, true);
    if (nFib < 0x65 || nFib > 0x200) continue;
    return (view.getUint16(at + 10, true) & 0x0100) !== 0;
  }
  return false;
}
