// Where the faces come from: the Windows fonts an official document is normally set in, found by their
// usual file names in the system font folders, and the bundled subsets listed in assets/fonts/manifest.json
// (written by build/scripts/subset-fonts.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../core/errors';
import type { FaceSelector, FaceSpec } from './font-face';

/** Keys of the bundled faces in manifest.json. */
export type BundledKey = 'fang' | 'serif' | 'pageNumber' | 'serifBold' | 'sans' | 'kai' | 'latin' | 'latinBold';
export const BUNDLED_KEYS: readonly BundledKey[] = [
  'fang',
  'serif',
  'pageNumber',
  'serifBold',
  'sans',
  'kai',
  'latin',
  'latinBold',
];

export type SystemKey =
  'xiaobiaosong' | 'fangsongGB2312' | 'fangsong' | 'hei' | 'kaiGB2312' | 'kai' | 'song' | 'times' | 'timesBold';

interface SystemFont {
  family: string;
  /** File names as installers name them; matched without regard to case. */
  files: string[];
  /** For a collection: the face to take. */
  select?: FaceSelector;
}

// A SimSun collection also holds NSimSun. A collection standing in for it (another Song .ttc under that
// name) must give its Simplified Chinese face, never face 0, which in the Noto CJK collections is Japanese.
const simplifiedChinese: FaceSelector = (name) => name === 'SimSun' || /sc(-|$)/i.test(name);

export const SYSTEM_FONTS: Record<SystemKey, SystemFont> = {
  xiaobiaosong: {
    family: '方正小标宋简体 FZXiaoBiaoSong-B05S (Windows)',
    files: ['FZXBSJW.TTF', 'FZXBSJW--GB1-0.ttf', '方正小标宋简体.ttf', '方正小标宋_GBK.ttf', 'FZXBSK.TTF'],
  },
  fangsongGB2312: {
    family: '仿宋_GB2312 (Windows)',
    files: ['FS_GB2312.ttf', '仿宋_GB2312.ttf', 'SIMFANG_GB2312.ttf'],
  },
  fangsong: { family: '仿宋 FangSong (Windows)', files: ['simfang.ttf'] },
  hei: { family: '黑体 SimHei (Windows)', files: ['simhei.ttf'] },
  kaiGB2312: { family: '楷体_GB2312 (Windows)', files: ['KTGB2312.ttf', '楷体_GB2312.ttf', 'SIMKAI_GB2312.ttf'] },
  kai: { family: '楷体 KaiTi (Windows)', files: ['simkai.ttf'] },
  song: { family: '宋体 SimSun (Windows)', files: ['simsun.ttc'], select: simplifiedChinese },
  times: { family: 'Times New Roman (Windows)', files: ['times.ttf'] },
  timesBold: { family: 'Times New Roman Bold (Windows)', files: ['timesbd.ttf'] },
};

/** The folders Windows installs fonts to: for all users, and for the current user (since Windows 10 1809). */
export function defaultSystemFontDirs(): string[] {
  if (process.platform !== 'win32') return [];
  const dirs = [path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')];
  if (process.env.LOCALAPPDATA) dirs.push(path.join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
  return dirs;
}

/** The system faces present in the folders (first folder wins), each folder listed once. */
export function findSystemFaces(dirs: string[]): Map<SystemKey, FaceSpec> {
  const byName = new Map<string, string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const key = name.toLowerCase();
      if (!byName.has(key)) byName.set(key, path.join(dir, name));
    }
  }
  const found = new Map<SystemKey, FaceSpec>();
  for (const [key, font] of Object.entries(SYSTEM_FONTS) as [SystemKey, SystemFont][]) {
    const file = font.files.map((f) => byName.get(f.toLowerCase())).find((f) => f !== undefined);
    if (file) found.set(key, { id: `system-${key}`, family: font.family, file, source: 'system', select: font.select });
  }
  return found;
}

interface Manifest {
  faces: Partial<Record<BundledKey, { file: string; family: string; postscriptName: string }>>;
}

const MANIFEST = 'manifest.json';

/**
 * assets/fonts of this checkout or installation: looked for upwards from this module, which runs from
 * electron/formats/pdf/ in tests and from a bundle under out/ otherwise.
 */
export function defaultFontDirs(): string[] {
  // The CommonJS main bundle has __dirname but an empty import.meta; the ESM CLI bundle and tests the reverse.
  const here =
    typeof __dirname === 'string'
      ? __dirname
      : typeof import.meta.url === 'string'
        ? path.dirname(fileURLToPath(import.meta.url))
        : process.cwd();
  for (let dir = here; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'assets', 'fonts');
    if (existsSync(path.join(candidate, MANIFEST))) return [candidate];
    if (path.dirname(dir) === dir) return [];
  }
}

/** The bundled faces from the manifests of the folders (first folder wins per face). */
export function findBundledFaces(dirs: string[]): Map<BundledKey, FaceSpec> {
  const found = new Map<BundledKey, FaceSpec>();
  for (const dir of dirs) {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    } catch {
      continue;
    }
    for (const key of BUNDLED_KEYS) {
      const face = manifest.faces[key];
      if (!face || found.has(key)) continue;
      found.set(key, {
        id: `bundled-${key}`,
        family: face.family,
        file: path.join(dir, face.file),
        source: 'bundled',
      });
    }
  }
  const missing = BUNDLED_KEYS.filter((k) => !found.has(k));
  if (missing.length) {
    throw new AppError('FONT_MISSING', { detail: `${missing.join(', ')} in ${dirs.join(', ') || '(no font folder)'}` });
  }
  return found;
}
