// The one output writer on real folders (a new folder, a folder given for a file, a file in the folder path, a
// name too long, a place that cannot be made, a small full file system, a read-only folder seen by a user who
// is not root) and with the errors only Windows gives injected (a file open in Word, a share that went away):
// each failure is one sentence in both languages naming the file as given, and the file is whole or as it was.
import { execFileSync, spawnSync } from 'node:child_process';
import fs, { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, toErrorPayload } from '../../core/errors';
import { errorMessage } from '../../core/i18n';
import { writeOutputFile } from '../../electron/files/output-file';
import { failure, tempDir } from '../store/helpers';

const repoRoot = path.resolve(import.meta.dirname, '../..');

afterEach(() => {
  vi.restoreAllMocks();
});

/** The sentence in both languages names `file` as given, and neither a system code nor a temp file. */
function expectSentence(err: AppError, code: string, file: string, zh: string, en: string) {
  expect(err.code).toBe(code);
  const [inZh, inEn] = (['zh-CN', 'en'] as const).map((language) => errorMessage(language, toErrorPayload(err)));
  expect(inZh).toContain(`「${file}」`);
  expect(inZh).toContain(zh);
  expect(inEn).toContain(`"${file}"`);
  expect(inEn).toContain(en);
  for (const sentence of [inZh, inEn]) expect(sentence).not.toMatch(/E[A-Z]{3,}|\.tmp|\{\{/);
}

const systemError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes('.tmp-') || name.includes('probe'));

describe('the output writer on real folders', () => {
  it('creates missing folders and writes the whole file, leaving no temporary file', async () => {
    const dir = tempDir('report-desk-out-');
    const file = path.join(dir, 'new-folder', 'deeper', 'seed.docx');
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    await writeOutputFile(file, bytes);
    expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
    expect(readdirSync(path.dirname(file))).toEqual(['seed.docx']);
    await writeOutputFile(file, '第二次导出');
    expect(readFileSync(file, 'utf8')).toBe('第二次导出');
  });

  it('says a folder was given for a file, and a part of the path is a file', async () => {
    const dir = tempDir('report-desk-out-');
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'plain.txt'), 'x');
    const folder = path.join(dir, 'reports');
    expectSentence(
      await failure(writeOutputFile(folder, 'x')),
      'FILE_IS_FOLDER',
      folder,
      '是一个文件夹',
      'is a folder',
    );
    const underFile = path.join(dir, 'plain.txt', 'x.pdf');
    expectSentence(
      await failure(writeOutputFile(underFile, 'x')),
      'FILE_PATH_NOT_FOLDER',
      underFile,
      '有一段是文件',
      'is a file, not a folder',
    );
    expect(readFileSync(path.join(dir, 'plain.txt'), 'utf8')).toBe('x');
  });

  it('says the path is too long', async () => {
    const file = path.join(tempDir('report-desk-out-'), `${'很长的文件名'.repeat(30)}.pdf`);
    expectSentence(await failure(writeOutputFile(file, 'x')), 'FILE_PATH_TOO_LONG', file, '太长', 'too long');
  });

  it.skipIf(process.platform !== 'linux')(
    'says a place that cannot hold a folder cannot be reached, and does not loop trying to make it',
    async () => {
      // Node's own recursive mkdir never returns here.
      const file = '/proc/report-desk-no-such-drive/报告.pdf';
      expectSentence(
        await failure(writeOutputFile(file, 'x')),
        'FILE_PLACE_UNREACHABLE',
        file,
        '无法访问',
        'cannot be reached',
      );
    },
    5_000,
  );

  it('says the disk is full on a small file system, and keeps the previous file whole', async (ctx) => {
    const mountPoint = tempDir('report-desk-out-tmpfs-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], { stdio: 'pipe' });
    } catch {
      return ctx.skip('mounting a small file system is not allowed here');
    }
    try {
      const file = path.join(mountPoint, 'exports', '报告.pdf');
      await writeOutputFile(file, '%PDF previous');
      const err = await failure(writeOutputFile(file, new Uint8Array(1024 * 1024)));
      expectSentence(err, 'FILE_DISK_FULL', file, '磁盘空间不足', 'The disk is full');
      expect(readFileSync(file, 'utf8')).toBe('%PDF previous');
      expect(leftovers(path.dirname(file))).toEqual([]);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });
});

/**
 * Writes each file as a user who is not root (root writes into read-only folders), answering codes and sentences.
 * The writer is bundled into a folder anyone may read: the clone itself may sit where that user cannot look.
 */
function writeAsOtherUser(files: string[]): { code: string; zh: string }[] {
  const script = `
    import { writeOutputFile } from ${JSON.stringify(path.join(repoRoot, 'electron/files/output-file.ts'))};
    import { toErrorPayload } from ${JSON.stringify(path.join(repoRoot, 'core/errors.ts'))};
    import { errorMessage } from ${JSON.stringify(path.join(repoRoot, 'core/i18n/index.ts'))};
    const answers = [];
    for (const file of ${JSON.stringify(files)}) {
      try {
        await writeOutputFile(file, 'new', { retryForMs: 0 });
        answers.push({ code: 'written', zh: '' });
      } catch (err) {
        answers.push({ code: err.code, zh: errorMessage('zh-CN', toErrorPayload(err)) });
      }
    }
    console.log(JSON.stringify(answers));`;
  const dir = tempDir('report-desk-out-writer-');
  chmodSync(dir, 0o755);
  const bundle = path.join(dir, 'writer.mjs');
  buildSync({
    stdin: { contents: script, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
  });
  chmodSync(bundle, 0o644);
  const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bundle], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the writer as another user failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as { code: string; zh: string }[];
}

