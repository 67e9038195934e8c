// The README's command-line sequence runs as written: its marked block is read from README.md and run line by
// line, in order, against the built `report-desk`, from a folder laid out as the repository (the seed text
// under tests/fixtures/) with nothing beside it (../report-desk-try/ absent, so the data folder starts empty).
// Each line must exit 0 and print what it is there for; a line added to the block without an expectation here
// fails the test, so the README and this test change together.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportStore } from '../../electron/store/store';
import { repoRoot, seedPath } from '../unit/seed';
import { bin } from './built-cli';

const MARKER = '<!-- readme-cli-sequence';

/** The marked block's commands, without their trailing comments. */
function readmeLines(): string[] {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const at = readme.indexOf(MARKER);
  expect(at, 'README.md has the marked command-line block').toBeGreaterThan(0);
  const block = /```sh\n([\s\S]*?)\n```/.exec(readme.slice(at))![1]!;
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter(Boolean);
}

/** What each line prints (stdout and stderr together), found by a part of the line (or a pattern). */
const EXPECTED: [string | RegExp, RegExp][] = [
  ['import tests/fixtures/seed-report-2023.txt', /已导入为新报告：区统计局2023年法治政府建设情况报告\n编号：\S+/],
  ['report-desk list', /^\S+\t2023\t草稿\t/],
  ['ID=', /^$/],
  ['report-desk show', /^编号：\S+\n单位：区统计局\n年度：2023\n状态：草稿\n[\s\S]*\n一、主要工作开展情况\n/],
  ['--docx ../report-desk-try/seed.docx', /已导出 Word 文件 → \.\.\/report-desk-try\/seed\.docx/],
  [
    'import ../report-desk-try/seed.docx',
    /已导入「区统计局2023年法治政府建设情况报告」→ \.\.\/report-desk-try\/seed\.json/,
  ],
  [/text \.\.\/report-desk-try\/seed\.json$/, /^区统计局2023年法治政府建设情况报告\n/],
  ['validate', /0 error\(s\)/],
  ['--pdf ../report-desk-try/seed.pdf --draft', /已导出 PDF → \.\.\/report-desk-try\/seed\.pdf（6 页/],
  ['export-package', /已导出报告包 → \.\.\/report-desk-try\/report\.rldpkg/],
  ['import-package', /已导入「区统计局2023年法治政府建设情况报告」，编号 \S+/],
  ['> ../report-desk-try/revised.txt', /^$/],
  ['--into $ID', /已将修改稿导入为新的草稿版本：区统计局2023年法治政府建设情况报告/],
  ['--step submit', /已送审：.*当前状态：送审/],
  ['--step review', /已核稿：/],
  ['--step approve', /已签发：.*当前状态：已签发/],
  ['report-desk versions', /^第1版\t[\s\S]*\n第3版\t.*已签发/],
  ['report-desk diff', /两个版本的文字相同/],
  ['--pdf ../report-desk-try/out.pdf', /已导出 PDF → \.\.\/report-desk-try\/out\.pdf/],
  ['report-desk slip', /已导出发文稿纸：\.\.\/report-desk-try\/slip\.pdf/],
  [
    'report-desk verify',
    /^核对通过：该 PDF 与《区统计局2023年法治政府建设情况报告》第3版（签发稿）打印出的文件完全相同/,
  ],
  ['--step clear-secrecy', /保密审查/],
  ['--html', /已导出公开版网页：\.\.\/report-desk-try\/public\.html/],
  ['--public', /已导出 PDF → \.\.\/report-desk-try\/public\.pdf/],
  ['report-desk next-year', /区统计局2024年法治政府建设情况报告/],
  ['report-desk rollup', /已写出汇总表 → \.\.\/report-desk-try\/rollup\.xlsx（1 个单位，0 个问题文件/],
];

const work = mkdtempSync(path.join(os.tmpdir(), 'report-desk-readme-'));
const repo = path.join(work, 'repo');
const binDir = path.join(work, 'bin');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(path.join(repo, 'tests/fixtures'), { recursive: true });
  copyFileSync(seedPath, path.join(repo, 'tests/fixtures/seed-report-2023.txt'));
  // `report-desk` on the PATH, as `npm link` puts it there.
  mkdirSync(binDir);
  writeFileSync(path.join(binDir, 'report-desk'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  chmodSync(path.join(binDir, 'report-desk'), 0o755);
}, 120_000);

describe("the README's command-line sequence", () => {
  it('runs top to bottom as written, from an empty data folder, each line doing what it says', () => {
    const { REPORT_DESK_LANG: _language, ...environment } = process.env;
    const env: Record<string, string | undefined> = {
      ...environment,
      PATH: `${binDir}${path.delimiter}${process.env.PATH}`,
    };
    const lines = readmeLines();
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const expected = EXPECTED.filter(([part]) => (typeof part === 'string' ? line.includes(part) : part.test(line)));
      expect(expected.length, `an expectation for: ${line}`).toBeGreaterThan(0);
      // A variable set from a command's output (ID=$(…)) is kept for the lines after it, as a shell keeps it.
      const assignment = /^([A-Z_]+)=\$\((.+)\)$/.exec(line);
      const run = spawnSync('sh', ['-c', assignment ? assignment[2]! : line], { cwd: repo, env, encoding: 'utf8' });
      expect(run.status, `${line}\n${run.stderr}`).toBe(0);
      if (assignment) {
        env[assignment[1]!] = run.stdout.trim();
        expect(env[assignment[1]!], line).toMatch(/^[\w-]+$/);
        continue;
      }
      for (const [, pattern] of expected) expect(`${run.stdout}${run.stderr}`, line).toMatch(pattern);
    }
  }, 180_000);

  it('as it says, the app and the command line take turns: a change waits for the folder, reading runs beside', async () => {
    const dataDir = path.join(work, 'held');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args, '--data-dir', dataDir], { cwd: repo, encoding: 'utf8' });
    expect(cli('import', 'tests/fixtures/seed-report-2023.txt').status).toBe(0);
    const id = cli('list').stdout.split('\t')[0]!;
    // The app holds the folder: its store has the lock.
    const app = await ReportStore.open(dataDir);
    try {
      const change = cli('sign-off', id, '--step', 'submit', '--name', '张三');
      expect(change.status).toBe(2);
      expect(change.stderr).toMatch(
        /^report-desk: 数据文件夹正被另一个正在运行的报告助手使用（进程 \d+），请先关闭它。/,
      );
      expect(change.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(cli('show', id).status).toBe(0);
    } finally {
      await app.close();
    }
    expect(cli('sign-off', id, '--step', 'submit', '--name', '张三').status).toBe(0);
  }, 60_000);
});
