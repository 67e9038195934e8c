// patches/fontkit+2.0.4.patch (applied by patch-package on install): fontkit's CFF subsetter interprets every
// glyph's charstring only to learn which subroutines it calls. The bundled CFF faces have none, so the patch skips
// that work for them (a third of a cold export's CPU time, and a 36 MB optimising compile of the interpreter);
// a CFF face with subroutines — CID-keyed or not, global or only local ones — must still be subset with the
// subroutines its glyphs call.
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

interface Cff {
  isCIDFont: boolean;
  globalSubrIndex: unknown[];
  topDict: { Private?: { Subrs?: unknown[] }; FDArray?: { Private?: { Subrs?: unknown[] } }[] };
}

const open = (file: string, postscriptName?: string): fontkit.Font => {
  const font = fontkit.create(readFileSync(file)) as fontkit.Font | { fonts: fontkit.Font[] };
  return 'fonts' in font ? font.fonts.find((f) => f.postscriptName === postscriptName)! : font;
};
const cffOf = (font: fontkit.Font) => (font as unknown as { 'CFF ': Cff })['CFF '];
/** Local subroutines: in the Private dict of a name-keyed face, in each font dict's of a CID-keyed one. */
const localSubrs = ({ topDict }: Cff) =>
  [topDict.Private, ...(topDict.FDArray ?? []).map((d) => d.Private)].reduce((n, p) => n + (p?.Subrs?.length ?? 0), 0);
/** fontkit caches an interpreted outline on the glyph object: whether this glyph's charstring was interpreted. */
const interpreted = (font: fontkit.Font, gid: number) =>
  Object.getOwnPropertyDescriptor(font.getGlyph(gid), 'path') !== undefined;

/** Subsets the glyphs of `text` as pdfkit does when it embeds a face; returns their ids in the face. */
function subsetText(font: fontkit.Font, text: string): number[] {
  const subset = (font as unknown as { createSubset(): CffSubset }).createSubset();
  const ids = [...text].map((ch) => font.glyphForCodePoint(ch.codePointAt(0)!).id);
  ids.forEach((id) => subset.includeGlyph(id));
  expect(subset.encode().length).toBeGreaterThan(200);
  return ids;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fontkit-patch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PDF of `text` set in `font` by pdfkit, rendered by poppler: its warnings, and the share of inked pixels. */
async function printed(font: fontkit.Font, text: string): Promise<{ warnings: string; ink: number }> {
  const doc = new PDFDocument({ size: [400, 80], margin: 10 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('face', font as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('face').fontSize(20).text(text);
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

const CHINESE = '法治政府建设年度报告一二三（）。，';
const LATIN = 'Report 2023 abcdefghij';
const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/fonts', name);

describe('fontkit CFF subsetting (patched)', () => {
  it('subsets a bundled face, which has no subroutines, without interpreting its charstrings', async () => {
    const font = open(path.join(repoRoot, 'assets/fonts/FandolFang-Regular.otf'));
    const cff = cffOf(font);
    expect(cff.isCIDFont).toBe(true);
    expect(cff.globalSubrIndex.length + localSubrs(cff)).toBe(0);
    const ids = subsetText(font, CHINESE);
    expect(ids.filter((id) => interpreted(font, id))).toEqual([]);
    // The probe itself: reading an outline is what leaves the mark looked for above.
    void font.getGlyph(ids[0]!).path;
    expect(interpreted(font, ids[0]!)).toBe(true);
    const { warnings, ink } = await printed(font, CHINESE);
    expect(warnings).toBe('');
    expect(ink).toBeGreaterThan(0.02);
  });

  const faces: { name: string; file: string; postscriptName?: string; text: string; cid: boolean; global: boolean }[] =
    [
      {
        name: 'name-keyed, global and local subroutines',
        file: fixture('lmroman10-regular-subset.otf'),
        text: LATIN,
        cid: false,
        global: true,
      },
      {
        name: 'name-keyed, local subroutines only',
        file: fixture('laksaman-subset.otf'),
        text: LATIN,
        cid: false,
        global: false,
      },
      {
        name: 'CID-keyed, global and local subroutines (Noto Serif CJK SC)',
        file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
        postscriptName: 'NotoSerifCJKsc-Regular',
        text: CHINESE,
        cid: true,
        global: true,
      },
    ];
  for (const face of faces) {
    it.skipIf(!existsSync(face.file))(`still subsets a face with subroutines (${face.name})`, async () => {
      const font = open(face.file, face.postscriptName);
      const cff = cffOf(font);
      expect(cff.isCIDFont).toBe(face.cid);
      expect(cff.globalSubrIndex.length > 0).toBe(face.global);
      expect(localSubrs(cff)).toBeGreaterThan(0);
      const ids = subsetText(font, face.text.replace(/ /g, ''));
      expect(ids.every((id) => interpreted(font, id))).toBe(true);
      // A subroutine left out of the subset would make poppler complain or leave the glyph blank.
      const { warnings, ink } = await printed(font, face.text);
      expect(warnings).toBe('');
      expect(ink).toBeGreaterThan(0.01);
    });
  }
});