const canSwitchUser =
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;

describe.skipIf(!canSwitchUser)('a read-only folder, as a user without write permission', () => {
  it('is said to be read-only or without permission, not open in another program, even for a file that exists', () => {
    const dir = tempDir('report-desk-out-ro-');
    chmodSync(dir, 0o755);
    const readOnly = path.join(dir, 'read-only');
    mkdirSync(readOnly);
    // The file itself may be written by anyone: only its folder refuses the new file that replaces it.
    const existing = path.join(readOnly, '报告.docx');
    writeFileSync(existing, 'previous');
    chmodSync(existing, 0o666);
    chmodSync(readOnly, 0o555);
    const fresh = path.join(readOnly, '新报告.pdf');
    const answers = writeAsOtherUser([existing, fresh]);
    expect(answers.map((a) => a.code)).toEqual(['FILE_NOT_WRITABLE', 'FILE_NOT_WRITABLE']);
    expect(answers[0]!.zh).toContain(`「${existing}」`);
    expect(answers[0]!.zh).toContain('只读');
    expect(answers[0]!.zh).not.toContain('另一个程序');
    expect(readFileSync(existing, 'utf8')).toBe('previous');
    expect(readdirSync(readOnly)).toEqual(['报告.docx']);
  }, 30_000);
});

describe('the errors only some systems give, injected', () => {
  /** The next renames onto `target` fail with `code` (Windows: the file is open in Word or a PDF viewer). */
  function renameFails(target: string, code: string, times = Infinity) {
    const realRename = fs.promises.rename;
    let left = times;
    return vi.spyOn(fs.promises, 'rename').mockImplementation(async (from, to) => {
      if (String(to) === target && left-- > 0) throw systemError(code);
      return realRename(from, to);
    });
  }

  it('says a file open in another program is open (EPERM / EBUSY on replacing it), and keeps it as it was', async () => {
    const dir = tempDir('report-desk-out-');
    const file = path.join(dir, '报告.docx');
    writeFileSync(file, 'open in Word');
    for (const code of ['EPERM', 'EBUSY', 'EACCES']) {
      renameFails(file, code);
      const err = await failure(writeOutputFile(file, 'new', { retryForMs: 0 }));
      expectSentence(err, 'FILE_IN_USE', file, '正被另一个程序打开', 'open in another program');
      expect(readFileSync(file, 'utf8')).toBe('open in Word');
      expect(leftovers(dir)).toEqual([]);
      vi.restoreAllMocks();
    }
  });

  it('writes once a scanner lets go of the file within the retry time', async () => {
    const dir = tempDir('report-desk-out-');
    const file = path.join(dir, '报告.pdf');
    writeFileSync(file, 'old');
    renameFails(file, 'EPERM', 2);
    await writeOutputFile(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('says a new file refused by its folder is read-only or without permission', async () => {
    const dir = tempDir('report-desk-out-');
    const file = path.join(dir, '新报告.pdf');
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const realOpen = fs.promises.open;
      vi.spyOn(fs.promises, 'open').mockImplementation(async (name, ...rest) => {
        if (String(name).includes('.tmp-')) throw systemError(code);
        return realOpen(name, ...rest);
      });
      const err = await failure(writeOutputFile(file, 'new', { retryForMs: 0 }));
      expectSentence(err, 'FILE_NOT_WRITABLE', file, '只读', 'read-only');
      vi.restoreAllMocks();
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'FILE_DISK_FULL', '磁盘空间不足', 'The disk is full'],
    ['EDQUOT', 'FILE_DISK_FULL', '磁盘空间不足', 'The disk is full'],
    ['ENAMETOOLONG', 'FILE_PATH_TOO_LONG', '太长', 'too long'],
    ['ETIMEDOUT', 'FILE_PLACE_UNREACHABLE', '网络位置', 'network location'],
    ['EHOSTUNREACH', 'FILE_PLACE_UNREACHABLE', '网络位置', 'network location'],
    ['EIO', 'FILE_PLACE_UNREACHABLE', 'U 盘', 'USB stick'],
    ['EMFILE', 'FILE_WRITE_FAILED', '未能写入', 'Could not write'],
  ])('turns %s into %s, naming the file', async (errno, code, zh, en) => {
    const dir = tempDir('report-desk-out-');
    const file = path.join(dir, '报告.pdf');
    writeFileSync(file, 'previous');
    renameFails(file, errno);
    expectSentence(await failure(writeOutputFile(file, 'new', { retryForMs: 0 })), code, file, zh, en);
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(leftovers(dir)).toEqual([]);
  });

  it('names the file as the user gave it, not resolved', async () => {
    const dir = tempDir('report-desk-out-');
    const before = process.cwd();
    process.chdir(dir);
    try {
      mkdirSync('exports');
      expectSentence(await failure(writeOutputFile('exports', 'x')), 'FILE_IS_FOLDER', 'exports', '文件夹', 'folder');
    } finally {
      process.chdir(before);
    }
  });
});
