#!/usr/bin/env node
// Builds the bundled PDF fonts in assets/fonts/ from Debian's font packages: takes the Simplified Chinese
// faces out of the Noto CJK collections, subsets every CJK face to the 通用规范汉字表 (8105 characters, from
// the Unicode Consortium's Unihan kTGH field) plus Latin, punctuation and symbol ranges, renames the LXGW
// WenKai subset (its licence reserves the names "LXGW" and "霞鹜" for unmodified fonts), and copies the
// Latin faces unmodified. Writes the character list, manifest.json, LICENSES/ and PROVENANCE.md.
//
// One-time generation, re-runnable and deterministic for the same package versions:
//   apt-get install fonts-noto-cjk fonts-lxgw-wenkai fonts-liberation2 texlive-lang-chinese unicode-data libharfbuzz-bin
//   node build/scripts/subset-fonts.mjs
import * as fontkit from 'fontkit';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'assets/fonts');
const seedPath = path.resolve(root, 'tests/fixtures/seed-report-2023.txt');
const unihanPath = '/usr/share/unicode/Unihan_OtherMappings.txt.bz2';
const CHARLIST = 'tongyong-guifan-hanzi-8105.txt';
const COMMAND = 'node build/scripts/subset-fonts.mjs';

const noto = '/usr/share/fonts/opentype/noto';
const fandol = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol';
const liberation = '/usr/share/fonts/truetype/liberation2';

/**
 * The bundled faces. `key` is what electron/formats/pdf/fonts.ts asks the manifest for; `coverage` names a
 * character set below; `postscriptName` picks a face out of a collection; `rename` gives a modified face
 * the names it must carry instead of reserved ones; `copy` ships the file unmodified.
 */
const FACES = [
  {
    key: 'fang',
    file: 'FandolFang-Regular.otf',
    family: 'FandolFang',
    package: 'texlive-lang-chinese',
    source: `${fandol}/FandolFang-Regular.otf`,
    coverage: 'standard',
    licence: 'fandol',
  },
  {
    key: 'serif',
    file: 'NotoSerifCJKsc-Regular.otf',
    family: 'Noto Serif CJK SC',
    package: 'fonts-noto-cjk',
    source: `${noto}/NotoSerifCJK-Regular.ttc`,
    postscriptName: 'NotoSerifCJKsc-Regular',
    coverage: 'fallback',
    licence: 'noto',
  },
  {
    key: 'pageNumber',
    file: 'NotoSerifCJKsc-PageNumber.otf',
    family: 'Noto Serif CJK SC (page numbers)',
    package: 'fonts-noto-cjk',
    source: `${noto}/NotoSerifCJK-Regular.ttc`,
    postscriptName: 'NotoSerifCJKsc-Regular',
    coverage: 'pageNumber',
    licence: 'noto',
  },
  {
    key: 'serifBold',
    file: 'NotoSerifCJKsc-Bold.otf',
    family: 'Noto Serif CJK SC Bold',
    package: 'fonts-noto-cjk',
    source: `${noto}/NotoSerifCJK-Bold.ttc`,
    postscriptName: 'NotoSerifCJKsc-Bold',
    coverage: 'standard',
    licence: 'noto',
  },
  {
    key: 'sans',
    file: 'NotoSansCJKsc-Regular.otf',
    family: 'Noto Sans CJK SC',
    package: 'fonts-noto-cjk',
    source: `${noto}/NotoSansCJK-Regular.ttc`,
    postscriptName: 'NotoSansCJKsc-Regular',
    coverage: 'standard',
    licence: 'noto',
  },
  {
    key: 'kai',
    file: 'DeskKai-Regular.ttf',
    family: 'Desk Kai (LXGW WenKai subset)',
    package: 'fonts-lxgw-wenkai',
    source: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
    coverage: 'standard',
    licence: 'wenkai',
    rename: { family: 'Desk Kai', postscript: 'DeskKai-Regular' },
  },
  {
    key: 'latin',
    file: 'LiberationSerif-Regular.ttf',
    family: 'Liberation Serif',
    package: 'fonts-liberation2',
    source: `${liberation}/LiberationSerif-Regular.ttf`,
    copy: true,
    licence: 'liberation',
  },
  {
    key: 'latinBold',
    file: 'LiberationSerif-Bold.ttf',
    family: 'Liberation Serif Bold',
    package: 'fonts-liberation2',
    source: `${liberation}/LiberationSerif-Bold.ttf`,
    copy: true,
    licence: 'liberation',
  },
];

