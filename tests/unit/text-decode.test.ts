import { describe, expect, it } from 'vitest';
import { decodeText } from '../../core/text-decode';
import { AppError } from '../../core/errors';

const text = '区统计局2023年法治政府建设情况报告\n一、主要工作开展情况\n';
const utf16 = (s: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(bigEndian ? [c >> 8, c & 255] : [c & 255, c >> 8], 2 + i * 2);
  }
  return out;
};
// GBK bytes of 「区统计局」 (区 C7F8, 统 CDB3, 计 BCC6, 局 BED6) as Windows Notepad saves them in "ANSI".
const gbk = new Uint8Array([0xc7, 0xf8, 0xcd, 0xb3, 0xbc, 0xc6, 0xbe, 0xd6, 0x32, 0x30, 0x32, 0x33]);

describe('decoding text files', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text, encoding: 'utf-8' });
  });

  it("reads Notepad's UTF-16 in both byte orders", () => {
    expect(decodeText(utf16(text, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads GBK text that is not valid UTF-8', () => {
    expect(decodeText(gbk)).toEqual({ text: '区统计局2023', encoding: 'gb18030' });
  });

  it('refuses bytes that are no text in any of these encodings', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00]))).toThrow(AppError);
  });
});
