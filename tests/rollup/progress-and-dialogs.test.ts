// The roll-up's progress on the command line (a bar redrawn in place on a terminal, a plain line per tenth
// otherwise) and its dialogs in the desktop shell (a folder to read, an .xlsx to save).
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../core/i18n';
import { progressReporter } from '../../electron/cli/rollup-command';
import { openDialogOptions, saveDialogOptions, withExtension } from '../../electron/shell/file-dialog-options';

const t = translator('zh-CN', 'rollup');
const io = (isTTY: boolean) => {
  const written: string[] = [];
  return {
    written,
    io: {
      out: () => undefined,
      err: () => undefined,
      env: {},
      progress: { isTTY, write: (s: string) => written.push(s) },
    },
  };
};

describe('roll-up progress', () => {
  it('draws a bar in place on a terminal, at most every 100 ms, and ends the line when done', () => {
    vi.useFakeTimers();
    try {
      const { written, io: sink } = io(true);
      const report = progressReporter(sink, t);
      report(0, 200);
      for (let done = 1; done < 200; done++) report(done, 200);
      vi.advanceTimersByTime(150);
      report(150, 200);
      report(200, 200);
      expect(written).toEqual([
        `\r[${'.'.repeat(30)}] 已读取 0 / 200`,
        `\r[${'#'.repeat(23)}${'.'.repeat(7)}] 已读取 150 / 200`,
        `\r[${'#'.repeat(30)}] 已读取 200 / 200\n`,
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a plain line per tenth of the files elsewhere (a log, a pipe)', () => {
    const { written, io: sink } = io(false);
    const report = progressReporter(sink, t);
    for (let done = 0; done <= 95; done++) report(done, 95);
    expect(written).toEqual([
      ...[10, 20, 30, 40, 50, 60, 70, 80, 90].map((n) => `已读取 ${n} / 95\n`),
      '已读取 95 / 95\n',
    ]);
  });
});

describe('roll-up dialogs', () => {
  const shell = translator('zh-CN', 'shell');
  it('opens a folder, not a file, to roll up', () => {
    expect(openDialogOptions('folder', '/home/u/Documents', shell)).toEqual({
      title: '选择存放各部门报告的文件夹',
      defaultPath: '/home/u/Documents',
      properties: ['openDirectory'],
    });
  });

  it('saves the workbook as .xlsx', () => {
    const options = saveDialogOptions('workbook', '2024年度法治政府建设情况报告汇总.xlsx', '/d', shell);
    expect(options.filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    expect(options.defaultPath).toBe('/d/2024年度法治政府建设情况报告汇总.xlsx');
    expect(withExtension('workbook', '/d/汇总')).toBe('/d/汇总.xlsx');
  });
});
