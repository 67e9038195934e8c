// The roll-up's walk through the folder chosen says what it did not read: a folder nested too deep, a link that
// leads out of the folder (a link inside it is read); and a package Notepad re-saved as UTF-16 is read as a package.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePackage } from '../../electron/formats/package/package-format';
import { collectFiles } from '../../electron/services/rollup/collect-files';
import { readDepartmentFile } from '../../electron/services/rollup/report-facts';
import { sampleReport } from '../store/helpers';

let dir: string;
let outside: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'folder-walk-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'folder-walk-outside-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('the roll-up’s walk through a folder', () => {
  it('lists a folder too deep and a link out of the folder, and reads a link inside it', async () => {
    const inbox = path.join(dir, 'inbox');
    const deep = path.join(inbox, ...Array.from({ length: 18 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, '深处.txt'), 'x');
    writeFileSync(path.join(inbox, '一局.txt'), 'x');
    writeFileSync(path.join(outside, '外面.txt'), 'x');
    symlinkSync(path.join(outside, '外面.txt'), path.join(inbox, '链接出去.txt'));
    symlinkSync(outside, path.join(inbox, '链接出去的文件夹'));
    symlinkSync(path.join(inbox, '一局.txt'), path.join(inbox, '链接在内.txt'));

    const { files, refused } = await collectFiles([inbox]);
    expect(files.map((f) => f.display).sort()).toEqual(['一局.txt', '链接在内.txt']);
    expect(refused).toEqual([
      {
        display: path.join(...Array.from({ length: 17 }, (_, i) => `d${i}`)),
        code: 'ROLLUP_TOO_DEEP',
        params: { depth: 16 },
      },
      { display: '链接出去.txt', code: 'ROLLUP_LINK_OUTSIDE', params: {} },
      { display: '链接出去的文件夹', code: 'ROLLUP_LINK_OUTSIDE', params: {} },
    ]);
  });

  it('reads a package re-saved as UTF-16 as a package', async () => {
    const report = sampleReport('某区司法局', 2024);
    const text = encodePackage(report, '2025-01-10T08:00:00Z', []);
    for (const [name, bytes] of [
      ['le.rldpkg', Buffer.from('\ufeff' + text, 'utf16le')],
      ['be.rldpkg', Buffer.from('\ufeff' + text, 'utf16le').swap16()],
    ] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const read = await readDepartmentFile(file, 'Asia/Shanghai');
      expect(read.kind).toBe('package');
      expect(read.report.meta.organisation).toBe('某区司法局');
    }
  });
});
