#!/usr/bin/env node
// Writes <font>.metrics.json next to every bundled face in assets/fonts/: for each code point the face maps,
// its glyph id and advance, plus the vertical metrics, so an export lays text out (and picks glyph ids) without
// parsing cmap and hmtx; fontkit then opens only the faces a report uses, for pdfkit to subset. Run by
// `npm run fonts` after subsetting; re-run by hand after replacing a bundled face:
//   node build/scripts/font-metrics.mjs
import * as fontkit from 'fontkit';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'assets/fonts');

/** Deltas: code points and glyph ids mostly rise by small steps, so the JSON stays small and quick to parse. */
const deltas = (values) => values.map((v, i) => v - (i ? values[i - 1] : 0));

const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
for (const face of Object.values(manifest.faces)) {
  const file = path.join(dir, face.file);
  const font = fontkit.openSync(file);
  const codePoints = [...new Set(font.characterSet)]
    .filter((cp) => font.hasGlyphForCodePoint(cp))
    .sort((a, b) => a - b);
  const glyphs = codePoints.map((cp) => font.glyphForCodePoint(cp).id);
  const { metrics } = font.hmtx;
  const advances = glyphs.map((id) => metrics.get(Math.min(id, metrics.length - 1)).advance);
  const out = {
    bytes: statSync(file).size,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    codePoints: deltas(codePoints),
    glyphs: deltas(glyphs),
    advances,
  };
  writeFileSync(`${file}.metrics.json`, JSON.stringify(out) + '\n');
  console.log(`${face.file}.metrics.json: ${codePoints.length} code points`);
}
