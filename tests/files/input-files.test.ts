// Files a user names are read only when they are regular files: a named pipe or a device would never end (or
// never answer), so import, import-package and verify refuse them at once with a sentence naming the file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { readFileWithin, readPackageFile } from '../../electron/files/input-files';
import { runInProcess } from '../cli/in-process';

let dir: string;
let fifo: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'input-files-'));
  fifo = path.join(dir, '管道.txt');
  execFileSync('mkfifo', [fifo]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tooLarge = (size: number) => new AppError('PACKAGE_TOO_LARGE', { size });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'read',
    (err: unknown) => (err instanceof AppError ? `${err.code} ${JSON.stringify(err.params)}` : String(err)),
  );

describe('reading a file the user named', () => {
  it('refuses a named pipe and a device at once, naming them', async () => {
    expect(await codeOf(readFileWithin(fifo, 1_000_000, tooLarge))).toBe(`FILE_NOT_REGULAR {"file":"${fifo}"}`);
    expect(await codeOf(readPackageFile('/dev/zero'))).toBe('FILE_NOT_REGULAR {"file":"/dev/zero"}');
  });

  it('refuses a socket as it refuses a pipe', async () => {
    const socket = path.join(dir, 'socket');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(await codeOf(readFileWithin(socket, 1_000_000, tooLarge))).toBe(`FILE_NOT_REGULAR {"file":"${socket}"}`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a folder, and a file over the limit before reading it', async () => {
    const folder = path.join(dir, 'folder.rldpkg');
    mkdirSync(folder);
    expect(await codeOf(readFileWithin(folder, 10, tooLarge))).toBe(`FILE_IS_FOLDER {"file":"${folder}"}`);
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(11));
    expect(await codeOf(readFileWithin(big, 10, tooLarge))).toBe('PACKAGE_TOO_LARGE {"size":11}');
    expect((await readFileWithin(big, 11, tooLarge)).toString()).toBe('x'.repeat(11));
  });

  it('reads a package re-saved as UTF-16 (Notepad’s “Unicode”) as its text', async () => {
    const file = path.join(dir, 'utf16.rldpkg');
    writeFileSync(file, Buffer.from('\ufeff{"format":"report-desk-package"}', 'utf16le'));
    expect(await readPackageFile(file)).toBe('{"format":"report-desk-package"}');
  });

  it('stops reading a file longer than its size said, at the limit', async () => {
    // A /proc file says it is empty and still has text: the limit counts what is read, not what stat said.
    expect(await codeOf(readFileWithin('/proc/self/maps', 100, tooLarge))).toMatch(
      /^PACKAGE_TOO_LARGE \{"size":\d+\}$/,
    );
  });

  it('answers every command that reads a named file with one sentence when it names a pipe or a device', async () => {
    const data = path.join(dir, 'data');
    const seed = path.join(dir, 'seed.txt');
    writeFileSync(seed, '某局2024年法治政府建设情况报告\n一、主要工作\n全年开展行政执法检查12次。\n');
    const imported = await runInProcess(['import', seed, '--data-dir', data], { REPORT_DESK_LANG: 'zh-CN' });
    const id = /编号：(\S+)/.exec(imported.out)?.[1] ?? '';
    expect(id).not.toBe('');
    const commands = (file: string) => [
      ['import', file, '--data-dir', data],
      ['import', file, '--into', id, '--name', '王五', '--data-dir', data],
      ['import-package', file, '--data-dir', data],
      ['verify', file, '--data-dir', data],
      ['rollup', dir, '--expected', file, '--xlsx', path.join(dir, 'out.xlsx')],
    ];
    for (const file of [fifo, '/dev/zero']) {
      for (const args of commands(file)) {
        const result = await runInProcess(args, { REPORT_DESK_LANG: 'en' });
        expect({ args, code: result.code, err: result.err.trim() }).toEqual({
          args,
          code: 2,
          err: `report-desk: "${file}" is not an ordinary file (a pipe or a device, for example), so it is not read. Choose a file saved on a disk.`,
        });
      }
    }
  });

  it('answers `report-desk import <pipe>` with one sentence and exit 2, without waiting', async () => {
    const result = await runInProcess(['import', fifo, '--out', path.join(dir, 'x.json')], {
      REPORT_DESK_LANG: 'en',
    });
    expect(result.code).toBe(2);
    expect(result.err.trim()).toBe(
      `report-desk: "${fifo}" is not an ordinary file (a pipe or a device, for example), so it is not read. Choose a file saved on a disk.`,
    );
  });
});
