// The faces the PDF export sets each role in: the Windows fonts of an official document when installed,
// else the bundled free faces, and for every role a chain that ends in the bundled faces, so a character
// missing in the preferred face is set in the next face that has it.
import { LazyFace, type FaceSpec, type FontFace } from './font-face';
import {
  BUNDLED_KEYS,
  defaultFontDirs,
  defaultSystemFontDirs,
  findBundledFaces,
  findSystemFaces,
  type BundledKey,
  type SystemKey,
} from './font-catalog';

// The faces a font set hands out are font-face.ts's, beside the face that implements them.
export type { FontFace } from './font-face';

export type FaceRole = 'title' | 'heading' | 'kai' | 'body' | 'latin' | 'pageNumber';
export const FACE_ROLES: readonly FaceRole[] = ['title', 'heading', 'kai', 'body', 'latin', 'pageNumber'];

export interface FontSet {
  /** Preferred face first, then the fallbacks. A face whose file turns out unreadable has no glyphs, so
   * register faces with pdfkit as pick() returns them, not the whole chain up front. */
  chain(role: FaceRole): FontFace[];
  /** The first face in the chain that has the glyph; null when none has it. */
  pick(role: FaceRole, codePoint: number): FontFace | null;
  /** Faces picked so far, in the order first picked: each family once, with where it came from. */
  used(): UsedFont[];
}

/** A face the export used: its family, and whether it is the system's or one bundled with the program. */
export interface UsedFont {
  family: string;
  source: FontFace['source'];
}

export interface FontSetOptions {
  /** Folders holding a bundled manifest.json; default: assets/fonts. */
  fontDirs?: string[];
  /** Folders searched for the Windows fonts; default: the Windows font folders on Windows, none elsewhere. */
  systemFontDirs?: string[];
  language?: 'zh-CN' | 'en';
}

interface RolePlan {
  system: SystemKey[];
  bundled: BundledKey;
}

// GB/T 9704 faces: 小标宋 title, 黑体 level-1 headings, 楷体 level-2, 仿宋 body, 宋体 page numbers.
const ZH_PLAN: Record<FaceRole, RolePlan> = {
  title: { system: ['xiaobiaosong'], bundled: 'serifBold' },
  heading: { system: ['hei'], bundled: 'sans' },
  kai: { system: ['kaiGB2312', 'kai'], bundled: 'kai' },
  body: { system: ['fangsongGB2312', 'fangsong'], bundled: 'fang' },
  latin: { system: ['times'], bundled: 'latin' },
  pageNumber: { system: ['song'], bundled: 'pageNumber' },
};

// English reports set Latin text in a Times-style serif (bold for title and headings); Chinese characters in
// them still fall through to the Chinese chain of the role.
const EN_LATIN: Record<FaceRole, RolePlan> = {
  title: { system: ['timesBold'], bundled: 'latinBold' },
  heading: { system: ['timesBold'], bundled: 'latinBold' },
  kai: { system: ['times'], bundled: 'latin' },
  body: { system: ['times'], bundled: 'latin' },
  latin: { system: ['times'], bundled: 'latin' },
  pageNumber: { system: ['times'], bundled: 'latin' },
};

/** Control characters, surrogates and values outside Unicode have no glyph in any face: no need to open them all. */
const drawable = (cp: number): boolean =>
  Number.isInteger(cp) && cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp <= 0xdfff) && cp <= 0x10ffff;

/** The last resort after a role's own faces: the widest bundled face first, then every other bundled face. */
const TAIL: readonly BundledKey[] = ['serif', ...BUNDLED_KEYS.filter((k) => k !== 'serif')];

// Faces live as long as the process, so their glyph caches serve every export after the first.
const faces = new Map<string, LazyFace>();
function face(spec: FaceSpec): LazyFace {
  const key = `${spec.id}\0${spec.file}`;
  let existing = faces.get(key);
  if (!existing) faces.set(key, (existing = new LazyFace(spec)));
  return existing;
}

/** Load the faces for an export. Cheap: files are listed, not opened, until a glyph is asked for. */
export function loadFontSet(options: FontSetOptions = {}): FontSet {
  const bundledSpecs = findBundledFaces(options.fontDirs ?? defaultFontDirs());
  const systemSpecs = findSystemFaces(options.systemFontDirs ?? defaultSystemFontDirs());
  const bundled = (key: BundledKey) => face(bundledSpecs.get(key)!);

  const chains = new Map<FaceRole, LazyFace[]>();
  const chain = (role: FaceRole): LazyFace[] => {
    let list = chains.get(role);
    if (!list) {
      const plans = options.language === 'en' ? [EN_LATIN[role], ZH_PLAN[role]] : [ZH_PLAN[role]];
      const ordered: LazyFace[] = [];
      for (const plan of plans) {
        for (const key of plan.system) {
          const spec = systemSpecs.get(key);
          if (spec) ordered.push(face(spec));
        }
        ordered.push(bundled(plan.bundled));
      }
      ordered.push(...TAIL.map(bundled));
      list = [...new Set(ordered)];
      chains.set(role, list);
    }
    return list;
  };

  const picks = new Map<FaceRole, Map<number, LazyFace | null>>();
  const used = new Map<string, UsedFont>();
  return {
    chain: (role) => [...chain(role)],
    pick(role, codePoint) {
      let byCode = picks.get(role);
      if (!byCode) picks.set(role, (byCode = new Map()));
      let picked = byCode.get(codePoint);
      if (picked === undefined) {
        picked = drawable(codePoint) ? (chain(role).find((f) => f.has(codePoint)) ?? null) : null;
        byCode.set(codePoint, picked);
        if (picked && !used.has(picked.family))
          used.set(picked.family, { family: picked.family, source: picked.source });
      }
      return picked;
    },
    used: () => [...used.values()],
  };
}
