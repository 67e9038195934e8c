import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../core/file-names';

describe('safe file names', () => {
  it('keeps Chinese titles and makes any title one Windows-safe name', () => {
    expect(safeFileName('区统计局2023年法治政府建设情况报告.pdf')).toBe('区统计局2023年法治政府建设情况报告.pdf');
    expect(safeFileName('a/b\\c:d*e?"f<g>h|i\u0001')).toBe('a_b_c_d_e__f_g_h_i_');
    expect(safeFileName(' ..report. ')).toBe('report');
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('...')).toBe('export');
  });
});
