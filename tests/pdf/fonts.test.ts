import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedPath } from '../unit/seed';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { defaultSystemFontDirs } from '../../electron/formats/pdf/font-catalog';
import { openedFontFiles } from '../../electron/formats/pdf/font-face';
import { FACE_ROLES, loadFontSet, type FaceRole } from '../../electron/formats/pdf/fonts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fontDir = path.join(repoRoot, 'assets/fonts');
const bundled = (file: string) => path.join(fontDir, file);
const cp = (ch: string) => ch.codePointAt(0)!;

const manifest = JSON.parse(readFileSync(bundled('manifest.json'), 'utf8')) as {
  faces: Record<string, { file: string; family: string; postscriptName: string }>;
};
const tongyong = readFileSync(bundled('tongyong-guifan-hanzi-8105.txt'), 'utf8').split('\n').filter(Boolean);

// 𬌗 (U+2C317) is in the 通用规范汉字表 but not in GB2312, so FandolFang lacks it.
const RARE = '𬌗';
// No bundled face draws emoji or private-use characters.
const NOWHERE = ['😀', '\u{E000}', '\u{10FFFD}'];

/** A TrueType collection of these fonts, face order kept: lets a test put a non-Chinese face at index 0. */
function collection(fonts: Buffer[]): Buffer {
  const headerSize = 12 + 4 * fonts.length;
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let offset = headerSize;
  for (const font of fonts) {
    const count = font.readUInt16BE(4);
    const directory = Buffer.from(font.subarray(0, 12 + 16 * count));
    offsets.push(offset);
    offset += directory.length;
    const tables: Buffer[] = [];
    for (let i = 0; i < count; i++) {
      const record = 12 + 16 * i;
      const start = font.readUInt32BE(record + 8);
      const length = font.readUInt32BE(record + 12);
      const padded = Buffer.alloc((length + 3) & ~3);
      font.copy(padded, 0, start, start + length);
      directory.writeUInt32BE(offset, record + 8);
      tables.push(padded);
      offset += padded.length;
    }
    parts.push(directory, ...tables);
  }
  const header = Buffer.alloc(headerSize);
  header.write('ttcf', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(fonts.length, 8);
  offsets.forEach((o, i) => header.writeUInt32BE(o, 12 + 4 * i));
  return Buffer.concat([header, ...parts]);
}

describe('loadFontSet without Windows fonts (Linux)', () => {
  it('lays out without opening a bundled font file: coverage, glyph ids and advances come from its metrics', () => {
    const set = loadFontSet({ systemFontDirs: [] });
    for (const control of [0x0a, 0x0d, 0x00, 0x7f, 0x9f, 0xd800, 0x110000, -1])
      expect(set.pick('body', control)).toBeNull();
    const face = set.pick('body', cp('法'))!;
    expect(face.id).toBe('bundled-fang');
    expect(face.advance(cp('法'), 16)).toBeCloseTo(16, 1);
    expect(face.glyphId!(cp('法'))).toBeGreaterThan(0);
    expect(set.pick('body', cp(RARE))?.id).toBe('bundled-serif');
    expect(openedFontFiles()).toEqual([]);
  });

  it('resolves every role to its bundled face', () => {
    const set = loadFontSet();
    const expected: Record<FaceRole, string> = {
      title: 'serifBold',
      heading: 'sans',
      kai: 'kai',
      body: 'fang',
      latin: 'latin',
      pageNumber: 'pageNumber',
    };
    for (const role of FACE_ROLES) {
      const chain = set.chain(role);
      expect(chain.every((f) => f.source === 'bundled')).toBe(true);
      expect(chain[0]!.id).toBe(`bundled-${expected[role]}`);
      expect(chain[0]!.file).toBe(bundled(manifest.faces[expected[role]]!.file));
      expect(chain[0]!.postscriptName).toBeUndefined();
      // Every chain ends in every bundled face, the widest (serif) first, so per-character fallback works.
      expect(new Set(chain.map((f) => f.id)).size).toBe(Object.keys(manifest.faces).length);
    }
    expect(set.pick('title', cp('府'))?.family).toBe('Noto Serif CJK SC Bold');
    expect(set.pick('heading', cp('府'))?.family).toBe('Noto Sans CJK SC');
    expect(set.pick('latin', cp('R'))?.family).toBe('Liberation Serif');
    expect(set.used()).toEqual(
      ['Noto Serif CJK SC Bold', 'Noto Sans CJK SC', 'Liberation Serif'].map((family) => ({
        family,
        source: 'bundled',
      })),
    );
  });

  it('finds a face for every character of the 通用规范汉字表 in every chain', () => {
    expect(tongyong).toHaveLength(8105);
    expect(new Set(tongyong).size).toBe(8105);
    const set = loadFontSet({ systemFontDirs: [] });
    for (const role of FACE_ROLES) {
      const missing = tongyong.filter((ch) => set.pick(role, cp(ch)) === null);
      expect(missing, role).toEqual([]);
    }
    // The role's own bundled face carries the whole table (FandolFang only GB2312, hence the fallback; the
    // page-number face only what a page number is made of).
    for (const role of ['title', 'heading', 'kai'] as const) {
      const own = set.chain(role)[0]!;
      expect(
        tongyong.filter((ch) => !own.has(cp(ch))),
        role,
      ).toEqual([]);
    }
  });

  it('prints page numbers from a face of their own, without opening the large Song face', () => {
    const set = loadFontSet({ systemFontDirs: [] });
    const own = set.chain('pageNumber')[0]!;
    for (const ch of '— 0123456789') expect(set.pick('pageNumber', cp(ch)), ch).toBe(own);
    expect(own.family).toBe('Noto Serif CJK SC (page numbers)');
    expect(statSync(own.file).size).toBeLessThan(16 * 1024);
    // Anything else falls through to the last-resort face.
    expect(set.pick('pageNumber', cp('页'))?.id).toBe('bundled-serif');
  });

  it('sets a character FandolFang lacks in the bundled Noto Serif CJK SC', () => {
    const set = loadFontSet({ systemFontDirs: [] });
    expect(set.chain('body')[0]!.has(cp(RARE))).toBe(false);
    expect(set.pick('body', cp(RARE))?.id).toBe('bundled-serif');
    expect(set.used()).toEqual([{ family: 'Noto Serif CJK SC', source: 'bundled' }]);
  });

  it('has a face for every character of the seed report', () => {
    const set = loadFontSet({ systemFontDirs: [] });
    const chars = [...new Set(readFileSync(seedPath, 'utf8'))].filter((ch) => ch.trim() !== '');
    expect(chars.length).toBeGreaterThan(400);
    expect(chars.filter((ch) => set.pick('body', cp(ch)) === null)).toEqual([]);
  });

  it('returns null for a character no face has, and does not report it as used', () => {
    const set = loadFontSet({ systemFontDirs: [] });
    for (const ch of NOWHERE) for (const role of FACE_ROLES) expect(set.pick(role, cp(ch))).toBeNull();
    expect(set.used()).toEqual([]);
  });

  it('gives advance widths and vertical metrics per point', () => {
    const set = loadFontSet({ systemFontDirs: [] });
    const fang = set.pick('body', cp('中'))!;
    expect(fang.advance(cp('中'), 16)).toBeCloseTo(16, 6);
    expect(fang.advance(cp('2'), 16)).toBeCloseTo(8, 6);
    const latin = set.pick('latin', cp('A'))!;
    // Liberation Serif is metric-compatible with Times New Roman: A is 1479/2048 em.
    expect(latin.advance(cp('A'), 12)).toBeCloseTo((1479 / 2048) * 12, 6);
    expect(fang.ascent).toBeGreaterThan(0.7);
    expect(fang.ascent).toBeLessThan(1.2);
    expect(fang.descent).toBeLessThan(0);
    expect(fang.ascent - fang.descent).toBeGreaterThanOrEqual(1);
  });

  it('sets English reports in the Latin serif first, Chinese characters still in the Chinese faces', () => {
    const set = loadFontSet({ systemFontDirs: [], language: 'en' });
    expect(set.pick('body', cp('R'))?.id).toBe('bundled-latin');
    expect(set.pick('title', cp('R'))?.id).toBe('bundled-latinBold');
    expect(set.pick('heading', cp('R'))?.id).toBe('bundled-latinBold');
    expect(set.pick('body', cp('中'))?.id).toBe('bundled-fang');
    expect(set.pick('heading', cp('中'))?.id).toBe('bundled-sans');
  });

  it('fails with FONT_MISSING when the bundled fonts are not there', () => {
    for (const fontDirs of [[], [os.tmpdir()]]) {
      let error: unknown;
      try {
        loadFontSet({ fontDirs, systemFontDirs: [] });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('FONT_MISSING');
    }
  });
});

describe('loadFontSet with Windows fonts installed', () => {
  let windows: string;
  let fontsDir: string;
  let userDir: string;

  beforeAll(() => {
    // Bundled faces under the file names Windows gives its fonts; case as found on real systems.
    windows = mkdtempSync(path.join(os.tmpdir(), 'fonts-test-'));
    fontsDir = path.join(windows, 'Windows', 'Fonts');
    userDir = path.join(windows, 'LocalAppData', 'Microsoft', 'Windows', 'Fonts');
    mkdirSync(fontsDir, { recursive: true });
    mkdirSync(userDir, { recursive: true });
    copyFileSync(bundled(manifest.faces.fang!.file), path.join(fontsDir, 'SIMFANG.TTF'));
    copyFileSync(bundled(manifest.faces.sans!.file), path.join(fontsDir, 'simhei.ttf'));
    copyFileSync(bundled(manifest.faces.latin!.file), path.join(fontsDir, 'times.ttf'));
    writeFileSync(path.join(fontsDir, 'simkai.ttf'), 'not a font');
    // SimSun stand-in: a collection whose face 0 is not Chinese, as face 0 of Noto CJK is Japanese.
    writeFileSync(
      path.join(fontsDir, 'simsun.ttc'),
      collection([
        readFileSync(bundled(manifest.faces.latin!.file)),
        readFileSync(bundled(manifest.faces.serif!.file)),
      ]),
    );
    // Installed for the current user only.
    copyFileSync(bundled(manifest.faces.serifBold!.file), path.join(userDir, '方正小标宋简体.ttf'));
  });
  afterAll(() => rmSync(windows, { recursive: true, force: true }));

  const load = () => loadFontSet({ systemFontDirs: [fontsDir, userDir] });

  it('prefers the system face and reports it', () => {
    const set = load();
    const body = set.pick('body', cp('法'))!;
    expect(body.source).toBe('system');
    expect(body.family).toBe('仿宋 FangSong (Windows)');
    expect(body.file).toBe(path.join(fontsDir, 'SIMFANG.TTF'));
    expect(set.pick('heading', cp('法'))?.family).toBe('黑体 SimHei (Windows)');
    expect(set.pick('title', cp('法'))?.family).toBe('方正小标宋简体 FZXiaoBiaoSong-B05S (Windows)');
    expect(set.pick('latin', cp('A'))?.family).toBe('Times New Roman (Windows)');
    expect(set.used()).toEqual(
      [
        '仿宋 FangSong (Windows)',
        '黑体 SimHei (Windows)',
        '方正小标宋简体 FZXiaoBiaoSong-B05S (Windows)',
        'Times New Roman (Windows)',
      ].map((family) => ({ family, source: 'system' })),
    );
    expect(
      set
        .chain('body')
        .map((f) => f.id)
        .slice(0, 3),
    ).toEqual(['system-fangsong', 'bundled-fang', 'bundled-serif']);
  });

  it('falls back per character from the system face to the bundled ones', () => {
    const set = load();
    expect(set.pick('body', cp(RARE))?.id).toBe('bundled-serif');
    expect(set.used()).toEqual([{ family: 'Noto Serif CJK SC', source: 'bundled' }]);
  });

  it('takes the Simplified Chinese face of a .ttc, not face 0', () => {
    const set = load();
    const song = set.pick('pageNumber', cp('宋'))!;
    expect(song.source).toBe('system');
    expect(song.file).toBe(path.join(fontsDir, 'simsun.ttc'));
    expect(song.postscriptName).toBe('NotoSerifCJKsc-Regular');
    expect(song.postscriptName).toMatch(/sc-Regular$/);
    // The name pdfkit gets really opens that face, and it is the one with Chinese glyphs.
    const face = fontkit.create(song.bytes!(), song.postscriptName) as fontkit.Font;
    expect(face.familyName).toMatch(/ SC$/);
    expect(face.hasGlyphForCodePoint(cp('宋'))).toBe(true);
    // Digits of the page number also come from it: the Latin face 0 is never used.
    expect(set.pick('pageNumber', cp('3'))?.postscriptName).toBe('NotoSerifCJKsc-Regular');
  });

  it('skips a system file that is not a font', () => {
    const set = load();
    expect(set.pick('kai', cp('楷'))?.id).toBe('bundled-kai');
    expect(set.chain('kai')[0]!.has(cp('楷'))).toBe(false);
  });

  it('looks in the machine-wide and the per-user font folders of Windows, and in none elsewhere', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    const env = { WINDIR: process.env.WINDIR, LOCALAPPDATA: process.env.LOCALAPPDATA };
    try {
      Object.defineProperty(process, 'platform', { value: 'linux' });
      expect(defaultSystemFontDirs()).toEqual([]);
      Object.defineProperty(process, 'platform', { value: 'win32' });
      process.env.WINDIR = path.join(windows, 'Windows');
      process.env.LOCALAPPDATA = path.join(windows, 'LocalAppData');
      expect(defaultSystemFontDirs()).toEqual([fontsDir, userDir]);
      expect(loadFontSet().pick('body', cp('法'))?.family).toBe('仿宋 FangSong (Windows)');
    } finally {
      Object.defineProperty(process, 'platform', platform);
      for (const [key, value] of Object.entries(env)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('leaves out the system fonts when no folder is given', () => {
    const set = loadFontSet({ systemFontDirs: [] });
    expect(set.pick('body', cp('法'))?.source).toBe('bundled');
  });
});

describe('the bundled font files', () => {
  it('are single faces with the names the manifest gives, and licences for each', () => {
    const provenance = readFileSync(bundled('PROVENANCE.md'), 'utf8');
    for (const face of Object.values(manifest.faces)) {
      const font = fontkit.create(readFileSync(bundled(face.file)));
      expect('fonts' in font, face.file).toBe(false);
      expect((font as fontkit.Font).postscriptName).toBe(face.postscriptName);
      expect(provenance).toContain(`### ${face.file}`);
    }
    for (const licence of provenance.matchAll(/LICENSES\/([\w.-]+)/g)) {
      expect(readFileSync(path.join(fontDir, 'LICENSES', licence[1]!), 'utf8').length).toBeGreaterThan(500);
    }
  });

  it('carry no reserved font name of LXGW WenKai in the modified Kai subset', () => {
    const kai = fontkit.create(readFileSync(bundled(manifest.faces.kai!.file))) as fontkit.Font;
    for (const name of [kai.familyName, kai.fullName, kai.postscriptName, kai.subfamilyName]) {
      expect(name).not.toMatch(/LXGW|霞鹜/i);
    }
  });

  it('have CFF outlines without subroutines, which pdfkit would embed whole into every PDF', () => {
    interface Cff {
      globalSubrIndex: unknown[];
      topDict: { FDArray?: { Private?: { Subrs?: unknown[] } }[]; Private?: { Subrs?: unknown[] } };
    }
    const cffFaces = Object.values(manifest.faces).filter((f) => f.file.endsWith('.otf'));
    expect(cffFaces.length).toBe(5);
    for (const face of cffFaces) {
      const cff = (fontkit.create(readFileSync(bundled(face.file))) as unknown as { 'CFF ': Cff })['CFF '];
      const local = [cff.topDict.Private, ...(cff.topDict.FDArray ?? []).map((d) => d.Private)];
      expect(cff.globalSubrIndex.length, face.file).toBe(0);
      expect(
        local.reduce((n, p) => n + (p?.Subrs?.length ?? 0), 0),
        face.file,
      ).toBe(0);
    }
  });

  it('come with metrics that agree with the fonts for every code point, and stale metrics are not used', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'font-metrics-'));
    try {
      for (const [key, face] of Object.entries(manifest.faces)) {
        const font = fontkit.create(readFileSync(bundled(face.file))) as fontkit.Font;
        const fromMetrics = loadFontSet({ systemFontDirs: [] })
          .chain('body')
          .find((f) => f.id === `bundled-${key}`)!;
        // The same face without its metrics file: answered by fontkit from cmap and hmtx.
        copyFileSync(bundled(face.file), path.join(dir, face.file));
        writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
        writeFileSync(path.join(dir, `${face.file}.metrics.json`), '{"bytes":1}');
        const fromFont = loadFontSet({ fontDirs: [dir], systemFontDirs: [] })
          .chain('body')
          .find((f) => f.id === `bundled-${key}`)!;
        const probes = [...font.characterSet, ...NOWHERE.map(cp), cp(RARE), 0x20, 0x3000];
        for (const c of probes) {
          expect(fromMetrics.has(c), `${face.file} U+${c.toString(16)}`).toBe(fromFont.has(c));
          if (!fromFont.has(c)) continue;
          expect(fromMetrics.glyphId!(c)).toBe(font.glyphForCodePoint(c).id);
          expect(fromMetrics.advance(c, 1000)).toBeCloseTo(fromFont.advance(c, 1000), 6);
        }
        expect(fromMetrics.ascent).toBeCloseTo(fromFont.ascent, 6);
        expect(fromMetrics.descent).toBeCloseTo(fromFont.descent, 6);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stay within the size budget', () => {
    const total = Object.values(manifest.faces).reduce((sum, f) => sum + readFileSync(bundled(f.file)).length, 0);
    expect(total).toBeLessThanOrEqual(25_000_000);
  });
});
