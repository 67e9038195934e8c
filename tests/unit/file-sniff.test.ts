// The one file sniffer (core/file-sniff.ts): what a file is from its first bytes, for the Word import and the
// roll-up alike.
import { describe, expect, it } from 'vitest';
import { isPdf, sniff } from '../../core/file-sniff';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('what a file is, from its bytes', () => {
  it.each([
    ['a .docx (zip)', bytes([0x50, 0x4b, 0x03, 0x04], 'word/'), { container: 'zip' }],
    ['a .doc (OLE)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { container: 'ole' }],
    ['a report package', bytes('{"format":"report-desk"}'), { container: 'json' }],
    ['a package behind a byte-order mark and blank lines', bytes([0xef, 0xbb, 0xbf], '\r\n  ['), { container: 'json' }],
    ['report text', bytes('区统计局2023年法治政府建设情况报告\n一、主要工作'), { container: 'text' }],
    ['UTF-16 text', bytes([0xff, 0xfe, 0x3a, 0x53, 0x00, 0x00]), { container: 'text' }],
    ['a PDF', bytes('%PDF-1.7\n'), { container: 'other', kind: 'pdf' }],
    // As PDF readers (and verify) take it: the header anywhere in the first kilobyte.
    [
      'a PDF behind a mail header',
      bytes('Content-Type: application/pdf\r\n\r\n%PDF-1.4\n'),
      { container: 'other', kind: 'pdf' },
    ],
    ['rich text', bytes('{\\rtf1\\ansi 一、主要工作}'), { container: 'other', kind: 'rtf' }],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { container: 'other', kind: 'image' }],
    ['a program', bytes('MZ', [0x90, 0, 3, 0]), { container: 'other', kind: 'executable' }],
    ['other binary', bytes([1, 2, 3, 0, 5, 6]), { container: 'other', kind: 'binary' }],
  ])('%s', (_, file, expected) => {
    expect(sniff(file)).toEqual(expected);
  });

  it('takes a PDF header only within the first kilobyte, as PDF readers do', () => {
    expect(isPdf(bytes(' '.repeat(1019), '%PDF-1.7'))).toBe(true);
    expect(isPdf(bytes(' '.repeat(1020), '%PDF-1.7'))).toBe(false);
    expect(isPdf(bytes('一、主要工作'))).toBe(false);
  });
});
