// Draws the application icon and the installer images with nothing but Node (zlib for PNG): a white official
// document with a red header rule and gold text lines on a red tile. Run `node build/scripts/make-icons.mjs`;
// the output in build/ is committed, and running it again reproduces it byte for byte.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const RED = [190, 22, 34];
const DARK_RED = [150, 12, 24];
const GOLD = [226, 176, 58];
const WHITE = [255, 255, 255];
const PAPER_SHADE = [232, 226, 214];

/** Signed distance helpers on the unit square (0..1), evaluated with 4×4 supersampling for smooth edges. */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point of the icon, or null for transparent. */
function iconColour(x, y) {
  if (!roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.16)) return null;
  const page = { left: 0.24, top: 0.14, right: 0.76, bottom: 0.86 };
  const fold = 0.12;
  const inPage =
    x >= page.left &&
    x <= page.right &&
    y >= page.top &&
    y <= page.bottom &&
    !(x > page.right - fold && y < page.top + fold && x - (page.right - fold) > y - page.top);
  if (inPage) {
    if (x > page.right - fold && y < page.top + fold) return PAPER_SHADE;
    if (y >= 0.27 && y <= 0.305 && x >= 0.3 && x <= 0.7) return RED;
    for (const lineY of [0.4, 0.5, 0.6, 0.7]) {
      const end = lineY === 0.7 ? 0.56 : 0.7;
      if (y >= lineY && y <= lineY + 0.035 && x >= 0.3 && x <= end) return GOLD;
    }
    return WHITE;
  }
  // A darker band at the bottom of the tile, for depth.
  return y > 0.9 ? DARK_RED : RED;
}

function renderRgba(size, colourAt, background = null) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size) ?? background;
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows .ico holding PNG-compressed images (supported since Windows Vista). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

/** A 24-bit bottom-up BMP, the format NSIS wants for its wizard images. */
function bmp(width, height, colourAt) {
  const rowSize = Math.ceil((width * 3) / 4) * 4;
  const pixels = Buffer.alloc(rowSize * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = colourAt(x, y);
      const o = (height - 1 - y) * rowSize + x * 3;
      pixels[o] = b;
      pixels[o + 1] = g;
      pixels[o + 2] = r;
    }
  }
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'ascii');
  header.writeUInt32LE(54 + pixels.length, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(width, 18);
  header.writeInt32LE(height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  header.writeUInt32LE(pixels.length, 34);
  header.writeInt32LE(2835, 38);
  header.writeInt32LE(2835, 42);
  return Buffer.concat([header, pixels]);
}

/** An image with the icon of `iconSize` at (left, top) over a background function. */
function withIcon(background, iconSize, left, top) {
  const rgba = renderRgba(iconSize, iconColour);
  return (x, y) => {
    const base = background(x, y);
    const ix = x - left;
    const iy = y - top;
    if (ix < 0 || iy < 0 || ix >= iconSize || iy >= iconSize) return base;
    const o = (iy * iconSize + ix) * 4;
    const alpha = rgba[o + 3] / 255;
    return [0, 1, 2].map((c) => Math.round(rgba[o + c] * alpha + base[c] * (1 - alpha)));
  };
}

const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const outputs = {
  'icon.png': png(512, renderRgba(512, iconColour)),
  'icon.ico': ico(icoSizes.map((size) => ({ size, data: png(size, renderRgba(size, iconColour)) }))),
  // Welcome / finish pages of the assisted installer and uninstaller: 164 × 314.
  'installerSidebar.bmp': bmp(
    164,
    314,
    withIcon(
      (_x, y) => {
        const t = y / 313;
        return [Math.round(196 - 40 * t), Math.round(24 - 10 * t), Math.round(36 - 12 * t)];
      },
      112,
      26,
      60,
    ),
  ),
  // The header of the other pages: 150 × 57, white with the icon on the right.
  'installerHeader.bmp': bmp(
    150,
    57,
    withIcon(() => WHITE, 48, 96, 4),
  ),
};

for (const [name, data] of Object.entries(outputs)) {
  writeFileSync(path.join(buildDir, name), data);
  console.log(`build/${name}: ${data.length} bytes`);
}
