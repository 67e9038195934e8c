// Word files made by LibreOffice through its own API (office_files.py beside this file): what an office suite
// writes, not what a library does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { hasLibreOffice } from './libreoffice';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Debian's Python, which has LibreOffice's UNO bridge (python3-uno). */
const PYTHON = '/usr/bin/python3';

export const hasUno = hasLibreOffice && spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0;

export const OFFICE_FILES = [
  'outline-numbered.doc',
  'outline-numbered.docx',
  'list-numbered.doc',
  'mixed-numbered.doc',
  'typed-numbers.doc',
  'office-extras.docx',
  'office-extras.doc',
] as const;
export type OfficeFile = (typeof OFFICE_FILES)[number];

let made: Record<OfficeFile, string> | undefined;

/**
 * The office-made files, by name. Made once per test run (tests/run-folder.ts), for all the files that read them:
 * starting LibreOffice is most of the cost. The first test process to ask makes them; another that asks meanwhile
 * waits until they are there. Callers only read them.
 */
export function officeFiles(): Record<OfficeFile, string> {
  made ??= sharedOfficeFiles();
  return made;
}

function sharedOfficeFiles(): Record<OfficeFile, string> {
  const dir = path.join(inject('runFolder'), 'office-made');
  const done = path.join(dir, 'done');
  const files = Object.fromEntries(OFFICE_FILES.map((name) => [name, path.join(dir, name)])) as Record<
    OfficeFile,
    string
  >;
  if (!claim(dir)) {
    // Another test process is making them.
    for (let waited = 0; !existsSync(done); waited += 100) {
      if (waited > 120_000) throw new Error('the office-made files were not made (see the test that made them)');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
    return files;
  }
  const image = path.join(here, 'reference/seed-first.png');
  const printed = execFileSync(PYTHON, [path.join(here, 'office_files.py'), dir, image], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const written = new Set(printed.trim().split('\n'));
  for (const file of Object.values(files))
    if (!written.has(file)) throw new Error(`office_files.py did not make ${file}`);
  writeFileSync(done, '');
  return files;
}

/** Whether this process is the one to make the files: the first to create their folder. */
function claim(dir: string): boolean {
  try {
    mkdirSync(dir);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}
