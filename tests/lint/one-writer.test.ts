// One way to put a file on disk: the durable write and the output writer over it (electron/files/). Any other
// file-writing call in electron/ would be a second writer, with its own half-written files and its own error
// messages; the few that are not writes of a file the program keeps are named here with the reason.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Calls that create or replace a file's content or name, and an exceljs or pdfkit writer given a file name. */
const WRITES =
  /\b(writeFile|writeFileSync|appendFile|appendFileSync|rename|renameSync|copyFile|copyFileSync|cp|cpSync|createWriteStream|truncate|truncateSync)\s*\(|\bfilename\s*:/g;

/** Files outside electron/files/ that may write, by name (so they stay allowed wherever their folder moves). */
const ALLOWED: Record<string, string> = {
  // The lock file is created with O_EXCL and linked into place: its own atomic protocol, never an output.
  'folder-lock.ts': 'the data folder lock',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** `file:line call` for every write in the source, comments left out. */
function writesIn(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const code = line
      .replace(/\/\*.*?(\*\/|$)/g, '')
      .replace(/\/\/.*$/, '')
      .replace(/^\s*\*.*$/, '');
    return [...code.matchAll(WRITES)].map((m) => `${path.relative(repoRoot, file)}:${i + 1} ${m[1] ?? m[0]}`);
  });
}

describe('one writer', () => {
  const electron = path.join(repoRoot, 'electron');
  const writers = path.join(electron, 'files');

  it('finds writes where there are some (the check itself works)', () => {
    expect(writesIn(path.join(writers, 'durable-file.ts')).join('\n')).toMatch(/rename/);
  });

  it('leaves every file write in electron/ to electron/files/', () => {
    const elsewhere = sourceFiles(electron)
      .filter((file) => !file.startsWith(writers + path.sep))
      .filter((file) => !(path.basename(file) in ALLOWED))
      .flatMap(writesIn);
    expect(elsewhere).toEqual([]);
  });
});
