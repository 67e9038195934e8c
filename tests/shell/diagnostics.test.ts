import { describe, expect, it } from 'vitest';
import { buildDiagnostics, diagnosticsFileName, tailOf } from '../../electron/shell/diagnostics';
import { packageFilesFromArgv } from '../../electron/shell/launch-args';
import { saveDialogOptions, withExtension } from '../../electron/shell/file-dialog-options';
import { translator } from '../../core/i18n';
import path from 'node:path';

const input = {
  appName: 'Rule-of-Law Report Desk',
  appVersion: '0.1.0',
  versions: { electron: '45.5.0', chrome: '140.0', node: '22.19.0', v8: '14.0', uv: '1.0' },
  platform: 'win32',
  arch: 'x64',
  osRelease: '10.0.19045',
  locale: 'zh-CN',
  uiLanguage: 'zh-CN',
  packaged: true,
  createdAt: new Date('2025-01-20T08:30:00Z'),
  timeZone: 'Asia/Shanghai',
  logs: [{ name: 'main.log', text: '[info] starting 0.1.0\n[warn] api saveReport: failed (WRITE_FAILED)\n' }],
};

describe('diagnostics', () => {
  it('holds the versions and the log', () => {
    const text = buildDiagnostics(input);
    for (const part of [
      '0.1.0',
      'electron: 45.5.0',
      'chrome: 140.0',
      'node: 22.19.0',
      'win32 10.0.19045 (x64)',
      '===== main.log =====',
      'WRITE_FAILED',
      'time zone: Asia/Shanghai',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('uv:');
  });

  it('keeps only the tail of a long log, starting at a whole line', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} 日志`).join('\n');
    const tail = tailOf(lines, 1000);
    expect(Buffer.byteLength(tail)).toBeLessThan(1100);
    expect(tail).toMatch(/^\[… \d+ bytes omitted …\]\nline \d+ 日志\n/);
    expect(tail.endsWith('line 4999 日志')).toBe(true);
    expect(tailOf('short')).toBe('short');
  });

  it('names the file with the local time in the office zone, in a form Windows accepts', () => {
    expect(diagnosticsFileName(input.createdAt, 'Asia/Shanghai')).toBe(
      'report-desk-diagnostics-2025-01-20-16-30-00.txt',
    );
    expect(diagnosticsFileName(input.createdAt, 'UTC')).toBe('report-desk-diagnostics-2025-01-20-08-30-00.txt');
    // 23:30 on 19 January in New York is already the 20th in UTC.
    const evening = new Date('2025-01-20T04:30:00Z');
    expect(diagnosticsFileName(evening, 'America/New_York')).toBe('report-desk-diagnostics-2025-01-19-23-30-00.txt');
  });
});

describe('launch arguments', () => {
  it('finds package files on a first or second instance command line', () => {
    const argv = [
      'C:\\Program\\ReportDesk.exe',
      '--allow-file-access-from-files',
      'D:\\报告\\某区2024.RLDPKG',
      'notes.txt',
      'b.rldpkg',
    ];
    expect(packageFilesFromArgv(argv, '/work')).toEqual([
      path.resolve('/work', 'D:\\报告\\某区2024.RLDPKG'),
      path.resolve('/work', 'b.rldpkg'),
    ]);
    expect(packageFilesFromArgv(['electron', '.'], '/work')).toEqual([]);
    expect(packageFilesFromArgv(['x.rldpkg'], '/work')).toEqual([]);
  });
});

describe('Save dialogs', () => {
  const t = translator('zh-CN', 'shell');
  it('suggest the given Chinese name in Documents, with the kind of file as filter', () => {
    const options = saveDialogOptions('pdf', '某某区司法局2024年法治政府建设情况报告.pdf', '/home/u/Documents', t);
    expect(options.defaultPath).toBe(path.join('/home/u/Documents', '某某区司法局2024年法治政府建设情况报告.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF 文档', extensions: ['pdf'] }]);
    expect(options.title).toBe('导出 PDF');
    expect(saveDialogOptions('package', 'a.rldpkg', '/d', t).filters![0]!.extensions).toEqual(['rldpkg']);
  });

  it('never let a suggested name leave the folder', () => {
    expect(saveDialogOptions('pdf', '../../x.pdf', '/home/u/Documents', t).defaultPath).toBe(
      path.join('/home/u/Documents', 'x.pdf'),
    );
  });

  it('add the extension the user left off', () => {
    expect(withExtension('pdf', '/d/报告')).toBe('/d/报告.pdf');
    expect(withExtension('pdf', '/d/报告.PDF')).toBe('/d/报告.PDF');
    expect(withExtension('package', '/d/a')).toBe('/d/a.rldpkg');
  });
});
