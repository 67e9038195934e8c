// An independent engine for the Word export: LibreOffice headless converts a .docx to PDF (with a fresh user
// profile per run, so no setting of a previous run or of the machine's user leaks in), and .docx to .doc.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Converts `files` into `outDir` as `format` (pdf, doc, docx) in one LibreOffice run, which starts once for
 * them all (the start is most of a conversion); returns the converted files' paths, in order.
 */
export function convertAll(files: string[], format: 'pdf' | 'doc' | 'docx' | 'odt', outDir: string): string[] {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'report-desk-lo-'));
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`));
}

/** Converts one file; see convertAll. */
export const convert = (file: string, format: 'pdf' | 'doc' | 'docx' | 'odt', outDir: string): string =>
  convertAll([file], format, outDir)[0]!;
