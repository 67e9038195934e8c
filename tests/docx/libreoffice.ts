// An independent engine for the Word export: LibreOffice headless converts a .docx to PDF (with a fresh user
// profile per run, so no setting of a previous run or of the machine's user leaks in), and .docx to .doc.
// LibreOffice sets the .docx in the faces the PDF export is set in (the bundled ones, in assets/fonts), as Word
// on an office PC sets it in the same installed faces as the app's PDF: a fontconfig file of the run's own names
// the official faces after them. Without it every face falls back to one sans face of the machine's.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XMLBuilder } from 'fast-xml-parser';
import { CHINESE_FACES, type DocxFace } from '../../electron/formats/docx/template';

export const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

const fontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/fonts');

/** The bundled face the PDF export sets each of the template's faces in (electron/formats/pdf/fonts.ts). */
const BUNDLED: Record<DocxFace, { family: string; bold?: boolean }> = {
  title: { family: 'Noto Serif CJK SC', bold: true },
  heading: { family: 'Noto Sans CJK SC' },
  kai: { family: 'Desk Kai' },
  body: { family: 'FandolFang R' },
  pageNumber: { family: 'Noto Serif CJK SC' },
};

function fontConfig(cacheDir: string): string {
  const string = (value: string) => ({ string: value });
  const matches = (Object.keys(BUNDLED) as DocxFace[]).map((face) => ({
    '@target': 'pattern',
    test: { '@name': 'family', ...string(CHINESE_FACES[face].name) },
    edit: [
      { '@name': 'family', '@mode': 'assign', '@binding': 'strong', ...string(BUNDLED[face].family) },
      ...(BUNDLED[face].bold ? [{ '@name': 'weight', '@mode': 'assign', '@binding': 'strong', const: 'bold' }] : []),
    ],
  }));
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@' });
  return builder.build({
    fontconfig: {
      include: { '@ignore_missing': 'yes', '#text': '/etc/fonts/fonts.conf' },
      dir: fontDir,
      cachedir: cacheDir,
      // The page-number subset shares its family name with the whole face.
      selectfont: { rejectfont: { glob: '*PageNumber*' } },
      match: matches,
    },
  });
}

/**
 * Converts `files` into `outDir` as `format` (pdf, doc, docx) in one LibreOffice run, which starts once for
 * them all (the start is most of a conversion); returns the converted files' paths, in order.
 */
export function convertAll(files: string[], format: 'pdf' | 'doc' | 'docx' | 'odt', outDir: string): string[] {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'report-desk-lo-'));
  try {
    const config = path.join(profile, 'fonts.conf');
    writeFileSync(config, fontConfig(path.join(profile, 'font-cache')));
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
      { stdio: 'pipe', timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: config } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`));
}

/** Converts one file; see convertAll. */
export const convert = (file: string, format: 'pdf' | 'doc' | 'docx' | 'odt', outDir: string): string =>
  convertAll([file], format, outDir)[0]!;
