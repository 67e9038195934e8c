// No export replaces an existing file unless --force says so: every command that writes a file refuses in one
// sentence naming the file and the flag (exit 2), and leaves the file as it was.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedPath } from '../unit/seed';
import { runInProcess } from './in-process';

const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-overwrite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const existing = (name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, 'kept');
  return file;
};
const dataDir = path.join(dir, 'data');

describe('report-desk and files that exist already', () => {
  const commands: [string, (file: string) => string[]][] = [
    ['export --pdf', (f) => ['export', 'seed.json', '--pdf', f]],
    ['export --public --pdf', (f) => ['export', 'seed.json', '--public', '--pdf', f]],
    ['export --docx', (f) => ['export', 'seed.json', '--docx', f]],
    ['export --html', (f) => ['export', 'seed.json', '--html', f]],
    ['slip', (f) => ['slip', 'some-id', '--pdf', f, '--data-dir', dataDir]],
    ['export-package', (f) => ['export-package', 'some-id', '--out', f, '--data-dir', dataDir]],
    ['rollup', (f) => ['rollup', dir, '--xlsx', f]],
    ['import --out', (f) => ['import', seedPath, '--out', f]],
  ];

  it.each(commands)('%s refuses to replace one, naming it and --force', async (_name, args) => {
    const file = existing('out.bin');
    const result = await runInProcess(args(file));
    expect(result.code).toBe(2);
    expect(result.err).toBe(`report-desk: 「${file}」已存在；要覆盖它，请加上 --force 重新运行。\n`);
    expect(readFileSync(file, 'utf8')).toBe('kept');
  });

  it('says so in English, and replaces the file when --force is given', async () => {
    const file = existing('report.json');
    const refused = await runInProcess(['import', seedPath, '--out', file, '--lang', 'en']);
    expect(refused.err).toBe(
      `report-desk: "${file}" exists already; to replace it, run the command again with --force.\n`,
    );
    const forced = await runInProcess(['import', seedPath, '--out', file, '--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ meta: { organisation: '区统计局' } });
  });
});
