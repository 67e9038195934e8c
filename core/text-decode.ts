// Text files from office PCs come in several encodings: UTF-8 (with or without BOM), UTF-16 from Notepad's
// "Unicode", and GBK/GB18030 from "ANSI" Notepad and Word's plain-text export. Decode them all, never guess
// silently into mojibake.
import { AppError } from './errors';

// The WHATWG TextDecoder exists in Node (full ICU) and Chromium; core compiles without DOM or Node types.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function decoderFor(encoding: TextEncodingName): { decode(input: Uint8Array): string } {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  const bom: TextEncodingName | null =
    a === 0xef && b === 0xbb && c === 0xbf
      ? 'utf-8'
      : a === 0xff && b === 0xfe
        ? 'utf-16le'
        : a === 0xfe && b === 0xff
          ? 'utf-16be'
          : null;
  const candidates: TextEncodingName[] = bom ? [bom] : ['utf-8', 'gb18030'];
  for (const encoding of candidates) {
    try {
      return { text: decoderFor(encoding).decode(bytes), encoding };
    } catch {
      // not this encoding: try the next
    }
  }
  throw new AppError('FILE_ENCODING');
}

/** Removes a leading byte-order mark from text that was decoded without one being consumed. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
