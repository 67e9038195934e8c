// pdf.js and its worker, imported only by load-pdfjs.ts once DOMMatrix is there. The worker module registers
// itself (globalThis.pdfjsWorker), where pdf.js looks before loading it from a file beside its own, which the
// bundled app does not have; in Node pdf.js runs its worker in this thread either way.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export * from 'pdfjs-dist/legacy/build/pdf.mjs';
