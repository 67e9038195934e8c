// Stand-in for `@noble/ciphers/aes` in the bundled CLI: pdfkit needs AES only for encrypted PDFs, and loading
// it computes its tables (~20 ms). Covers what pdfkit imports, `cbc` and `ecb`; the real module is loaded on the
// first call.
let aes;
const load = () => (aes ??= require('real:@noble/ciphers/aes'));

exports.cbc = (...args) => load().cbc(...args);
exports.ecb = (...args) => load().ecb(...args);
