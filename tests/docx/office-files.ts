// Word files made by LibreOffice through its own API (office_files.py beside this file): what an office suite
// writes, not what a library does.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Makes the office-made files in `dir` (the caller's to remove) and returns them by name. */
export function makeOfficeFiles(dir: string): Record<OfficeFile, string> {
  const image = path.join(here, 'reference/seed-first.png');
  const printed = execFileSync(PYTHON, [path.join(here, 'office_files.py'), dir, image], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const written = new Set(printed.trim().split('\n'));
  const files = Object.fromEntries(OFFICE_FILES.map((name) => [name, path.join(dir, name)]));
  for (const file of Object.values(files))
    if (!written.has(file)) throw new Error(`office_files.py did not make ${file}`);
  return files as Record<OfficeFile, string>;
}
