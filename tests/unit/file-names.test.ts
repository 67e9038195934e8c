// The one rule for names the program makes (core/file-names.ts), table-driven: Windows' full list of device
// names — COM0/LPT0 and the superscript digits, CONIN$ and CONOUT$, any case, with or without an extension,
// with trailing spaces or dots before it — and every path that makes a name: default export names, the bridge's
// exports, report ids that become file names.
import { describe, expect, it } from 'vitest';
import { isWindowsDeviceName, safeFileName } from '../../core/file-names';
import { outputFileName } from '../../core/output-kinds';
import { isSafeId } from '../../electron/store/layout';

describe('safe file names', () => {
  it('keeps Chinese titles and makes any title one Windows-safe name', () => {
    expect(safeFileName('区统计局2023年法治政府建设情况报告.pdf')).toBe('区统计局2023年法治政府建设情况报告.pdf');
    expect(safeFileName('a/b\\c:d*e?"f<g>h|i\u0001')).toBe('a_b_c_d_e__f_g_h_i_');
    expect(safeFileName(' ..report. ')).toBe('report');
    expect(safeFileName('...')).toBe('export');
  });

  // [name, a device to Windows?]
  const table: [string, boolean][] = [
    ['CON', true],
    ['con', true],
    ['Con.pdf', true],
    ['con.tar.gz', true],
    ['CON .x', true],
    ['CON  ..x', true],
    ['PRN . 报告', true],
    ['AUX', true],
    ['nul.txt', true],
    ['COM0', true],
    ['COM1', true],
    ['com9.docx', true],
    ['COM¹', true],
    ['COM²', true],
    ['COM³.pdf', true],
    ['LPT0', true],
    ['lpt5', true],
    ['LPT¹', true],
    ['LPT³ .x', true],
    ['CONIN$', true],
    ['conout$.txt', true],
    ['CONIN$ .log', true],
    // Not devices: a longer word, another digit, a character between.
    ['CONSOLE', false],
    ['COM10', false],
    ['COM⁴', false],
    ['LPT', false],
    ['CON_x', false],
    ['xCON', false],
    ['CONIN', false],
    ['报告 CON', false],
    ['区统计局2023年法治政府建设情况报告', false],
  ];

  it.each(table)('%s is a device name: %s', (name, device) => {
    expect(isWindowsDeviceName(name)).toBe(device);
    // A safe name is never a device, and a name that is none is kept as it is.
    expect(isWindowsDeviceName(safeFileName(name))).toBe(false);
    if (!device) expect(safeFileName(name)).toBe(name);
  });

  it.each([
    ['CON .x', '_CON .x'],
    ['PRN . 报告', '_PRN . 报告'],
    ['COM¹', '_COM¹'],
    ['CONOUT$', '_CONOUT$'],
    ['lpt0.', '_lpt0'],
  ])('%s becomes %s', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('every name the program makes follows it: default export names and report ids', () => {
    expect(outputFileName('pdf', 'CON .x', 'zh-CN', true)).toBe('_CON .x（签发稿）.pdf');
    expect(outputFileName('package', 'COM0', 'zh-CN')).toBe('_COM0.rldpkg');
    expect(outputFileName('public-docx', 'PRN . 报告', 'en')).toBe('_PRN . 报告 (public copy).docx');
    for (const id of ['COM0', 'lpt0', 'CON', 'Nul']) expect(isSafeId(id), id).toBe(false);
    for (const id of ['COM10', 'console', '3f2a9c1e-1b2c-4d5e-8f90-a1b2c3d4e5f6']) expect(isSafeId(id), id).toBe(true);
  });
});