const LICENCES = {
  noto: [{ from: '/usr/share/doc/fonts-noto-cjk/copyright', to: 'fonts-noto-cjk.copyright.txt' }],
  wenkai: [{ from: '/usr/share/doc/fonts-lxgw-wenkai/copyright', to: 'fonts-lxgw-wenkai.copyright.txt' }],
  liberation: [{ from: '/usr/share/doc/fonts-liberation2/copyright', to: 'fonts-liberation2.copyright.txt' }],
  fandol: [
    { from: '/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz', to: 'FandolFang-COPYING-GPL-3.0.txt' },
    { from: '/usr/share/doc/texlive-doc/fonts/fandol/README', to: 'FandolFang-README.txt' },
  ],
};

/** Unicode ranges added to the 8105 characters, inclusive. */
const RANGES = [
  [0x0020, 0x007e, 'ASCII'],
  [0x00a0, 0x00ff, 'Latin-1 Supplement'],
  [0x0100, 0x017f, 'Latin Extended-A (pinyin tones)'],
  [0x01cd, 0x01dc, 'Latin Extended-B pinyin vowels ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ'],
  [0x02c6, 0x02dd, 'spacing modifiers ˆ ˇ ˉ ˊ ˋ ˙'],
  [0x0391, 0x03c9, 'Greek letters'],
  [0x0401, 0x0451, 'Cyrillic letters'],
  [0x2000, 0x206f, 'General Punctuation'],
  [0x2100, 0x214f, 'Letterlike Symbols (℃ № ™)'],
  [0x2150, 0x218f, 'Number Forms (Ⅰ Ⅱ ⅰ)'],
  [0x2190, 0x21ff, 'Arrows'],
  [0x2200, 0x22ff, 'Mathematical Operators (≤ ≥ ≠ ±)'],
  [0x2460, 0x24ff, 'Enclosed Alphanumerics (① ⑴ ⒈)'],
  [0x2500, 0x257f, 'Box Drawing'],
  [0x25a0, 0x25ff, 'Geometric Shapes (■ □ ● ○ △)'],
  [0x2600, 0x26ff, 'Miscellaneous Symbols (★ ☆)'],
  [0x3000, 0x303f, 'CJK Symbols and Punctuation'],
  [0x3200, 0x32ff, 'Enclosed CJK Letters and Months (㈠ ㊣)'],
  [0x3300, 0x33ff, 'CJK Compatibility (㎡ ㎞)'],
  [0xfe30, 0xfe4f, 'CJK Compatibility Forms'],
  [0xff00, 0xffef, 'Halfwidth and Fullwidth Forms'],
];
/** The last-resort face also carries the whole basic CJK block, for rare characters in names and places. */
const FALLBACK_RANGES = [[0x4e00, 0x9fff, 'CJK Unified Ideographs (whole block)']];
/**
 * The page number「— 3 —」is set in 宋体: a face of its own with just these characters, so that printing the
 * numbers does not open the 8 MB last-resort face (a third of a cold export's font parsing).
 */
const PAGE_NUMBER_RANGES = [
  [0x0020, 0x0020, 'space'],
  [0x002d, 0x002d, 'hyphen-minus'],
  [0x0030, 0x0039, 'digits'],
  [0x2010, 0x2015, 'hyphens and dashes (— is U+2014)'],
  [0x2212, 0x2212, 'minus sign'],
];

