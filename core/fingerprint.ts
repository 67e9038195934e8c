// The fingerprint of a report's content: SHA-256 over a canonical form of everything that prints — the text in
// reading order with its numbering, the title, recipient, signature and date, the indicators, and the metadata
// the document shows. Saving, ids, timestamps and sign-off records do not change it; one character does.
// Pure TypeScript (core runs in the renderer too), so SHA-256 is implemented here over UTF-8 bytes; the Node side
// hands in its native SHA-256 (setSha256), some twenty times faster on a long report, with the same result.
import type { Report } from './model';
import { buildDocument, type Block } from './document';
import { LINE_SEPARATOR, blocksText } from './text-render';

/** Bumped if the canonical form ever changes, so an old fingerprint is never compared with a new form. */
const CANONICAL_FORM = 'report-desk-fingerprint/2';

/**
 * The canonical form: one line of JSON (the form's name, language, organisation, year, indicators), then the text
 * in reading order — last, so that it needs no escaping. Stable across saves, id changes and key order.
 * `blocks` are the report's document (buildDocument), where the caller has built it already.
 */
export function canonicalContent(report: Report, blocks: readonly Block[] = buildDocument(report).blocks): string {
  const { organisation, year, language } = report.meta;
  const indicators = report.indicators.map((i) => [
    i.key ?? '',
    i.label,
    i.notApplicable ? null : i.value,
    i.unit,
    i.notApplicable,
  ]);
  // A line break inside a paragraph stays "\n" here, as it was before the text export wrote it as U+2028: the
  // fingerprints of reports signed since then do not change.
  const text = blocksText(blocks).replaceAll(LINE_SEPARATOR, '\n');
  return JSON.stringify([CANONICAL_FORM, language, organisation, year, indicators]) + '\n' + text;
}

let hash: (text: string) => string = (text) => sha256Hex(text);

/** Replaces the SHA-256 used for fingerprints (with the platform's native one); it must give the same digest. */
export function setSha256(sha256: (text: string) => string): void {
  hash = sha256;
}

/** The content's SHA-256, 64 lowercase hex digits; `blocks`, where the caller has built the document already. */
export function fingerprint(report: Report, blocks?: readonly Block[]): string {
  return hash(canonicalContent(report, blocks));
}

/** ABCD-EF01-2345-6789: the first 64 bits, for people to read out and compare. */
export function shortCode(hex: string): string {
  return (
    hex
      .slice(0, 16)
      .toUpperCase()
      .match(/.{1,4}/g) ?? []
  ).join('-');
}

/** A short code as typed or read back from a page: case, spaces and dashes ignored. */
export const normaliseShortCode = (code: string): string => code.replace(/[\s-]/g, '').toLowerCase();

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const runtime = globalThis as unknown as { TextEncoder?: new () => { encode(text: string): Uint8Array } };
const encoder = runtime.TextEncoder ? new runtime.TextEncoder() : null;

/** UTF-8 bytes of a string (lone surrogates as U+FFFD): TextEncoder where the runtime has it (Node, Chromium). */
function utf8(text: string): Uint8Array {
  return encoder ? encoder.encode(text) : utf8Fallback(text);
}

function utf8Fallback(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, n);
}

/** SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as hex. Plain locals and integer ops: V8 keeps it all in registers. */
export function sha256Hex(text: string): string {
  const data = utf8(text);
  const bitLength = data.length * 8;
  const padded = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const end = padded.length;
  const high = Math.floor(bitLength / 0x100000000);
  padded[end - 8] = high >>> 24;
  padded[end - 7] = (high >>> 16) & 255;
  padded[end - 6] = (high >>> 8) & 255;
  padded[end - 5] = high & 255;
  padded[end - 4] = bitLength >>> 24;
  padded[end - 3] = (bitLength >>> 16) & 255;
  padded[end - 2] = (bitLength >>> 8) & 255;
  padded[end - 1] = bitLength & 255;
  let h0 = 0x6a09e667 | 0;
  let h1 = 0xbb67ae85 | 0;
  let h2 = 0x3c6ef372 | 0;
  let h3 = 0xa54ff53a | 0;
  let h4 = 0x510e527f | 0;
  let h5 = 0x9b05688c | 0;
  let h6 = 0x1f83d9ab | 0;
  let h7 = 0x5be0cd19 | 0;
  const w = new Int32Array(64);
  for (let block = 0; block < end; block += 64) {
    for (let t = 0; t < 16; t++) {
      const i = block + t * 4;
      w[t] = (padded[i]! << 24) | (padded[i + 1]! << 16) | (padded[i + 2]! << 8) | padded[i + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return [h0, h1, h2, h3, h4, h5, h6, h7].map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
