// The files a roll-up reads: those given, and everything inside the folders given (subfolders too, as an
// office sorts what it receives by district or by date). A folder bearing a report file's name is refused
// rather than entered; hidden files and Office's lock files (~$…) are not departments' reports. What the walk does
// not read is listed with why: a folder nested too deep, a link leading out of the folder chosen.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, errorDetail, type ErrorCode } from '../../../core/errors';
import { readError } from '../../files/file-errors';

export interface FoundFile {
  path: string;
  /** As the workbook shows it: relative to the folder given, or the file's name. */
  display: string;
}

export interface Refusal {
  display: string;
  code: ErrorCode;
  params: Record<string, string | number>;
}

export interface Collected {
  files: FoundFile[];
  refused: Refusal[];
}

const REPORT_FILE_NAME = /\.(rldpkg|txt|docx?|wps|json)$/i;
/** Deeper than any office's filing; stops a runaway walk through a link loop or a pathological tree. */
const MAX_DEPTH = 16;

const skipped = (name: string) => name.startsWith('.') || name.startsWith('~$');

const unreadable = (display: string, err: unknown): Refusal => ({
  display,
  code: 'FILE_READ_FAILED',
  params: { detail: `${path.basename(display)}: ${errorDetail(err)}` },
});

const notAFile = (display: string): Refusal => ({ display, code: 'ROLLUP_NOT_A_FILE', params: {} });

const inside = (target: string, root: string) => {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Whether a link leads to a folder (true) or a file (false) within the folder chosen; null (listed) if elsewhere. */
async function followed(full: string, display: string, root: string, out: Collected): Promise<boolean | null> {
  try {
    if (!inside(await realpath(full), await realpath(root))) {
      out.refused.push({ display, code: 'ROLLUP_LINK_OUTSIDE', params: {} });
      return null;
    }
    return (await stat(full)).isDirectory();
  } catch (err) {
    out.refused.push(unreadable(display, err));
    return null;
  }
}

async function walk(dir: string, root: string, depth: number, out: Collected): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.refused.push(unreadable(path.relative(root, dir) || path.basename(dir), err));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const display = path.relative(root, full);
    const isDirectory = entry.isSymbolicLink() ? await followed(full, display, root, out) : entry.isDirectory();
    if (isDirectory === null) continue;
    if (isDirectory) {
      if (REPORT_FILE_NAME.test(entry.name)) out.refused.push(notAFile(display));
      else if (depth < MAX_DEPTH) await walk(full, root, depth + 1, out);
      else out.refused.push({ display, code: 'ROLLUP_TOO_DEEP', params: { depth: MAX_DEPTH } });
    } else {
      out.files.push({ path: full, display });
    }
  }
}

/** Every file to read; `exclude` keeps out files the roll-up itself writes (the workbook). */
export async function collectFiles(inputs: readonly string[], exclude: readonly string[] = []): Promise<Collected> {
  const out: Collected = { files: [], refused: [] };
  for (const input of inputs) {
    const full = path.resolve(input);
    let isDirectory: boolean;
    try {
      isDirectory = (await lstat(full)).isDirectory();
    } catch (err) {
      // A folder or file the user named that is not there (a typo) stops the roll-up with one sentence: a
      // workbook of nothing would look like a roll-up.
      throw readError(err, input);
    }
    if (!isDirectory) out.files.push({ path: full, display: path.basename(full) });
    else if (REPORT_FILE_NAME.test(full)) out.refused.push(notAFile(path.basename(full)));
    else await walk(full, full, 0, out);
  }
  const excluded = new Set(exclude.map((f) => path.resolve(f)));
  out.files = out.files.filter((f) => !excluded.has(f.path));
  if (out.files.length === 0 && out.refused.length === 0)
    throw new AppError('ROLLUP_NOTHING_FOUND', { detail: inputs.join(', ') });
  return out;
}
