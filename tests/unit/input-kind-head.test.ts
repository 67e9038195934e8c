// A package is told by the `format` key in its first bytes, without its whole text decoded (a roll-up reads
// thousands); anything else (the key further in, a byte-order mark, UTF-16) still by its decoded text.
import { describe, expect, it } from 'vitest';
import { fileKind } from '../../core/input-kind';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('fileKind of JSON', () => {
  it('names a package by its first bytes, whatever follows', () => {
    // Bytes that no encoding reads (so the whole text is never decoded): its reader says what is wrong with it.
    const head = utf8('{"format":"report-desk-package","formatVersion":1,"report":{"title":"');
    expect(fileKind(join(head, Uint8Array.from([0x81, 0x30, 0xff, 0xff]), utf8('"}}')))).toBe('package');
  });

  it('still finds the key past the first bytes, after a byte-order mark and in UTF-16', () => {
    const late = `{"exportedAt":"${'x'.repeat(400)}","format":"report-desk-package"}`;
    expect(fileKind(utf8(late))).toBe('package');
    expect(fileKind(join(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('{"format" : "report-desk-package"}')))).toBe(
      'package',
    );
    const utf16 = Uint8Array.from(Buffer.from('\ufeff{"format":"report-desk-package"}', 'utf16le'));
    expect(fileKind(utf16)).toBe('package');
    expect(fileKind(utf8('{"schemaVersion":3}'))).toBe('report');
    expect(fileKind(utf8('{"format":"other"}'))).toBe('json');
  });
});