// Layout tables are dropped: the PDF export sets CJK on a fixed grid from advance widths and never shapes.
// Vertical metrics are for vertical writing, which official documents do not use.
const DROP_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'vhea', 'vmtx', 'VORG', 'DSIG'];
/** Name IDs kept: copyright, names, version, trademark, vendor, designer, description, URLs, licence. */
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
// harfbuzz's own hb-subset (Debian's libharfbuzz-bin): the wasm build in the subset-font npm package has a
// fixed 64 MiB heap, too small for a 24 MiB Noto face. No layout features are kept. CFF outlines are
// desubroutinized: pdfkit (fontkit) embeds a CFF subset with the face's whole subroutine index, which for Noto
// CJK made the seed PDF 60 KB larger and its export more than twice as slow. Hints are dropped: the document is
// printed, and the bundle stays within its size budget (desubroutinized outlines are larger).
const HB_OPTIONS = [
  '--layout-features=',
  `--name-IDs=${NAME_IDS.join(',')}`,
  `--drop-tables+=${DROP_TABLES.join(',')}`,
  '--desubroutinize',
  '--no-hinting',
];

function die(message) {
  console.error(`subset-fonts: ${message}`);
  process.exit(1);
}

function packageVersion(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim();
  } catch {
    return die(`Debian package ${name} is not installed (apt-get install ${name})`);
  }
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const hex = (cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The 通用规范汉字表 in table order, from Unihan's kTGH field ("2013:<number in the table>"). */
function tongyongGuifan() {
  const text = execFileSync('bzcat', [unihanPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const entries = [];
  for (const line of text.split('\n')) {
    const m = /^U\+([0-9A-F]+)\tkTGH\t2013:(\d+)/.exec(line);
    if (m) entries.push({ cp: parseInt(m[1], 16), n: Number(m[2]) });
  }
  entries.sort((a, b) => a.n - b.n);
  if (entries.length !== 8105 || entries.some((e, i) => e.n !== i + 1)) {
    die(`expected the 8105 numbered kTGH entries in ${unihanPath}, found ${entries.length}`);
  }
  return entries.map((e) => e.cp);
}

function rangeSet(ranges) {
  const set = new Set();
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) set.add(cp);
  return set;
}

// --- sfnt containers: take one face out of a .ttc, rewrite the 'name' table ---------------------------

const u16 = (b, o) => b.readUInt16BE(o);
const u32 = (b, o) => b.readUInt32BE(o);

function faceOffsets(buf) {
  if (buf.toString('latin1', 0, 4) !== 'ttcf') return [0];
  return Array.from({ length: u32(buf, 8) }, (_, i) => u32(buf, 12 + 4 * i));
}

function readFace(buf, offset) {
  const tables = new Map();
  for (let i = 0; i < u16(buf, offset + 4); i++) {
    const rec = offset + 12 + 16 * i;
    const start = u32(buf, rec + 8);
    tables.set(buf.toString('latin1', rec, rec + 4), buf.subarray(start, start + u32(buf, rec + 12)));
  }
  return { version: u32(buf, offset), tables };
}

const pad4 = (data) => {
  const padded = Buffer.alloc((data.length + 3) & ~3);
  data.copy(padded);
  return padded;
};

function checksum(data) {
  const padded = pad4(data);
  let sum = 0;
  for (let o = 0; o < padded.length; o += 4) sum = (sum + padded.readUInt32BE(o)) >>> 0;
  return sum;
}

/** A standalone .otf/.ttf: tables sorted by tag, checksums and head.checkSumAdjustment recomputed. */
function writeFace({ version, tables }) {
  const tags = [...tables.keys()].sort();
  const header = Buffer.alloc(12 + 16 * tags.length);
  const entrySelector = Math.floor(Math.log2(tags.length));
  const searchRange = 2 ** entrySelector * 16;
  header.writeUInt32BE(version, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(tags.length * 16 - searchRange, 10);
  const bodies = [];
  let offset = header.length;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = Buffer.from(tables.get(tag));
    if (tag === 'head') {
      data.writeUInt32BE(0, 8);
      headOffset = offset;
    }
    const rec = 12 + 16 * i;
    header.write(tag, rec, 'latin1');
    header.writeUInt32BE(checksum(data), rec + 4);
    header.writeUInt32BE(offset, rec + 8);
    header.writeUInt32BE(data.length, rec + 12);
    bodies.push(pad4(data));
    offset += bodies.at(-1).length;
  });
  const file = Buffer.concat([header, ...bodies]);
  if (headOffset >= 0) file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headOffset + 8);
  return file;
}

