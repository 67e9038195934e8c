// Stand-in for `brotli/decompress.js` in the bundled CLI: fontkit calls it only to read WOFF2 fonts, and loading
// it decodes a 120 KB dictionary (~40 ms). Covers that one call, `decompress(buffer, outSize)`; the real decoder
// is loaded on the first call.
module.exports = (buffer, outSize) => require('real:brotli/decompress.js')(buffer, outSize);
