// patches/fontkit+2.0.4.patch (applied by patch-package on install): fontkit's CFF subsetter interprets every
// glyph's charstring only to learn which subroutines it calls. The bundled faces have none, so the patch skips
// that work there (most of a cold export's CPU time and a 36 MB compile); faces with subroutines, such as a
// Windows font, must still be subset with the subroutines their glyphs use.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../unit/seed';

interface CffSubset {
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

interface CffTables {
  globalSubrIndex: unknown[];
  topDict: { FDArray?: { Private?: { Subrs?: unknown[] } }[] };
}

const subsetOf = (font: fontkit.Font) => (font as unknown as { createSubset(): CffSubset }).createSubset();
const cffOf = (font: fontkit.Font) => (font as unknown as { 'CFF ': CffTables })['CFF '];
/** fontkit caches an interpreted outline on the glyph object: whether the subsetter interpreted this glyph. */
const interpreted = (font: fontkit.Font, gid: number) => Object.getOwnPropertyDescriptor(font.getGlyph(gid), 'path');

const TEXT = '法治政府建设年度报告一二三（）。，';

/** Subsets the glyphs of TEXT as pdfkit does when it embeds a face; returns their ids in the face. */
function subsetText(font: fontkit.Font): number[] {
  const subset = subsetOf(font);
  const ids = [...TEXT].map((ch) => font.glyphForCodePoint(ch.codePointAt(0)!).id);
  ids.forEach((id) => subset.includeGlyph(id));
  expect(subset.encode().length).toBeGreaterThan(1000);
  return ids;
}

/** A PDF of TEXT set in `font` by pdfkit, rendered by poppler: its warnings, and the share of inked pixels. */
async function printed(font: fontkit.Font, dir: string): Promise<{ warnings: string; ink: number }> {
  const doc = new PDFDocument({ size: [400, 80], margin: 10 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('face', font as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('face').fontSize(20).text(TEXT);
  doc.end();
  await ended;
  const pdf = path.join(dir, 'face.pdf');
  writeFileSync(pdf, Buffer.concat(chunks));
  const run = spawnSync('pdftoppm', ['-r', '72', '-gray', '-singlefile', pdf, path.join(dir, 'face')], {
    encoding: 'utf8',
  });
  const pgm = readFileSync(path.join(dir, 'face.pgm'));
  const pixels = pgm.subarray(pgm.length - 400 * 80);
  return { warnings: run.stderr, ink: pixels.filter((v) => v < 128).length / pixels.length };
}

describe('fontkit CFF subsetting (patched)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'fontkit-patch-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('subsets a bundled face, which has no subroutines, without interpreting its charstrings', async () => {
    const font = fontkit.create(readFileSync(path.join(repoRoot, 'assets/fonts/FandolFang-Regular.otf')));
    expect(cffOf(font as fontkit.Font).globalSubrIndex).toHaveLength(0);
    const ids = subsetText(font as fontkit.Font);
    expect(ids.filter((id) => interpreted(font as fontkit.Font, id))).toEqual([]);
    const { warnings, ink } = await printed(font as fontkit.Font, dir);
    expect(warnings).toBe('');
    expect(ink).toBeGreaterThan(0.02);
  });

  const noto = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
  it.skipIf(!existsSync(noto))('still subsets a face with subroutines with the subroutines it calls', async () => {
    const collection = fontkit.create(readFileSync(noto)) as unknown as { fonts: fontkit.Font[] };
    const font = collection.fonts.find((f) => f.postscriptName === 'NotoSerifCJKsc-Regular')!;
    const cff = cffOf(font);
    expect(cff.globalSubrIndex.length).toBeGreaterThan(0);
    const ids = subsetText(font);
    expect(ids.every((id) => interpreted(font, id))).toBe(true);
    // A subroutine left out of the subset would make poppler complain and leave the glyph blank.
    const { warnings, ink } = await printed(font, dir);
    expect(warnings).toBe('');
    expect(ink).toBeGreaterThan(0.02);
  });
});