/** Windows-platform name records (UTF-16BE) of a format-0/1 'name' table, as { nameID, languageID, text }. */
function readNames(table) {
  const storage = u16(table, 4);
  const names = [];
  for (let i = 0; i < u16(table, 2); i++) {
    const r = 6 + 12 * i;
    if (u16(table, r) !== 3) continue;
    const start = storage + u16(table, r + 10);
    const bytes = Buffer.from(table.subarray(start, start + u16(table, r + 8))).swap16();
    names.push({ languageID: u16(table, r + 4), nameID: u16(table, r + 6), text: bytes.toString('utf16le') });
  }
  return names;
}

function nameOf(table, nameID) {
  const names = readNames(table).filter((n) => n.nameID === nameID);
  return (names.find((n) => n.languageID === 0x409) ?? names[0])?.text;
}

function buildNames(entries) {
  const sorted = [...entries].sort((a, b) => a.languageID - b.languageID || a.nameID - b.nameID);
  const strings = sorted.map((e) => Buffer.from(e.text, 'utf16le').swap16());
  const head = Buffer.alloc(6 + 12 * sorted.length);
  head.writeUInt16BE(sorted.length, 2);
  head.writeUInt16BE(head.length, 4);
  let offset = 0;
  sorted.forEach((e, i) => {
    const r = 6 + 12 * i;
    head.writeUInt16BE(3, r);
    head.writeUInt16BE(1, r + 2);
    head.writeUInt16BE(e.languageID, r + 4);
    head.writeUInt16BE(e.nameID, r + 6);
    head.writeUInt16BE(strings[i].length, r + 8);
    head.writeUInt16BE(offset, r + 10);
    offset += strings[i].length;
  });
  return Buffer.concat([head, ...strings]);
}

/** The index of the face with this PostScript name in a collection (0 for a single font). */
function faceIndex(buf, postscriptName) {
  if (!postscriptName) return 0;
  const index = faceOffsets(buf).findIndex((o) => nameOf(readFace(buf, o).tables.get('name'), 6) === postscriptName);
  return index >= 0 ? index : die(`no face named ${postscriptName} in the collection`);
}

const hbArgs = (face, unicodesFile, outFile) => [
  `--font-file=${face.source}`,
  `--face-index=${faceIndex(readFileSync(face.source), face.postscriptName)}`,
  `--unicodes-file=${unicodesFile}`,
  ...HB_OPTIONS,
  `--output-file=${outFile}`,
];

function hbSubset(face, unicodesFile) {
  const outFile = path.join(work, face.file);
  execFileSync('hb-subset', hbArgs(face, unicodesFile, outFile), { stdio: 'inherit' });
  return readFileSync(outFile);
}

/** Replace the names of a modified face: English family/full/PostScript names, everything else kept. */
function renameFace(buf, { family, postscript }, description) {
  const face = readFace(buf, 0);
  const kept = readNames(face.tables.get('name')).filter(
    (n) => n.languageID === 0x409 && [0, 5, 7, 8, 9, 11, 12, 13, 14].includes(n.nameID),
  );
  const version = kept.find((n) => n.nameID === 5)?.text ?? '';
  const names = [
    ...kept,
    { nameID: 1, text: family },
    { nameID: 2, text: 'Regular' },
    { nameID: 3, text: `${postscript};${version}` },
    { nameID: 4, text: family },
    { nameID: 6, text: postscript },
    { nameID: 10, text: description },
  ].map((n) => ({ languageID: 0x409, ...n }));
  face.tables.set('name', buildNames(names));
  return writeFace(face);
}

// --- the build ----------------------------------------------------------------------------------------

if (!existsSync(seedPath)) die(`the seed report is needed for coverage: ${seedPath}`);
if (!existsSync(unihanPath)) die(`${unihanPath} is missing (apt-get install unicode-data)`);
for (const face of FACES)
  if (!existsSync(face.source)) die(`${face.source} is missing (apt-get install ${face.package})`);

const hanzi = tongyongGuifan();
const seedChars = new Set([...readFileSync(seedPath, 'utf8')].map((c) => c.codePointAt(0)).filter((cp) => cp >= 0x20));
const standard = new Set([...hanzi, ...rangeSet(RANGES), ...seedChars]);
const coverage = {
  standard,
  fallback: new Set([...standard, ...rangeSet(FALLBACK_RANGES)]),
  pageNumber: rangeSet(PAGE_NUMBER_RANGES),
};
const work = mkdtempSync(path.join(os.tmpdir(), 'subset-fonts-'));
const unicodeFiles = Object.fromEntries(
  Object.entries(coverage).map(([name, set]) => {
    const file = path.join(work, `${name}.unicodes`);
    writeFileSync(
      file,
      [...set]
        .sort((a, b) => a - b)
        .map((cp) => cp.toString(16).toUpperCase())
        .join('\n') + '\n',
    );
    return [name, file];
  }),
);
const seedExtra = [...seedChars].filter((cp) => !hanzi.includes(cp) && !rangeSet(RANGES).has(cp)).sort((a, b) => a - b);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(path.join(outDir, 'LICENSES'), { recursive: true });
writeFileSync(path.join(outDir, CHARLIST), hanzi.map((cp) => String.fromCodePoint(cp)).join('\n') + '\n');

const manifest = { generatedBy: COMMAND, faces: {} };
const report = [];
for (const face of FACES) {
  const original = readFileSync(face.source);
  let output;
  if (face.copy) {
    output = original;
  } else {
    output = hbSubset(face, unicodeFiles[face.coverage]);
    if (face.rename) {
      output = renameFace(
        output,
        face.rename,
        `Subset of ${path.basename(face.source)} (${face.package} ` +
          `${packageVersion(face.package)}) made by ${COMMAND}; renamed as the SIL OFL 1.1 requires for modified fonts.`,
      );
    }
  }
  writeFileSync(path.join(outDir, face.file), output);
  const postscriptName = nameOf(readFace(output, 0).tables.get('name'), 6);
  manifest.faces[face.key] = { file: face.file, family: face.family, postscriptName };
  report.push({ face, original, output, postscriptName });
  console.log(`${face.file}: ${(output.length / 1048576).toFixed(2)} MiB`);
}

const licenceFiles = new Set();
for (const face of FACES) {
  for (const { from, to } of LICENCES[face.licence]) {
    const data = readFileSync(from);
    writeFileSync(path.join(outDir, 'LICENSES', to), from.endsWith('.gz') ? gunzipSync(data) : data);
    licenceFiles.add(to);
  }
}
writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

const describeRanges = (ranges) => ranges.map(([a, b, name]) => `${hex(a)}–${hex(b)} ${name}`).join('; ');
const lines = [
  '# Bundled fonts: where they come from',
  '',
  `Generated by \`${COMMAND}\` (do not edit by hand; re-run the script instead). The fonts are used by the PDF`,
  'export (electron/formats/pdf/fonts.ts) when the Windows system fonts (仿宋_GB2312 / 仿宋, 黑体, 楷体, 宋体, 方正小标宋简体,',
  'Times New Roman) are not installed, and for characters those fonts lack. PDFs embed only the glyphs they use.',
  '',
  '## How to regenerate',
  '',
  '```sh',
  'apt-get install fonts-noto-cjk fonts-lxgw-wenkai fonts-liberation2 texlive-lang-chinese unicode-data libharfbuzz-bin',
  COMMAND,
  '```',
  '',
  `Each CJK face is subset with harfbuzz's \`hb-subset\` (Debian package libharfbuzz-bin ${packageVersion('libharfbuzz-bin')}):`,
  '',
  '```sh',
  ...report
    .filter((r) => !r.face.copy)
    .map((r) => `hb-subset ${hbArgs(r.face, `<${r.face.coverage}.unicodes>`, `${r.face.file}`).join(' ')}`),
  '```',
  '',
  'where `<standard.unicodes>`, `<fallback.unicodes>` and `<pageNumber.unicodes>` list the code points of the',
  'coverage below (hex, one a line).',
  'No OpenType layout is kept (the export sets CJK on a grid from advance widths, without shaping), nor vertical',
  'metrics. CFF outlines are desubroutinized, because pdfkit embeds a CFF subset together with the whole',
  'subroutine index of the face (seed PDF 320 KB → 258 KB, warm export CPU time about 90 → 35 ms); hints are',
  'dropped (printed documents; keeps the bundle within 25 MB). Glyph shapes are unchanged. `--face-index` picks',
  'the Simplified Chinese face of a Noto CJK `.ttc` by its PostScript name (face 0 of those collections is Japanese).',
  '',
  '## Coverage',
  '',
  `- \`standard\`: the ${hanzi.length} characters of the 通用规范汉字表 (2013) — listed one per line in table order in`,
  `  \`${CHARLIST}\`, taken from the kTGH field of the Unicode Consortium's Unihan database`,
  `  (\`${unihanPath}\`, Debian package unicode-data ${packageVersion('unicode-data')}) — plus ${describeRanges(RANGES)};`,
  `  plus every character of tests/fixtures/seed-report-2023.txt` +
    (seedExtra.length ? ` (beyond the above: ${seedExtra.map(hex).join(' ')}).` : ' (all already inside the above).'),
  `- \`fallback\`: \`standard\` plus ${describeRanges(FALLBACK_RANGES)}.`,
  `- \`pageNumber\`: ${describeRanges(PAGE_NUMBER_RANGES)} — the characters of a page number.`,
  '',
  'A subset holds the intersection of its coverage with the characters the original font has.',
  '',
  '## Faces',
  '',
];
for (const { face, original, output, postscriptName } of report) {
  const font = fontkit.create(output);
  const cov = face.copy ? 'unmodified copy' : `\`${face.coverage}\` coverage`;
  const covered = face.copy ? '' : `, ${hanzi.filter((cp) => font.hasGlyphForCodePoint(cp)).length} of the 8105`;
  lines.push(
    `### ${face.file}`,
    '',
    `- Family: ${face.family}; PostScript name \`${postscriptName}\`; used as \`${face.key}\` in manifest.json.`,
    `- From: Debian package \`${face.package}\` ${packageVersion(face.package)}, file \`${face.source}\`` +
      (face.postscriptName ? ` (face \`${face.postscriptName}\`)` : '') +
      `, sha256 ${sha256(original)}.`,
    `- Made: ${cov}${face.rename ? `, renamed to "${face.rename.family}" / \`${face.rename.postscript}\`` : ''}; ` +
      `${font.characterSet.length} mapped characters${covered}; ${output.length} bytes, sha256 ${sha256(output)}.`,
    `- Licence: ${LICENCES[face.licence].map((l) => `LICENSES/${l.to}`).join(', ')}` + `${licenceNote(face.licence)}.`,
    '',
  );
}
const total = FACES.reduce((sum, f) => sum + statSync(path.join(outDir, f.file)).size, 0);
lines.push(`All faces together: ${(total / 1048576).toFixed(1)} MiB.`, '');
writeFileSync(path.join(outDir, 'PROVENANCE.md'), lines.join('\n'));
rmSync(work, { recursive: true, force: true });
console.log(`total ${(total / 1048576).toFixed(2)} MiB; licences: ${[...licenceFiles].join(', ')}`);
// The layout's metrics must describe these very files.
await import('./font-metrics.mjs');

function licenceNote(licence) {
  return {
    noto: ' (SIL Open Font License 1.1, full text inside the Debian copyright file)',
    wenkai:
      ' (SIL Open Font License 1.1 with Reserved Font Names "霞鹜" and "LXGW", hence the new name of this subset)',
    liberation:
      ' (SIL Open Font License 1.1 with Reserved Font Name "Liberation"; shipped unmodified, so the name stays)',
    fandol:
      ' (GNU GPL 3 with the GPL font exception, as the README states; this subset is a modified version under the same terms)',
  }[licence];
}
